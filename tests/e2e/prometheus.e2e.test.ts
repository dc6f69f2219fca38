import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { CONSUMER_GROUPS, TOPICS } from '@presswatch/contracts';
import { MessageProducer, createKafkaClient } from '@presswatch/kafka-messaging';
import { buildRawRelease, folderSourceName, listReleaseFiles, readFolderDocument, releaseId, sha256Hex } from '@presswatch/fetching';
import { pipeline, type RunningServices } from '../support/pipeline.js';
import { ROOT, requireEnv, testPort } from '../support/environment.js';
import { quietLogger } from '../support/quiet-logger.js';
import { LAG_EXPORTER } from '../observability/metric-catalogue.js';
import { legendLabels, loadDashboard, panelQuery, queryPanels, queryVariables, type GrafanaView } from '../observability/grafana.js';
import { PrometheusApi, type Series } from '../observability/prometheus-api.js';

const SAMPLES = join(ROOT, 'samples', 'releases');
const SCRAPE_SECONDS = 2;
/** The paced flow the throughput panels are compared on: RATE releases per second for FLOW_SECONDS. */
const RATE = 4;
const FLOW_SECONDS = 40;
/**
 * Allowed difference between a rate panel and `cli monitor` over the same window: both average the same
 * paced flow over $__rate_interval (8 s here), but Prometheus sees it through samples 2 s apart (its window
 * starts up to one scrape late, rate() extrapolates to the edges) and the monitor through 1-s readings, so
 * their windows' ends can differ by up to 3 s, and each count can be off by one message at each end. One
 * message in 8 s is 3 % of 4/s; the producer's pacing under a shared CPU moves a few messages between
 * adjacent seconds. 20 % covers that, and still fails a query over the wrong topic, group or window (those
 * are off by 100 % or more, or by the ratio of two windows).
 */
const TOLERANCE = 0.2;

interface MonitorSample {
  time: string;
  intervalSeconds: number;
  topics: { topic: string; messagesInPerSecond: number }[];
  groups: { group: string; topics: { topic: string; consumedPerSecond: number; lag: number }[] }[];
}

