import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../support/environment.js';
import { InfraControl } from './infra-control.js';
import { PipelineObserver } from './observe.js';
import { SCENARIOS, type ChaosContext, type ScenarioResult } from './scenarios.js';
import { supervisedStack } from './stack.js';
import { SERVICE_NAMES } from './supervisor.js';
import { passed, renderTable } from './table.js';
import { baseTexts } from './workload.js';

const HELP = `Usage: npm run chaos [-- --only NAME,...] [--releases N] [--rate N] [--samples] [--keep-infra]

Starts Kafka, OpenSearch and the four services on ports of their own, injects each fault into a stream of
releases, waits for the pipeline to recover on its own and prints a table: releases sent, indexed,
dead-lettered, lost, duplicate documents and topic messages, seconds to recover, automatic restarts and
manual steps (must be 0). Exit status 1 when a scenario lost, duplicated or indexed hostile input, or
did not recover.

Scenarios: ${SCENARIOS.map((scenario) => scenario.name).join(', ')}

Options:
  --only NAMES    run these scenarios only (comma-separated)
  --releases N    releases per stream (default 2000)
  --rate N        releases published per second by a stream (default 50)
  --samples       build the releases from samples/releases even when ../shared/corpus is there
  --keep-infra    leave Kafka and OpenSearch running afterwards
  --recovery-timeout S  seconds a scenario may take to recover after its fault (default 600)
  --services-from DIR  run the services built in another checkout (e.g. the code before a change)

Environment: INFRA_NAME (chaos), KAFKA_PORT (29092), OPENSEARCH_PORT (29200), PRESSWATCH_HTTP_PORT (23001;
the services use it and the next three).
`;

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    releases: { type: 'string', default: '2000' },
    rate: { type: 'string', default: '50' },
    samples: { type: 'boolean', default: false },
    'keep-infra': { type: 'boolean', default: false },
    'services-from': { type: 'string' },
    'recovery-timeout': { type: 'string', default: '600' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

async function waitForOpenSearch(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const healthy = await fetch(`${url}/_cluster/health?wait_for_status=yellow&timeout=5s`, { signal: AbortSignal.timeout(10_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  throw new Error(`OpenSearch at ${url} not healthy after ${timeoutMs / 1000} s`);
}

const say = (message: string) => process.stderr.write(`[chaos ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const only = values.only?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !SCENARIOS.some((scenario) => scenario.name === name)) ?? [];
if (unknown.length > 0) {
  process.stderr.write(`unknown scenario(s): ${unknown.join(', ')}\n\n${HELP}`);
  process.exit(2);
}
const selected = SCENARIOS.filter((scenario) => only === undefined || only.includes(scenario.name));
const instance = {
  name: process.env['INFRA_NAME'] ?? 'chaos',
  kafkaPort: Number(process.env['KAFKA_PORT'] ?? 29092),
  opensearchPort: Number(process.env['OPENSEARCH_PORT'] ?? 29200),
};
const runId = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15).toLowerCase();
const workDir = join(ROOT, '.presswatch', 'chaos', runId);
mkdirSync(workDir, { recursive: true });
const infra = new InfraControl(instance);
const kafkaBrokers = `127.0.0.1:${instance.kafkaPort}`;
const opensearchUrl = `http://127.0.0.1:${instance.opensearchPort}`;
const supervisor = supervisedStack({
  kafkaBrokers,
  opensearchUrl,
  basePort: Number(process.env['PRESSWATCH_HTTP_PORT'] ?? 23001),
  workDir,
  services: SERVICE_NAMES,
  ...(values['services-from'] ? { servicesRoot: values['services-from'] } : {}),
});
const texts = baseTexts(!values.samples);
const results: ScenarioResult[] = [];
let exitCode = 1;
try {
  say(
    `starting Kafka (:${instance.kafkaPort}) and OpenSearch (:${instance.opensearchPort}) as instance "${instance.name}", from empty data`,
  );
  await infra.script('infra.sh', 'reset');
  // On a busy machine OpenSearch can outlast the script's own wait: it keeps starting, so wait longer here.
  await infra.script('infra.sh', 'up').catch((error: Error) => say(`infra.sh up: ${error.message.split('\n')[0]}; waiting longer`));
  await infra.script('infra.sh', 'up');
  await waitForOpenSearch(opensearchUrl, 600_000);
  say(`starting the four services (logs: ${join(workDir, 'logs')})`);
  await supervisor.start();
  const context: ChaosContext = {
    kafka: { brokers: [kafkaBrokers], clientId: 'presswatch-chaos' },
    supervisor,
    infra,
    observer: new PipelineObserver({ brokers: [kafkaBrokers], clientId: 'presswatch-chaos' }, opensearchUrl),
    texts: texts.texts,
    releases: Number(values.releases),
    rate: Number(values.rate),
    runId,
    workDir,
    recoveryTimeoutMs: Number(values['recovery-timeout']) * 1000,
    log: say,
  };
  say(`${selected.length} scenarios, ${context.releases} releases per stream at ${context.rate}/s, built from ${texts.from}`);
  for (const scenario of selected) {
    say(`scenario ${scenario.name}: ${scenario.fault}`);
    const began = process.cpuUsage();
    const result = await scenario.run(context);
    const cpu = process.cpuUsage(began);
    results.push(result);
    const figures = `indexed ${result.indexed}/${result.sent}, lost ${result.lost}, duplicate docs ${result.duplicateDocuments}`;
    say(`  → ${figures}, recovered ${result.recoverySeconds ?? 'never'} s (harness CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)`);
  }
  process.stdout.write(`\n${renderTable(results)}\n`);
  writeFileSync(join(workDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  say(`results: ${join(workDir, 'results.json')}`);
  exitCode = results.every(passed) ? 0 : 1;
} catch (error) {
  say(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  await supervisor.stop().catch(() => undefined);
  if (!values['keep-infra']) await infra.script('infra.sh', 'down').catch(() => undefined);
  process.exitCode = exitCode;
}
