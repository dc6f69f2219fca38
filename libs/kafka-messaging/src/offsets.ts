import type { Admin } from 'kafkajs';
import { createKafkaClient } from './client.js';
import type { KafkaSettings, StructuredLogger } from './types.js';

/** One partition's retained range: `end` is the offset the next message will get (the high watermark). */
export interface PartitionEndOffsets {
  topic: string;
  partition: number;
  start: number;
  end: number;
}

/** A consumer group's committed position on one partition; `committed` is null when it never committed. */
export interface GroupPartitionOffset {
  group: string;
  topic: string;
  partition: number;
  committed: number | null;
}

/** A group to watch and, if known, the topics it reads. */
export interface GroupSubscription {
  group: string;
  topics?: readonly string[];
}

export interface GroupOffsets {
  group: string;
  /** Kafka's group state (Stable, Empty, PreparingRebalance, Dead...). */
  state: string;
  members: number;
  partitions: GroupPartitionOffset[];
}

export interface PartitionLag {
  group: string;
  topic: string;
  partition: number;
  end: number;
  committed: number | null;
  /** Messages not yet committed by the group; a group that never committed is behind by the whole retained range. */
  lag: number;
}

/**
 * Reads offsets with the admin API only, never joining a group, so watching the pipeline cannot trigger a
 * rebalance of the stages it watches. One connection, reused across samples.
 */
export class OffsetReader {
  private constructor(private readonly admin: Admin) {}

  static async connect(settings: KafkaSettings, logger: StructuredLogger): Promise<OffsetReader> {
    const admin = createKafkaClient(settings, logger).admin();
    await admin.connect();
    return new OffsetReader(admin);
  }

  /** End (and start) offsets of every partition of the topics that exist; missing topics are left out. */
  async readTopicOffsets(topics: readonly string[]): Promise<PartitionEndOffsets[]> {
    const existing = new Set(await this.admin.listTopics());
    const perTopic = await Promise.all(
      topics
        .filter((topic) => existing.has(topic))
        .map(async (topic) =>
          (await this.admin.fetchTopicOffsets(topic)).map((entry) => ({
            topic,
            partition: entry.partition,
            start: Number(entry.low),
            end: Number(entry.high),
          })),
        ),
    );
    return perTopic.flat().sort(byTopicPartition);
  }

  /**
   * Committed offsets of each group. With `topics`, every partition of those topics (that exist) is listed,
   * so a group that has not started shows as fully behind instead of being hidden; without, only the
   * topics the group has committed on.
   */
  async readGroupOffsets(groups: readonly GroupSubscription[]): Promise<GroupOffsets[]> {
    if (groups.length === 0) return [];
    const existing = new Set(await this.admin.listTopics());
    const described = await this.admin.describeGroups(groups.map((entry) => entry.group));
    return Promise.all(
      groups.map(async ({ group, topics }) => {
        const description = described.groups.find((entry) => entry.groupId === group);
        const wanted = topics?.filter((topic) => existing.has(topic));
        const fetched =
          wanted?.length === 0 ? [] : await this.admin.fetchOffsets(wanted ? { groupId: group, topics: wanted } : { groupId: group });
        const partitions = fetched
          .filter((entry) => existing.has(entry.topic))
          .flatMap((entry) =>
            entry.partitions.map((partition) => {
              const committed = Number(partition.offset);
              return { group, topic: entry.topic, partition: partition.partition, committed: committed >= 0 ? committed : null };
            }),
          );
        return {
          group,
          state: description?.state ?? 'Unknown',
          members: description?.members.length ?? 0,
          partitions: partitions.sort(byTopicPartition),
        };
      }),
    );
  }

  /** Moves a group's committed offsets (the group must have no active members), e.g. to skip or replay. */
  async commitGroupOffsets(group: string, topic: string, offsets: { partition: number; offset: number }[]): Promise<void> {
    await this.admin.setOffsets({
      groupId: group,
      topic,
      partitions: offsets.map((entry) => ({ partition: entry.partition, offset: String(entry.offset) })),
    });
  }

  async close(): Promise<void> {
    await this.admin.disconnect();
  }
}

/**
 * Lag per group, topic and partition. Partitions a group never committed on count as behind by the retained
 * range (the stages start from the beginning); a committed offset past the end (topic recreated) is 0 lag.
 * Topics a group has no entry for (it does not read them) are skipped.
 */
export function computeLag(ends: readonly PartitionEndOffsets[], groups: readonly GroupOffsets[]): PartitionLag[] {
  const endOf = new Map(ends.map((entry) => [`${entry.topic}\u0000${entry.partition}`, entry]));
  const lags: PartitionLag[] = [];
  for (const group of groups) {
    for (const position of group.partitions) {
      const range = endOf.get(`${position.topic}\u0000${position.partition}`);
      if (!range) continue;
      const from = position.committed ?? range.start;
      lags.push({
        group: group.group,
        topic: position.topic,
        partition: position.partition,
        end: range.end,
        committed: position.committed,
        lag: Math.max(0, range.end - from),
      });
    }
  }
  return lags;
}

function byTopicPartition(a: { topic: string; partition: number }, b: { topic: string; partition: number }): number {
  return a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition;
}