describe('Prometheus scraping the pipeline: every dashboard panel and the alert rules, live', { timeout: 420_000 }, () => {
  const kafkaBrokers = requireEnv('PRESSWATCH_TEST_KAFKA');
  const opensearchUrl = requireEnv('PRESSWATCH_TEST_OPENSEARCH');
  const kafka = { brokers: [kafkaBrokers], clientId: 'presswatch-e2e-prometheus' };
  const ports = { services: testPort(13031), exporter: testPort(13035), prometheus: testPort(13039) };
  const infraName = process.env.TEST_INFRA_NAME ?? 'test';
  let folder: string;
  let services: RunningServices | undefined;
  let exporter: { url: string; stop(): Promise<void> } | undefined;
  let monitor: ChildProcess | undefined;
  let prometheus: PrometheusApi;
  const samples: { at: number; sample: MonitorSample }[] = [];
  let testStart: number;
  let flow: { start: number; end: number };
  let view: GrafanaView;
  // Who was in each consumer group once the flow was sent: a failure says whether a member the Prometheus does not
  // scrape took some partitions (the dead letter and part of the flow went missing once, cause not established).
  let groupMembers = 'not read';

  before(async () => {
    testStart = Date.now();
    folder = await mkdtemp(join(tmpdir(), 'presswatch-prometheus-'));
    for (const name of await readdir(SAMPLES)) if (name.endsWith('.txt')) await copyFile(join(SAMPLES, name), join(folder, name));
    const targets = [
      ...pipeline.SERVICES.map((service, position) => ({ job: service, address: `127.0.0.1:${ports.services + position}` })),
      { job: 'lag-exporter', address: `127.0.0.1:${ports.exporter}` },
    ];
    // Prometheus first, so every series is scraped from its first value on.
    const { url } = await pipeline.startPrometheus({
      name: infraName,
      port: ports.prometheus,
      scrapeInterval: `${SCRAPE_SECONDS}s`,
      targets,
      dataDir: join(folder, 'prometheus'),
    });
    prometheus = new PrometheusApi(url);
    exporter = await pipeline.startLagExporter({ kafkaBrokers, port: ports.exporter, logDir: join(folder, 'logs') });
    monitor = spawn(
      process.execPath,
      [join(ROOT, 'apps', 'cli', 'dist', 'main.js'), 'monitor', '--json', '--interval', '1', '--brokers', kafkaBrokers],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    createInterface({ input: monitor.stdout! }).on('line', (line) =>
      samples.push({ at: Date.now(), sample: JSON.parse(line) as MonitorSample }),
    );

    services = await pipeline.startServices({
      kafkaBrokers,
      opensearchUrl,
      folder,
      dataDir: folder,
      logDir: join(folder, 'logs'),
      basePort: ports.services,
    });
    const source = folderSourceName(folder);
    const corpus = await Promise.all(
      (await listReleaseFiles(folder)).map(async (path) => {
        const document = await readFolderDocument(folder, path);
        return { id: releaseId(source, document.location), contentHash: sha256Hex(document.body), location: document.location };
      }),
    );
    await pipeline.waitForIndexed(opensearchUrl, corpus, { timeoutMs: 180_000 });

    // A malformed message (one dead letter for the cleaner), then a paced flow of unique releases.
    const producer = new MessageProducer(createKafkaClient(kafka, quietLogger));
    await producer.connect();
    const marker = `prometheus-e2e-${Date.now()}`;
    const flowReleases = Array.from({ length: RATE * FLOW_SECONDS }, (_, index) =>
      buildRawRelease({
        // One source per release: the cleaner learns a template from what a source's releases share.
        source: `${marker}-${index}`,
        location: `release-${index}.txt`,
        url: null,
        fetchedAt: new Date(),
        body: (
          `Water for district ${index}\nGeneva – Teams delivered ${index + 40} water and hygiene kits to families displaced ` +
          `by the floods in district ${index}, the agency said on day ${index % 28} of the response. `
        ).repeat(3),
      }),
    );
    // increase() cannot see a counter's first step unless a sample at 0 came before it (an operator's
    // Prometheus has scraped long before): wait until this Prometheus holds the cleaner's series at 0.
    const zeroSeen = async (): Promise<boolean> => {
      const now = Date.now() / 1000;
      const series = await prometheus.queryRange(`presswatch_dead_letters_total{stage="cleaner",topic="${TOPICS.raw}"}`, now - 30, now, 1);
      return series.some((entry) => entry.values.some(([, value]) => value === '0'));
    };
    for (const deadline = Date.now() + 30_000; !(await zeroSeen());) {
      assert.ok(Date.now() < deadline, "Prometheus never scraped the cleaner's dead-letter series at 0");
      await sleep(SCRAPE_SECONDS * 1000);
    }
    try {
      await producer.send([{ topic: TOPICS.raw, key: `${marker}-not-json`, value: '{"schemaVersion": 1, oops' }]);
      const start = Date.now();
      for (const [index, release] of flowReleases.entries()) {
        await sleep(Math.max(0, start + (index * 1000) / RATE - Date.now()));
        await producer.send([{ topic: TOPICS.raw, key: release.id, value: JSON.stringify(release) }]);
      }
      flow = { start, end: Date.now() };
    } finally {
      await producer.disconnect();
    }
    groupMembers = await describeMembers(kafka);
    await pipeline.waitForIndexed(
      opensearchUrl,
      flowReleases.map((release) => ({ id: release.id, contentHash: release.contentHash })),
      { timeoutMs: 120_000 },
    );
    await sleep(4 * SCRAPE_SECONDS * 1000);
    // The operator's view: from the start of the run to now, on a 1920-px dashboard, data source scrape interval = Prometheus'.
    view = {
      from: testStart,
      to: Date.now(),
      scrapeIntervalMs: SCRAPE_SECONDS * 1000,
      dashboardWidthPx: 1920,
      variables: { service: 'All', group: 'All' },
    };
  });

  after(async () => {
    monitor?.kill('SIGTERM');
    await services?.stop();
    await exporter?.stop();
    await pipeline.stopPrometheus({ name: infraName, port: ports.prometheus });
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('scrapes the four services and the lag exporter', async () => {
    const targets = await prometheus.targets();
    assert.deepEqual(targets.map((target) => target.job).sort(), [...pipeline.SERVICES, 'lag-exporter'].sort());
    for (const target of targets) assert.equal(target.health, 'up', `${target.job}: ${target.lastError}`);
  });

  it('gets from the lag exporter exactly the metrics and labels the dashboard and rules were checked against', async () => {
    const text = await (await fetch(`${exporter!.url}/metrics`)).text();
    const served = new Map<string, Set<string>>();
    for (const line of text.split('\n')) {
      const match = /^([a-z_]+)(?:\{(.*)\})? /.exec(line);
      if (!match) continue;
      const labels = served.get(match[1]!) ?? new Set<string>();
      for (const label of (match[2] ?? '').matchAll(/(\w+)="/g)) labels.add(label[1]!);
      served.set(match[1]!, labels);
    }
    assert.deepEqual(
      new Map([...served].map(([name, labels]) => [name, [...labels].sort()])),
      new Map([...LAG_EXPORTER].map(([name, labels]) => [name, [...labels].sort()])),
    );
  });

  it("resolves the dashboard variables: $service to the four services, $group to the three stages' groups", async (t) => {
    const dashboard = loadDashboard();
    const expected: Record<string, string[]> = { service: [...pipeline.SERVICES].sort(), group: Object.values(CONSUMER_GROUPS).sort() };
    for (const variable of queryVariables(dashboard)) {
      const values = await prometheus.labelValues(variable.label, variable.metric, view.from, view.to);
      t.diagnostic(`$${variable.name} = label_values(${variable.metric}, ${variable.label}) → ${values.join(', ')}`);
      assert.deepEqual(values, expected[variable.name], `$${variable.name}`);
    }
  });

  it('returns data for every panel query, with the labels its legend uses', async (t) => {
    const dashboard = loadDashboard();
    const empty: string[] = [];
    for (const panel of queryPanels(dashboard)) {
      for (const target of panel.targets ?? []) {
        const query = panelQuery(target.expr, panel, view, dashboard);
        const series = await prometheus.queryRange(query.expr, query.start, query.end, query.step);
        const withData = series.filter((entry) => entry.values.some(([, value]) => Number.isFinite(Number(value))));
        if (withData.length === 0) empty.push(`${panel.title} ${target.refId}: ${query.expr}`);
        for (const entry of withData) {
          for (const label of legendLabels(target.legendFormat)) {
            assert.ok(entry.metric[label], `${panel.title} ${target.refId}: a series without "${label}": ${JSON.stringify(entry.metric)}`);
          }
        }
        t.diagnostic(`${panel.title} [${target.refId}] ${describeSeries(withData)}`);
      }
    }
    assert.deepEqual(empty, [], 'panel queries that returned no data');
  });

  it('shows the paced flow in the throughput panels as cli monitor measured it over the same window', async (t) => {
    t.diagnostic(`consumer group members after the flow: ${groupMembers}`);
    const dashboard = loadDashboard();
    const panels = queryPanels(dashboard);
    const panel = (title: string) => panels.find((candidate) => candidate.title === title)!;
    // A time well inside the flow, once a whole rate window of it has passed.
    const probe = panelQuery('', panel('Releases in (per second)'), view, dashboard);
    const at = Math.floor((flow.start + (flow.end - flow.start) * 0.75) / 1000 / probe.step) * probe.step;
    const windowSeconds = probe.rateIntervalMs / 1000;
    assert.ok(at - windowSeconds >= flow.start / 1000 + SCRAPE_SECONDS, 'the window lies inside the flow');
    const monitorAverage = (pick: (sample: MonitorSample) => number | undefined) => {
      const inWindow = samples
        .map((entry) => entry.sample)
        .filter((sample) => {
          const end = Date.parse(sample.time) / 1000;
          return end - sample.intervalSeconds / 2 > at - windowSeconds && end - sample.intervalSeconds / 2 <= at;
        });
      assert.ok(inWindow.length >= windowSeconds - 2, `${inWindow.length} monitor samples in the window`);
      return (
        inWindow.reduce((sum, sample) => sum + (pick(sample) ?? 0) * sample.intervalSeconds, 0) /
        inWindow.reduce((sum, sample) => sum + sample.intervalSeconds, 0)
      );
    };
    const stat = async (title: string, labels: Record<string, string> = {}) => {
      const target = panel(title).targets![0]!;
      const query = panelQuery(target.expr, panel(title), view, dashboard);
      const series = await prometheus.queryRange(query.expr, at - 10 * query.step, at, query.step);
      const match = series.find((entry) => Object.entries(labels).every(([name, value]) => entry.metric[name] === value));
      const last = match?.values.at(-1);
      assert.ok(last && last[0] === at, `${title} ${JSON.stringify(labels)}: a value at the comparison time`);
      return Number(last[1]);
    };
    const group = (sample: MonitorSample, name: string, topic: string) =>
      sample.groups.find((entry) => entry.group === name)?.topics.find((entry) => entry.topic === topic);
    const inTopic = (topic: string) => (sample: MonitorSample) => sample.topics.find((entry) => entry.topic === topic)?.messagesInPerSecond;
    const results: [string, number, number][] = [
      ['Releases in (per second)', await stat('Releases in (per second)'), monitorAverage(inTopic(TOPICS.raw))],
      [
        'Indexed (per second)',
        await stat('Indexed (per second)'),
        monitorAverage((sample) => group(sample, CONSUMER_GROUPS.indexer, TOPICS.enriched)?.consumedPerSecond),
      ],
    ];
    for (const topic of [TOPICS.raw, TOPICS.clean, TOPICS.enriched]) {
      results.push([
        `Messages in per topic {topic=${topic}}`,
        await stat('Messages in per topic', { topic }),
        monitorAverage(inTopic(topic)),
      ]);
    }
    const stages = [
      [CONSUMER_GROUPS.cleaner, TOPICS.raw],
      [CONSUMER_GROUPS.enricher, TOPICS.clean],
      [CONSUMER_GROUPS.indexer, TOPICS.enriched],
    ] as const;
    for (const [name, topic] of stages) {
      results.push([
        `Consumed per group {consumergroup=${name}}`,
        await stat('Consumed per group', { consumergroup: name, topic }),
        monitorAverage((sample) => group(sample, name, topic)?.consumedPerSecond),
      ]);
    }
    for (const [title, panelValue, monitorValue] of results) {
      t.diagnostic(
        `${title}: panel ${panelValue.toFixed(2)}/s, cli monitor ${monitorValue.toFixed(2)}/s over the same ${windowSeconds}-s window (paced at ${RATE}/s)`,
      );
    }
    for (const [title, panelValue, monitorValue] of results) {
      assert.ok(monitorValue > RATE / 2, `${title}: cli monitor saw the flow (${monitorValue})`);
      assert.ok(
        Math.abs(panelValue - monitorValue) <= TOLERANCE * monitorValue,
        `${title}: panel ${panelValue} vs cli monitor ${monitorValue}; group members: ${groupMembers}`,
      );
    }
  });

  it('narrows the stage panels to the services picked in $service', async () => {
    const dashboard = loadDashboard();
    const panel = queryPanels(dashboard).find((candidate) => candidate.title === 'Messages consumed by outcome')!;
    const query = panelQuery(
      panel.targets![0]!.expr,
      panel,
      { ...view, variables: { service: ['cleaner', 'indexer'], group: 'All' } },
      dashboard,
    );
    assert.match(query.expr, /service=~"\(cleaner\|indexer\)"/);
    const series = await prometheus.queryRange(query.expr, query.start, query.end, query.step);
    assert.deepEqual([...new Set(series.map((entry) => entry.metric['service']))].sort(), ['cleaner', 'indexer']);
  });

  it('evaluates the shipped rules: the dead letter fires PresswatchDeadLetters, nothing else fires on a healthy pipeline', async () => {
    const rules = await prometheus.ruleGroups();
    assert.deepEqual(rules.map((group) => group.name).sort(), ['presswatch.kafka', 'presswatch.stages']);
    assert.ok(
      rules.every((group) => group.rules.every((rule) => rule.health === 'ok')),
      JSON.stringify(rules.flatMap((group) => group.rules.filter((rule) => rule.health !== 'ok'))),
    );
    // Rules are evaluated every scrape interval, after the scrape that saw the dead letter: wait (bounded) for
    // the alert instead of reading it once, and say what Prometheus held for the counter if it never fires.
    let firing = (await prometheus.alerts()).filter((alert) => alert.state === 'firing');
    for (const deadline = Date.now() + 15 * SCRAPE_SECONDS * 1000; firing.length === 0 && Date.now() < deadline;) {
      await sleep(SCRAPE_SECONDS * 1000);
      firing = (await prometheus.alerts()).filter((alert) => alert.state === 'firing');
    }
    if (firing.length === 0) {
      const counter = await prometheus.queryRange('presswatch_dead_letters_total', testStart / 1000, Date.now() / 1000, SCRAPE_SECONDS);
      assert.fail(
        `PresswatchDeadLetters never fired; group members: ${groupMembers}; presswatch_dead_letters_total: ${JSON.stringify(counter)}`,
      );
    }
    assert.deepEqual(
      firing.map((alert) => ({ alertname: alert.labels['alertname'], stage: alert.labels['stage'], topic: alert.labels['topic'] })),
      [{ alertname: 'PresswatchDeadLetters', stage: 'cleaner', topic: TOPICS.raw }],
    );
    assert.match(firing[0]!.annotations['description'] ?? '', /^1 messages went to/);
  });
});

/** The members of the three stages' consumer groups, by client id and host. */
async function describeMembers(kafka: { brokers: string[]; clientId: string }): Promise<string> {
  const admin = createKafkaClient(kafka, quietLogger).admin();
  await admin.connect();
  try {
    const { groups } = await admin.describeGroups(Object.values(CONSUMER_GROUPS));
    return groups.map((group) => `${group.groupId} [${group.members.map((m) => `${m.clientId}@${m.clientHost}`).join(', ')}]`).join('; ');
  } finally {
    await admin.disconnect();
  }
}

function describeSeries(series: Series[]): string {
  return series
    .slice(0, 6)
    .map((entry) => {
      const last = [...entry.values].reverse().find(([, value]) => Number.isFinite(Number(value)));
      const labels = Object.entries(entry.metric)
        .map(([name, value]) => `${name}=${value}`)
        .join(',');
      return `{${labels}} ${last ? Number(last[1]).toPrecision(3) : 'NaN'}`;
    })
    .join('; ')
    .concat(series.length > 6 ? `; … ${series.length} series` : ` (${series.length} series)`);
}
