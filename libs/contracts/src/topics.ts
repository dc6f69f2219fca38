/**
 * Topic names are part of the contract: the version suffix changes when a message schema changes
 * incompatibly, so old and new consumers can run side by side during a migration.
 */
export const TOPICS = {
  raw: 'presswatch.releases.raw.v1',
  clean: 'presswatch.releases.clean.v1',
  enriched: 'presswatch.releases.enriched.v1',
  deadLetter: 'presswatch.releases.dead-letter.v1',
} as const;

export type TopicKey = keyof typeof TOPICS;
export type TopicName = (typeof TOPICS)[TopicKey];

/** Consumer groups, named here because lag monitors and autoscalers must use the exact names. */
export const CONSUMER_GROUPS = {
  cleaner: 'presswatch-cleaner',
  enricher: 'presswatch-enricher',
  indexer: 'presswatch-indexer',
} as const;

/** Default partition count: the upper bound of consumer replicas per stage. */
export const DEFAULT_PARTITIONS = 3;

/** Kafka headers the pipeline sets (W3C trace context and dead-letter coordinates). */
export const HEADERS = {
  traceparent: 'traceparent',
  schemaVersion: 'presswatch-schema-version',
  /** On raw releases, keyed by source: which release it is, kept by a dead letter even when its value is not. */
  releaseId: 'presswatch-release-id',
  deadLetterReason: 'presswatch-dlq-reason',
  deadLetterStage: 'presswatch-dlq-stage',
  originalTopic: 'presswatch-dlq-original-topic',
  originalPartition: 'presswatch-dlq-original-partition',
  originalOffset: 'presswatch-dlq-original-offset',
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Largest record the release topics accept (their max.message.bytes): room for a release at the default
 * MAX_RELEASE_BYTES (2 MiB) with its headers and what cleaning and enrichment add. Messages are sent
 * uncompressed, so the broker's 1 MiB default would refuse releases the fetcher and the stages allow.
 * The dead-letter topic keeps the default: a letter is reduced to fit 900 KB.
 */
export const RELEASE_TOPIC_MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

/** The topics as code: partitions from configuration; dead letters kept longer so operators can replay them. */
export function pipelineTopics(
  partitions: number = DEFAULT_PARTITIONS,
): { topic: TopicName; partitions: number; retentionMs: number; maxMessageBytes?: number }[] {
  const releases = { partitions, retentionMs: 7 * DAY_MS, maxMessageBytes: RELEASE_TOPIC_MAX_MESSAGE_BYTES };
  return [
    { topic: TOPICS.raw, ...releases },
    { topic: TOPICS.clean, ...releases },
    { topic: TOPICS.enriched, ...releases },
    { topic: TOPICS.deadLetter, partitions: 1, retentionMs: 30 * DAY_MS },
  ];
}
