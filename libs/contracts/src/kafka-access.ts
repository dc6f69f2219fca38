import { CONSUMER_GROUPS, TOPICS, pipelineTopics, type TopicName } from './topics.js';

/**
 * Who may do what on Kafka: the single source for the production users' ACLs (Strimzi KafkaUser resources,
 * checked against this by tests/deploy), the local SASL_SSL test, and the topics each service makes sure of
 * at start-up. Least privilege: a service reads its input, writes its outputs, uses its own group.
 */
export const PIPELINE_SERVICES = ['fetcher', 'cleaner', 'enricher', 'indexer'] as const;
export type PipelineService = (typeof PIPELINE_SERVICES)[number];

export interface ServiceTopics {
  reads: TopicName[];
  writes: TopicName[];
  group: string | null;
}

export const SERVICE_TOPICS: Record<PipelineService, ServiceTopics> = {
  fetcher: { reads: [], writes: [TOPICS.raw], group: null },
  cleaner: { reads: [TOPICS.raw], writes: [TOPICS.clean, TOPICS.deadLetter], group: CONSUMER_GROUPS.cleaner },
  enricher: { reads: [TOPICS.clean], writes: [TOPICS.enriched, TOPICS.deadLetter], group: CONSUMER_GROUPS.enricher },
  indexer: { reads: [TOPICS.enriched], writes: [TOPICS.deadLetter], group: CONSUMER_GROUPS.indexer },
};

/** The topics a service uses, as pipelineTopics() declares them (what it may create when allowed to). */
export function serviceTopicSpecs(service: PipelineService, partitions?: number): ReturnType<typeof pipelineTopics> {
  const { reads, writes } = SERVICE_TOPICS[service];
  return pipelineTopics(partitions).filter((spec) => reads.includes(spec.topic) || writes.includes(spec.topic));
}

/** Kafka ACL operations the pipeline grants (Read and Write imply Describe on the broker, listed anyway for clarity). */
export type KafkaOperation = 'Read' | 'Write' | 'Describe' | 'Create';

export interface KafkaAcl {
  resource: { type: 'topic' | 'group'; name: string; patternType: 'literal' | 'prefix' };
  operations: KafkaOperation[];
}

/** Prefix of the throwaway groups the CLI and tools read topics with (readTopic). */
export const READER_GROUP_PREFIX = 'presswatch-reader-';
const TOPIC_PREFIX = 'presswatch.releases.';

const topicAcl = (name: string, operations: KafkaOperation[], patternType: 'literal' | 'prefix' = 'literal'): KafkaAcl => ({
  resource: { type: 'topic', name, patternType },
  operations,
});
const groupAcl = (name: string, operations: KafkaOperation[], patternType: 'literal' | 'prefix' = 'literal'): KafkaAcl => ({
  resource: { type: 'group', name, patternType },
  operations,
});

/** A pipeline service's ACLs: Read on its inputs, Write on its outputs, Read on its group. No Create: production topics are declared (KafkaTopic). */
export function serviceAcls(service: PipelineService): KafkaAcl[] {
  const { reads, writes, group } = SERVICE_TOPICS[service];
  return [
    ...reads.map((topic) => topicAcl(topic, ['Read', 'Describe'])),
    ...writes.map((topic) => topicAcl(topic, ['Write', 'Describe'])),
    ...(group ? [groupAcl(group, ['Read'])] : []),
  ];
}

/** Kafka users and their ACLs: one per service, the operators' CLI, and the autoscaler reading consumer lag. */
export const KAFKA_USERS: Record<string, KafkaAcl[]> = {
  ...Object.fromEntries(PIPELINE_SERVICES.map((service) => [`presswatch-${service}`, serviceAcls(service)])),
  // dead-letters list/replay (reads with throwaway groups, republishes to the pipeline topics), monitor (offsets, lag).
  'presswatch-cli': [
    topicAcl(TOPIC_PREFIX, ['Describe'], 'prefix'),
    topicAcl(TOPICS.deadLetter, ['Read']),
    ...[TOPICS.raw, TOPICS.clean, TOPICS.enriched].map((topic) => topicAcl(topic, ['Write'])),
    groupAcl(READER_GROUP_PREFIX, ['Read'], 'prefix'),
    ...Object.values(CONSUMER_GROUPS).map((group) => groupAcl(group, ['Describe'])),
  ],
  // The lag exporter (cli monitor --serve): every pipeline topic's offsets and each stage group's committed offsets.
  'presswatch-lag-exporter': [
    topicAcl(TOPIC_PREFIX, ['Describe'], 'prefix'),
    ...Object.values(CONSUMER_GROUPS).map((group) => groupAcl(group, ['Describe'])),
  ],
  // KEDA's Kafka scaler: each stage's committed offsets and its input's end offsets.
  'presswatch-keda': [
    ...[TOPICS.raw, TOPICS.clean, TOPICS.enriched].map((topic) => topicAcl(topic, ['Describe'])),
    ...Object.values(CONSUMER_GROUPS).map((group) => groupAcl(group, ['Describe'])),
  ],
};
