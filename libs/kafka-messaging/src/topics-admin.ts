import type { StructuredLogger, KafkaSettings } from './types.js';
import type { Admin } from 'kafkajs';
import { createKafkaClient } from './client.js';
import { backoffDelayMs, sleep } from '@presswatch/timing';

export interface TopicSpec {
  topic: string;
  partitions: number;
  /** Retention in ms; undefined keeps the broker default. */
  retentionMs?: number;
  /** Largest record (max.message.bytes); undefined keeps the broker default (1 MiB). */
  maxMessageBytes?: number;
}

/**
 * Creates the pipeline's topics explicitly (the broker never auto-creates them) and checks that existing
 * ones have at least the partition count asked for, since the partition count caps consumer replicas.
 * With `create: false` (production: topics are declared as KafkaTopic resources and the service's Kafka
 * user has no Create right) a missing topic is an error instead. Only topics the user may describe are
 * listed, so a service passes the topics it uses, not the whole pipeline's.
 */
export async function ensureTopics(
  settings: KafkaSettings,
  specs: TopicSpec[],
  logger: StructuredLogger,
  options: { create?: boolean } = {},
): Promise<void> {
  const admin = createKafkaClient(settings, logger).admin();
  await admin.connect();
  try {
    // Services start together and each creates the topics it uses: a topic another one just created may
    // not be in the metadata yet. That settles within a second or two, so it is retried, not fatal.
    for (let attempt = 0; ; attempt++) {
      try {
        return await ensureWith(admin, specs, logger, options);
      } catch (error) {
        if (attempt >= METADATA_RETRIES || !SETTLING.has((error as { type?: string }).type ?? '')) throw error;
        logger.warn({ attempt, error: String(error) }, 'topic metadata not settled yet, retrying');
        await sleep(backoffDelayMs(attempt, 250, 2000));
      }
    }
  } finally {
    await admin.disconnect();
  }
}

const METADATA_RETRIES = 8;
const SETTLING = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE']);

async function ensureWith(admin: Admin, specs: TopicSpec[], logger: StructuredLogger, options: { create?: boolean }): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing = specs.filter((spec) => !existing.has(spec.topic));
  if (missing.length > 0 && options.create === false) {
    throw new Error(
      `missing topics (KAFKA_CREATE_TOPICS=false: they must be declared, e.g. as KafkaTopic resources): ${missing.map((spec) => spec.topic).join(', ')}`,
    );
  }
  if (missing.length > 0) {
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((spec) => ({
        topic: spec.topic,
        numPartitions: spec.partitions,
        replicationFactor: -1,
        configEntries: topicConfig(spec),
      })),
    });
    logger.info({ topics: missing.map((spec) => spec.topic) }, 'created topics');
  }
  const metadata = await admin.fetchTopicMetadata({ topics: specs.map((spec) => spec.topic) });
  for (const spec of specs) {
    const found = metadata.topics.find((topic) => topic.name === spec.topic);
    const partitions = found?.partitions.length ?? 0;
    if (partitions < spec.partitions) {
      logger.warn({ topic: spec.topic, partitions, wanted: spec.partitions }, 'topic has fewer partitions than configured');
    }
  }
}

/**
 * Deletes topics and consumer groups, and waits until the broker no longer lists the topics, so that
 * benchmarks and tests can start a run from empty topics and uncommitted groups. Groups must have no
 * active members; missing topics and groups are skipped.
 */
export async function deleteTopicsAndGroups(
  settings: KafkaSettings,
  topics: readonly string[],
  groups: readonly string[],
  logger: StructuredLogger,
): Promise<void> {
  const admin = createKafkaClient(settings, logger).admin();
  await admin.connect();
  try {
    const existingGroups = new Set((await admin.listGroups()).groups.map((group) => group.groupId));
    const deadGroups = groups.filter((group) => existingGroups.has(group));
    if (deadGroups.length > 0) await admin.deleteGroups(deadGroups);
    const existing = new Set(await admin.listTopics());
    const doomed = topics.filter((topic) => existing.has(topic));
    if (doomed.length > 0) await admin.deleteTopics({ topics: doomed, timeout: 30_000 });
    for (let attempt = 0; attempt < 100; attempt++) {
      const left = new Set(await admin.listTopics());
      if (!doomed.some((topic) => left.has(topic))) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`topics still listed after deletion: ${doomed.join(', ')}`);
  } finally {
    await admin.disconnect();
  }
}

/**
 * Adds partitions to a topic that has fewer than `partitions` (Kafka never removes any). Keyed messages
 * produced afterwards may land on other partitions than before, which moves a source's raw stream: for
 * tests and deliberate operations, not for service start-up (ensureTopics only warns).
 */
export async function growPartitions(settings: KafkaSettings, topic: string, partitions: number, logger: StructuredLogger): Promise<void> {
  const admin = createKafkaClient(settings, logger).admin();
  await admin.connect();
  try {
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    const current = metadata.topics[0]?.partitions.length ?? 0;
    if (current < partitions) await admin.createPartitions({ topicPartitions: [{ topic, count: partitions }] });
  } finally {
    await admin.disconnect();
  }
}

function topicConfig(spec: TopicSpec): { name: string; value: string }[] {
  return [
    ...(spec.retentionMs === undefined ? [] : [{ name: 'retention.ms', value: String(spec.retentionMs) }]),
    ...(spec.maxMessageBytes === undefined ? [] : [{ name: 'max.message.bytes', value: String(spec.maxMessageBytes) }]),
  ];
}
