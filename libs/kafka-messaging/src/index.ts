export * from './types.js';
export { createKafkaClient } from './client.js';
export { DEFAULT_KAFKA_BROKERS, brokerListSchema } from './brokers.js';
export { grantAcls } from './acls.js';
export { kafkaSecurityEnvShape, kafkaSecurityEnvSchema, checkKafkaSecurity, kafkaSecurityOf, kafkaSecurityFromEnv } from './security.js';
export { deleteTopicsAndGroups, ensureTopics, growPartitions, type TopicSpec } from './topics-admin.js';
export { MessageProducer } from './producer.js';
export { KafkaStageServer, type StageServerOptions } from './stage-server.js';
export { StageHandler, type StageHandlerOptions } from './stage-handler.decorator.js';
export { handleEachMessage } from './each-message.js';
export { childTraceparent, traceIdOf } from './trace-context.js';
export { deadLetterMessage } from './dead-letter.js';
export { ConsumerProgress } from './consumer-progress.js';
export { readTopic, readWholeTopic, readTopicSince, type ReadOptions } from './topic-reader.js';
export { childLogger, messageLogFields, parseTraceparent } from './trace-context.js';
export {
  OffsetReader,
  computeLag,
  type PartitionEndOffsets,
  type GroupPartitionOffset,
  type GroupOffsets,
  type GroupSubscription,
  type PartitionLag,
} from './offsets.js';
