import { computeLag, type GroupOffsets, type PartitionEndOffsets } from '@presswatch/kafka-messaging';

/** What one look at Kafka returned: end offsets of the topics and committed offsets of the groups. */
export interface Reading {
  /** Milliseconds (any monotonic clock), taken when the reading started. */
  at: number;
  topics: PartitionEndOffsets[];
  groups: GroupOffsets[];
}

export interface TopicSample {
  topic: string;
  partitions: number;
  /** Sum of the partitions' end offsets: messages ever written (that the topic still counts). */
  endOffset: number;
  messagesInPerSecond: number;
  byPartition: { partition: number; endOffset: number; messagesInPerSecond: number }[];
}

export interface GroupTopicSample {
  topic: string;
  consumedPerSecond: number;
  lag: number;
  /** Positive: the group falls behind; negative: it catches up. */
  lagChangePerSecond: number;
  byPartition: { partition: number; endOffset: number; committed: number | null; lag: number; consumedPerSecond: number }[];
}

export interface GroupSample {
  group: string;
  state: string;
  members: number;
  topics: GroupTopicSample[];
}

export interface MonitorSample {
  time: string;
  intervalSeconds: number;
  topics: TopicSample[];
  groups: GroupSample[];
}

const key = (topic: string, partition: number): string => `${topic}\u0000${partition}`;

/**
 * Rates between two readings. A partition or commit missing from the earlier reading contributes no rate
 * (its history is unknown), and offsets going backwards (topic recreated, group reset) count as 0, never as
 * negative throughput.
 */
export function computeSample(previous: Reading, current: Reading, time: Date = new Date()): MonitorSample {
  const seconds = Math.max((current.at - previous.at) / 1000, 1e-3);
  const rate = (now: number, before: number | null | undefined) =>
    before === null || before === undefined ? 0 : Math.max(0, now - before) / seconds;

  const endBefore = new Map(previous.topics.map((entry) => [key(entry.topic, entry.partition), entry.end]));
  const topics = new Map<string, TopicSample>();
  for (const entry of current.topics) {
    const sample = topics.get(entry.topic) ?? { topic: entry.topic, partitions: 0, endOffset: 0, messagesInPerSecond: 0, byPartition: [] };
    const inPerSecond = rate(entry.end, endBefore.get(key(entry.topic, entry.partition)));
    sample.partitions += 1;
    sample.endOffset += entry.end;
    sample.messagesInPerSecond += inPerSecond;
    sample.byPartition.push({ partition: entry.partition, endOffset: entry.end, messagesInPerSecond: inPerSecond });
    topics.set(entry.topic, sample);
  }

  const lagBefore = new Map(
    computeLag(previous.topics, previous.groups).map((entry): [string, number] => [
      `${entry.group}\u0000${key(entry.topic, entry.partition)}`,
      entry.lag,
    ]),
  );
  const committedBefore = new Map<string, number | null>(
    previous.groups.flatMap((group) =>
      group.partitions.map((entry): [string, number | null] => [
        `${group.group}\u0000${key(entry.topic, entry.partition)}`,
        entry.committed,
      ]),
    ),
  );
  const lags = computeLag(current.topics, current.groups);
  const groups = current.groups.map((group): GroupSample => {
    const perTopic = new Map<string, GroupTopicSample & { lagBefore: number }>();
    for (const entry of lags.filter((lag) => lag.group === group.group)) {
      const id = `${group.group}\u0000${key(entry.topic, entry.partition)}`;
      const sample = perTopic.get(entry.topic) ?? {
        topic: entry.topic,
        consumedPerSecond: 0,
        lag: 0,
        lagChangePerSecond: 0,
        lagBefore: 0,
        byPartition: [],
      };
      const consumed = entry.committed === null ? 0 : rate(entry.committed, committedBefore.get(id));
      sample.consumedPerSecond += consumed;
      sample.lag += entry.lag;
      sample.lagBefore += lagBefore.get(id) ?? entry.lag;
      sample.byPartition.push({
        partition: entry.partition,
        endOffset: entry.end,
        committed: entry.committed,
        lag: entry.lag,
        consumedPerSecond: consumed,
      });
      perTopic.set(entry.topic, sample);
    }
    return {
      group: group.group,
      state: group.state,
      members: group.members,
      topics: [...perTopic.values()].map(({ lagBefore: before, ...sample }) => ({
        ...sample,
        lagChangePerSecond: (sample.lag - before) / seconds,
      })),
    };
  });

  return { time: time.toISOString(), intervalSeconds: seconds, topics: [...topics.values()], groups };
}
