// Starts the local infrastructure and the four services as child processes; used by `npm start` and by
// the end-to-end tests, so both exercise the same wiring.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ROOT, run } from './bootstrap.mjs';

export const SERVICES = ['fetcher', 'cleaner', 'enricher', 'indexer'];

function infraEnv(infra) {
  return {
    ...process.env,
    INFRA_NAME: infra.name,
    KAFKA_PORT: String(infra.kafkaPort),
    OPENSEARCH_PORT: String(infra.opensearchPort),
    ...(infra.pgPort ? { PG_PORT: String(infra.pgPort) } : {}),
  };
}

/** Downloads (first run) and starts Kafka and OpenSearch, plus PostgreSQL when pgPort is given. */
export async function startInfra(infra) {
  const args = ['up', ...(infra.pgPort ? ['--with-postgres'] : [])];
  await run(join(ROOT, 'deploy/local/infra.sh'), args, { env: infraEnv(infra), stdio: ['ignore', 'inherit', 'inherit'] });
  return {
    kafkaBrokers: `127.0.0.1:${infra.kafkaPort}`,
    opensearchUrl: `http://127.0.0.1:${infra.opensearchPort}`,
    databaseUrl: infra.pgPort ? `postgres://presswatch@127.0.0.1:${infra.pgPort}/presswatch` : undefined,
  };
}

export async function stopInfra(infra) {
  await run(join(ROOT, 'deploy/local/infra.sh'), ['down'], { env: infraEnv(infra), stdio: ['ignore', 'inherit', 'inherit'] });
}

/**
 * The Node flags every service runs with, kept in one place: the NODE_OPTIONS of the presswatch-common
 * ConfigMap, which the Kubernetes Deployments read; the local services (npm start, the tests, the benches)
 * read it from there too. A NODE_OPTIONS of the caller comes after them.
 */
export function serviceNodeOptions() {
  const text = readFileSync(join(ROOT, 'deploy', 'k8s', 'base', 'config', 'configmaps.yaml'), 'utf8');
  for (const document of parseAllDocuments(text)) {
    const resource = document.toJS();
    if (resource?.kind === 'ConfigMap' && resource.metadata?.name === 'presswatch-common') return resource.data?.NODE_OPTIONS ?? '';
  }
  throw new Error('deploy/k8s/base/config/configmaps.yaml holds no presswatch-common ConfigMap');
}

/**
 * Starts the four services with their logs in logDir; resolves once every /health/ready answers 200.
 * options: { kafkaBrokers, opensearchUrl, folder, dataDir, logDir, basePort, extraEnv, perServiceEnv(service), only }
 * (`only`: the services to start, each on its usual port; default all four)
 */
export async function startServices(options) {
  mkdirSync(options.logDir, { recursive: true });
  const nodeOptions = [serviceNodeOptions(), options.extraEnv?.NODE_OPTIONS ?? process.env.NODE_OPTIONS ?? ''].join(' ').trim();
  const children = SERVICES.flatMap((service, position) => {
    if (options.only && !options.only.includes(service)) return [];
    const port = options.basePort + position;
    const log = createWriteStream(join(options.logDir, `${service}.log`), { flags: 'a' });
    const child = spawn(process.execPath, [join(ROOT, 'apps', service, 'dist', 'main.js')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        HTTP_HOST: '127.0.0.1',
        HTTP_PORT: String(port),
        KAFKA_BROKERS: options.kafkaBrokers,
        OPENSEARCH_URL: options.opensearchUrl,
        FETCHER_FOLDER: options.folder,
        FETCHER_INTERVAL_SECONDS: '0',
        // One SQLite file per service: two processes never write the same file.
        DATABASE_URL: `sqlite:${join(options.dataDir, `${service}.sqlite`)}`,
        ...options.extraEnv,
        ...options.perServiceEnv?.(service),
        ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
      },
    });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    return [
      {
        service,
        port,
        pid: child.pid,
        child,
        url: `http://127.0.0.1:${port}`,
        exited: new Promise((resolve) => child.once('exit', resolve)),
      },
    ];
  });
  const handle = {
    services: children,
    async stop() {
      await Promise.all(
        children.map(async ({ child, exited }) => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
          await exited;
          clearTimeout(timer);
        }),
      );
    },
  };
  try {
    await Promise.all(children.map((entry) => waitReady(entry, options.logDir)));
  } catch (error) {
    await handle.stop();
    throw error;
  }
  return handle;
}

