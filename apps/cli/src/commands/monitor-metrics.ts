import { computeLag, type GroupOffsets, type PartitionEndOffsets } from '@presswatch/kafka-messaging';

/**
 * The Prometheus exposition of one look at Kafka, with kafka_exporter's metric and label names so that
 * dashboards and rules written for it work unchanged. Throughput is not exported as a rate: Prometheus
 * derives it with rate() over the offsets, as `cli monitor` does between two readings.
 *
 * Two deliberate differences from kafka_exporter: a partition a group never committed on has no
 * kafka_consumergroup_current_offset series (kafka_exporter reports -1, which rate() turns into a spurious
 * jump), and its kafka_consumergroup_lag is the partition's retained messages (kafka_exporter reports -1),
 * so a stage that never started shows its backlog, as in `cli monitor`.
 */
export interface LagMetricsInput {
  topics: readonly PartitionEndOffsets[];
  groups: readonly GroupOffsets[];
  /** Seconds the reading took, exported so a slow Kafka shows before scrapes time out. */
  readSeconds: number;
}

interface Family {
  name: string;
  help: string;
  type: 'gauge';
  samples: { labels: Record<string, string>; value: number }[];
}

const escapeLabel = (value: string) => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

function render(families: Family[]): string {
  const lines: string[] = [];
  for (const family of families) {
    lines.push(`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} ${family.type}`);
    for (const sample of family.samples) {
      const labels = Object.entries(sample.labels).map(([name, value]) => `${name}="${escapeLabel(value)}"`);
      lines.push(`${family.name}${labels.length > 0 ? `{${labels.join(',')}}` : ''} ${sample.value}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function sumBy<T>(items: readonly T[], key: (item: T) => string, value: (item: T) => number): Map<string, { first: T; total: number }> {
  const sums = new Map<string, { first: T; total: number }>();
  for (const item of items) {
    const entry = sums.get(key(item)) ?? { first: item, total: 0 };
    entry.total += value(item);
    sums.set(key(item), entry);
  }
  return sums;
}

export function renderLagMetrics(input: LagMetricsInput): string {
  const partition = (entry: { topic: string; partition: number }) => ({ topic: entry.topic, partition: String(entry.partition) });
  const lags = computeLag(input.topics, input.groups);
  const committed = input.groups.flatMap((group) =>
    group.partitions.flatMap((entry) => (entry.committed === null ? [] : [{ ...entry, committed: entry.committed }])),
  );
  const groupTopic = (entry: { group: string; topic: string }) => `${entry.group}\u0000${entry.topic}`;
  const partitionsPerTopic = sumBy(
    input.topics,
    (entry) => entry.topic,
    () => 1,
  );
  return render([
    {
      name: 'kafka_topic_partitions',
      help: 'Number of partitions of the topic.',
      type: 'gauge',
      samples: [...partitionsPerTopic].map(([topic, entry]) => ({ labels: { topic }, value: entry.total })),
    },
    {
      name: 'kafka_topic_partition_current_offset',
      help: 'End offset (high watermark) of the partition: messages ever written to it. rate() gives messages in per second.',
      type: 'gauge',
      samples: input.topics.map((entry) => ({ labels: partition(entry), value: entry.end })),
    },
    {
      name: 'kafka_topic_partition_oldest_offset',
      help: 'Oldest offset still retained in the partition.',
      type: 'gauge',
      samples: input.topics.map((entry) => ({ labels: partition(entry), value: entry.start })),
    },
    {
      name: 'kafka_consumergroup_current_offset',
      help: 'Offset the consumer group committed on the partition (absent while it never committed). rate() gives messages consumed per second.',
      type: 'gauge',
      samples: committed.map((entry) => ({ labels: { consumergroup: entry.group, ...partition(entry) }, value: entry.committed })),
    },
    {
      name: 'kafka_consumergroup_current_offset_sum',
      help: 'Sum of the offsets the consumer group committed on the topic.',
      type: 'gauge',
      samples: [...sumBy(committed, groupTopic, (entry) => entry.committed).values()].map(({ first, total }) => ({
        labels: { consumergroup: first.group, topic: first.topic },
        value: total,
      })),
    },
    {
      name: 'kafka_consumergroup_lag',
      help: 'Messages of the partition the consumer group has not committed yet; a group that never committed is behind by the retained messages.',
      type: 'gauge',
      samples: lags.map((entry) => ({ labels: { consumergroup: entry.group, ...partition(entry) }, value: entry.lag })),
    },
    {
      name: 'kafka_consumergroup_lag_sum',
      help: 'Lag of the consumer group summed over the partitions of the topic.',
      type: 'gauge',
      samples: [...sumBy(lags, groupTopic, (entry) => entry.lag).values()].map(({ first, total }) => ({
        labels: { consumergroup: first.group, topic: first.topic },
        value: total,
      })),
    },
    {
      name: 'kafka_consumergroup_members',
      help: 'Members of the consumer group (0: no stage is running for it).',
      type: 'gauge',
      samples: input.groups.map((group) => ({ labels: { consumergroup: group.group }, value: group.members })),
    },
    {
      name: 'presswatch_lag_exporter_read_duration_seconds',
      help: 'Time the lag exporter took to read the offsets from Kafka for this scrape.',
      type: 'gauge',
      samples: [{ labels: {}, value: input.readSeconds }],
    },
  ]);
}
