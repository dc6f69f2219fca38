import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConsumerProgress } from '@presswatch/kafka-messaging';
import { ServiceMetrics } from '@presswatch/service-runtime';
import { ROOT } from '../support/environment.js';

/** Metric name → the label names its series carry. */
export type Catalogue = Map<string, Set<string>>;

function add(catalogue: Catalogue, name: string, labels: Iterable<string>): void {
  const known = catalogue.get(name) ?? new Set<string>();
  for (const label of labels) known.add(label);
  catalogue.set(name, known);
}

/** A histogram's series: buckets (with `le`), sum and count. */
function addHistogram(catalogue: Catalogue, name: string, labels: string[]): void {
  add(catalogue, `${name}_bucket`, [...labels, 'le']);
  add(catalogue, `${name}_sum`, labels);
  add(catalogue, `${name}_count`, labels);
}

/** What a service's registry exposes: its stage metrics (every hook exercised) and the default process metrics. */
export async function scrapedMetrics(): Promise<Catalogue> {
  const metrics = new ServiceMetrics('catalogue');
  metrics.consumed('t', 'ok', 1);
  metrics.produced('t', 1);
  metrics.processed('t', 0.1);
  metrics.deadLettered('t', 'stage', 1);
  metrics.rejoined('t');
  const progress = new ConsumerProgress();
  progress.joined({ t: [0] });
  progress.fetched('t', 0, '2', '1');
  metrics.watchConsumer(progress);
  const catalogue: Catalogue = new Map();
  for (const line of (await metrics.registry.metrics()).split('\n')) {
    const type = /^# TYPE (\S+) histogram$/.exec(line);
    if (type) addHistogram(catalogue, type[1]!, ['service']);
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{([^}]*)\})? /.exec(line);
    if (sample)
      add(
        catalogue,
        sample[1]!,
        [...(sample[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="/g)].map((match) => match[1]!),
      );
  }
  return catalogue;
}

function sourceFiles(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, found);
    else if (name.endsWith('.ts') && !name.endsWith('.spec.ts')) found.push(path);
  }
  return found;
}

/**
 * Service-specific metrics, declared in the apps with `metrics.counter('name', 'help', ['label'])` or
 * `metrics.histogram('name', 'help', ['label'], [buckets])`, found in the source since the apps' modules
 * cannot be loaded from tests.
 */
export function declaredMetrics(prefix: string): Catalogue {
  const catalogue: Catalogue = new Map();
  const declaration = /\.(counter|histogram)\(\s*'([a-z0-9_]+)'\s*,\s*'(?:[^'\\]|\\.)*'\s*(?:,\s*\[([^\]]*)\])?/g;
  for (const file of [...sourceFiles(join(ROOT, 'apps')), ...sourceFiles(join(ROOT, 'libs'))]) {
    for (const match of readFileSync(file, 'utf8').matchAll(declaration)) {
      const labels = [...(match[3] ?? '').matchAll(/'([a-zA-Z_][a-zA-Z0-9_]*)'/g)].map((label) => label[1]!);
      labels.push('service');
      if (match[1] === 'histogram') addHistogram(catalogue, `${prefix}${match[2]}`, labels);
      else add(catalogue, `${prefix}${match[2]}`, labels);
    }
  }
  return catalogue;
}

/**
 * What the lag exporter (`cli monitor --serve`, apps/cli/src/commands/monitor-metrics.ts) serves: a subset of
 * kafka_exporter's (danielqsj/kafka_exporter) names and labels, plus its own read duration. The live test
 * (prometheus.e2e.test.ts) checks a real scrape against this list.
 */
export const LAG_EXPORTER: Catalogue = new Map(
  Object.entries({
    kafka_topic_partitions: ['topic'],
    kafka_topic_partition_current_offset: ['topic', 'partition'],
    kafka_topic_partition_oldest_offset: ['topic', 'partition'],
    kafka_consumergroup_current_offset: ['consumergroup', 'topic', 'partition'],
    kafka_consumergroup_current_offset_sum: ['consumergroup', 'topic'],
    kafka_consumergroup_lag: ['consumergroup', 'topic', 'partition'],
    kafka_consumergroup_lag_sum: ['consumergroup', 'topic'],
    kafka_consumergroup_members: ['consumergroup'],
    presswatch_lag_exporter_read_duration_seconds: [],
  }).map(([name, labels]) => [name, new Set(labels)]),
);

/** Labels Prometheus adds to every scraped series (job/instance; pod/namespace/container with Kubernetes discovery). */
export const TARGET_LABELS = new Set(['job', 'instance', 'namespace', 'pod', 'container', 'endpoint']);
