export * from './types.js';
export { createKafkaClient } from './client.js';
export { deleteTopicsAndGroups, ensureTopics, growPartitions, type TopicSpec } from './topics-admin.js';
export { MessageProducer } from './producer.js';
export { KafkaStageServer, type StageServerOptions } from './stage-server.js';
export { StageHandler, type StageHandlerOptions } from './stage-handler.decorator.js';
export { handleEachMessage } from './each-message.js';
export { childTraceparent, traceIdOf } from './trace-context.js';
export { backoffDelayMs } from './backoff.js';
export { deadLetterMessage } from './dead-letter.js';
export { readTopic, readWholeTopic, type ReadOptions } from './topic-reader.js';
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
