#!/usr/bin/env node
// `npm start`: the main job end to end on embedded defaults. Installs what is missing, starts Kafka and
// OpenSearch (downloaded from Maven Central on first use), starts the four services, ingests the sample
// corpus (or --folder DIR), waits until every release is searchable, prints a summary. Ctrl-C stops all.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, build, ensureInstalled, run, say } from './bootstrap.mjs';

const HELP = `Usage: npm start [-- --folder DIR] [--once] [--with-prometheus]

Runs the Presswatch pipeline locally: Kafka, OpenSearch and the four services, then ingests the releases
in DIR (default: samples/releases) and prints a summary once every release is searchable.

Options:
  --folder DIR  releases to ingest (.txt/.html files; plain text or HTML)
  --once        stop everything after the summary instead of running until Ctrl-C
  --with-prometheus
                also run the lag exporter (cli monitor --serve, on the port after the services') and a
                Prometheus on 127.0.0.1:PROMETHEUS_PORT scraping it and the services every 5 s, with the
                shipped alert rules (Debian's prometheus package, installed on first use)
  -h, --help    this help

Environment: INFRA_NAME (default), KAFKA_PORT (9092), OPENSEARCH_PORT (9200), PRESSWATCH_HTTP_PORT (3001: services use 3001-3004),
PRESSWATCH_STATE_DIR (downloads and data; /var/lib/presswatch as root, else ~/.cache/presswatch),
PROMETHEUS_PORT (9090, with --with-prometheus).
`;

const { values } = parseArgs({
  options: {
    folder: { type: 'string', default: join(ROOT, 'samples', 'releases') },
    once: { type: 'boolean', default: false },
    'with-prometheus': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

const infra = {
  name: process.env.INFRA_NAME ?? 'default',
  kafkaPort: Number(process.env.KAFKA_PORT ?? 9092),
  opensearchPort: Number(process.env.OPENSEARCH_PORT ?? 9200),
};
const basePort = Number(process.env.PRESSWATCH_HTTP_PORT ?? 3001);
const prometheusPort = Number(process.env.PROMETHEUS_PORT ?? 9090);
const folder = resolve(values.folder);
const workDir = join(ROOT, '.presswatch');

let services;
let lagExporter;
let infraStarted = false;
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  say('stopping services and infrastructure');
  await services?.stop().catch(() => {});
  await lagExporter?.stop().catch(() => {});
  if (infraStarted) {
    // infra.sh down stops this instance's Prometheus too.
    const { stopInfra } = await import('./pipeline.mjs');
    await stopInfra(infra).catch(() => {});
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(130));
process.on('SIGTERM', () => void shutdown(143));

try {
  await ensureInstalled();
  await build();
  const { SERVICES, startInfra, startServices, startLagExporter, startPrometheus, waitForIndexed } = await import('./pipeline.mjs');
  const { listReleaseFiles, readFolderDocument, folderSourceName, releaseId, sha256Hex } =
    await import('../../libs/fetching/dist/index.js');

  const files = await listReleaseFiles(folder);
  if (files.length === 0) throw new Error(`no .txt or .html releases in ${folder}`);
  const source = folderSourceName(folder);
  const expected = await Promise.all(
    files.map(async (path) => {
      const document = await readFolderDocument(folder, path);
      return { id: releaseId(source, document.location), contentHash: sha256Hex(document.body), location: document.location };
    }),
  );

  say(`starting Kafka (:${infra.kafkaPort}) and OpenSearch (:${infra.opensearchPort}); the first run downloads them`);
  infraStarted = true;
  const endpoints = await startInfra(infra);

  let prometheusUrl;
  // Before the services, so Prometheus sees the fetcher's first publications.
  if (values['with-prometheus']) {
    const exporterPort = basePort + SERVICES.length;
    say(`starting the lag exporter (:${exporterPort}) and Prometheus (:${prometheusPort})`);
    lagExporter = await startLagExporter({ kafkaBrokers: endpoints.kafkaBrokers, port: exporterPort, logDir: join(workDir, 'logs') });
    const targets = [
      ...SERVICES.map((service, position) => ({ job: service, address: `127.0.0.1:${basePort + position}` })),
      { job: 'lag-exporter', address: `127.0.0.1:${exporterPort}` },
    ];
    ({ url: prometheusUrl } = await startPrometheus({
      name: infra.name,
      port: prometheusPort,
      scrapeInterval: '5s',
      targets,
      dataDir: join(workDir, 'prometheus'),
    }));
  }

  say('starting fetcher, cleaner, enricher, indexer');
  mkdirSync(workDir, { recursive: true });
  services = await startServices({
    kafkaBrokers: endpoints.kafkaBrokers,
    opensearchUrl: endpoints.opensearchUrl,
    folder,
    dataDir: workDir,
    logDir: join(workDir, 'logs'),
    basePort,
  });

  say(`ingesting ${files.length} releases from ${folder}`);
  await waitForIndexed(endpoints.opensearchUrl, expected, {
    onProgress: (indexed, total) => say(`searchable: ${indexed}/${total}`),
  });

  say('all releases are searchable');
  await run(process.execPath, [join(ROOT, 'apps/cli/dist/main.js'), 'summary', '--opensearch', endpoints.opensearchUrl]);
  const urls = services.services.map((entry) => `  ${entry.service.padEnd(9)} ${entry.url}/health/ready  ${entry.url}/metrics`).join('\n');
  process.stdout.write(`
Query further:
  curl -s '${endpoints.opensearchUrl}/presswatch-releases/_search?q=body.fr:formation&pretty'
  curl -s '${endpoints.opensearchUrl}/presswatch-releases/_search?pretty' -H 'content-type: application/json' \\
    -d '{"query":{"bool":{"filter":[{"term":{"primary_country":"MX"}},{"term":{"theme_ids":"human-trafficking"}}]}}}'
  npm run --silent cli -- summary --json
  npm run --silent cli -- process samples/releases/fr-01-*.txt
Services:
${urls}
${
  prometheusUrl
    ? `Prometheus: ${prometheusUrl}  (graph: ${prometheusUrl}/graph, targets: ${prometheusUrl}/targets, alerts: ${prometheusUrl}/alerts)
  messages in per topic:  sum by (topic) (rate(kafka_topic_partition_current_offset[1m]))
  consumed per group:     sum by (consumergroup, topic) (rate(kafka_consumergroup_current_offset[1m]))
  lag per group:          sum by (consumergroup, topic) (kafka_consumergroup_lag)
  lag exporter:           ${lagExporter.url}/metrics
`
    : ''
}Logs: ${join(workDir, 'logs')}
`);
  if (values.once) await shutdown(0);
  else say('running; Ctrl-C stops everything');
} catch (error) {
  say(`failed: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
