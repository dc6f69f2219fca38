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

/** The topics as code: partitions from configuration; dead letters kept longer so operators can replay them. */
export function pipelineTopics(partitions: number = DEFAULT_PARTITIONS): { topic: TopicName; partitions: number; retentionMs: number }[] {
  return [
    { topic: TOPICS.raw, partitions, retentionMs: 7 * DAY_MS },
    { topic: TOPICS.clean, partitions, retentionMs: 7 * DAY_MS },
    { topic: TOPICS.enriched, partitions, retentionMs: 7 * DAY_MS },
    { topic: TOPICS.deadLetter, partitions: 1, retentionMs: 30 * DAY_MS },
  ];
}