async function waitReady({ service, url, child }, logDir, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${service} exited with ${child.exitCode} during start-up (log: ${join(logDir, `${service}.log`)})`);
    try {
      const response = await fetch(`${url}/health/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${service} not ready after ${timeoutMs / 1000}s (log: ${join(logDir, `${service}.log`)})`);
}

/** Starts the lag exporter (`cli monitor --serve`) on loopback; resolves once it has read Kafka (/health/ready). */
export async function startLagExporter({ kafkaBrokers, port, logDir }) {
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(join(logDir, 'lag-exporter.log'), { flags: 'a' });
  const args = [
    join(ROOT, 'apps', 'cli', 'dist', 'main.js'),
    'monitor',
    '--serve',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--brokers',
    kafkaBrokers,
  ];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const entry = { service: 'lag-exporter', port, child, url: `http://127.0.0.1:${port}` };
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  await waitReady(entry, logDir).catch(async (error) => {
    await stop();
    throw error;
  });
  return { ...entry, stop };
}

function prometheusEnv({ name, port, scrapeInterval, targets, rulesFile, dataDir }) {
  return {
    ...process.env,
    INFRA_NAME: name,
    PROMETHEUS_PORT: String(port),
    ...(scrapeInterval ? { PROMETHEUS_SCRAPE_INTERVAL: scrapeInterval } : {}),
    ...(targets ? { PROMETHEUS_TARGETS: targets.map((target) => `${target.job}=${target.address}`).join(',') } : {}),
    ...(rulesFile ? { PROMETHEUS_RULES: rulesFile, PROMETHEUS_DATA_DIR: join(dataDir, 'tsdb') } : {}),
  };
}

/**
 * Starts Prometheus on loopback (deploy/local/prometheus.sh; Debian's package, installed on first use)
 * scraping `targets` ([{ job, address }]) every `scrapeInterval` and evaluating the shipped alert rules:
 * the groups of deploy/observability/prometheus-rules.yaml (a PrometheusRule), written as a rule file.
 * Rules and time series live in `dataDir`.
 */
export async function startPrometheus(options) {
  const { parse, stringify } = await import('yaml');
  const rules = parse(readFileSync(join(ROOT, 'deploy', 'observability', 'prometheus-rules.yaml'), 'utf8'));
  mkdirSync(options.dataDir, { recursive: true });
  const rulesFile = join(options.dataDir, 'presswatch-rules.yaml');
  writeFileSync(rulesFile, stringify({ groups: rules.spec.groups }));
  await run(join(ROOT, 'deploy/local/prometheus.sh'), ['start'], {
    env: prometheusEnv({ ...options, rulesFile }),
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return { url: `http://127.0.0.1:${options.port}` };
}

export async function stopPrometheus(options) {
  await run(join(ROOT, 'deploy/local/prometheus.sh'), ['stop'], { env: prometheusEnv(options), stdio: ['ignore', 'inherit', 'inherit'] });
}

/**
 * Makes what OpenSearch has acknowledged searchable now rather than at the index's next refresh
 * (INDEX_REFRESH_SECONDS), through the project's OpenSearch lib; false while the node or the index is not there.
 */
export async function refreshNow(opensearchUrl) {
  const { createSearchClient, refreshReleases } = await import('../../libs/search-index/dist/index.js');
  const client = createSearchClient({ node: opensearchUrl, requestTimeoutMs: 5000 });
  try {
    await refreshReleases(client);
    return true;
  } catch {
    return false;
  } finally {
    await client.close();
  }
}

/**
 * Waits until every expected release ({ id, contentHash }) is searchable in its expected version, refreshing
 * the index before each look (so the wait does not grow with the refresh interval).
 * Calls onProgress(indexed, total) on change; rejects with the missing ids on timeout.
 */
export async function waitForIndexed(opensearchUrl, expected, { timeoutMs = 180_000, onProgress = () => {} } = {}) {
  const deadline = Date.now() + timeoutMs;
  const body = JSON.stringify({
    size: expected.length,
    _source: ['id'],
    query: {
      bool: {
        filter: [
          { ids: { values: expected.map((item) => item.id) } },
          { terms: { content_hash: expected.map((item) => item.contentHash) } },
        ],
      },
    },
  });
  let last = -1;
  let found = new Set();
  while (Date.now() < deadline) {
    await refreshNow(opensearchUrl);
    const response = await fetch(`${opensearchUrl}/presswatch-releases/_search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    }).catch(() => null);
    if (response?.ok) {
      const result = await response.json();
      found = new Set(result.hits.hits.map((hit) => hit._id));
      if (found.size !== last) onProgress((last = found.size), expected.length);
      if (found.size === expected.length) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const missing = expected.filter((item) => !found.has(item.id)).map((item) => item.location ?? item.id);
  throw new Error(
    `not indexed after ${timeoutMs / 1000}s: ${missing.join(', ')} (see \`npm run --silent cli -- dead-letters list\` and the service logs)`,
  );
}
