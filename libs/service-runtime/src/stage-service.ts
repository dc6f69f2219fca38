import { TOPICS, serviceTopicSpecs, type PipelineService } from '@presswatch/contracts';
import { ensureTopics, type StageServerOptions } from '@presswatch/kafka-messaging';
import { bootstrapService, type RunningService } from './bootstrap.js';
import { serviceKafkaSettings, type BaseConfig } from './config.js';
import { createLogger } from './logger.js';
import type { RuntimeContext } from './runtime.module.js';

export interface StageServiceConfig extends BaseConfig {
  HTTP_PORT: number;
}

export interface StageServiceOptions {
  service: PipelineService;
  groupId: string;
  config: StageServiceConfig;
  batchSize: number;
  /** Consumer tuning of one stage: pooling batches across partitions, fetch sizes. */
  consumer?: Pick<StageServerOptions, 'gatherLingerMs' | 'partitionsConsumedConcurrently' | 'maxBytesPerPartition'>;
  module: (runtime: RuntimeContext) => unknown;
}

/**
 * Starts a consuming stage (cleaner, enricher, indexer): makes sure the topics it uses exist with the
 * configured partitions (never left to broker auto-creation), then runs the hybrid app.
 */
export async function runStageService(options: StageServiceOptions): Promise<RunningService> {
  const { service, config } = options;
  const kafka = serviceKafkaSettings(config, service);
  await ensureTopics(kafka, serviceTopicSpecs(service, config.KAFKA_PARTITIONS), createLogger(service, config.LOG_LEVEL), {
    create: config.KAFKA_CREATE_TOPICS,
  });
  return bootstrapService({
    service,
    httpHost: config.HTTP_HOST,
    httpPort: config.HTTP_PORT,
    logLevel: config.LOG_LEVEL,
    module: options.module,
    livenessStallSeconds: config.LIVENESS_STALL_SECONDS,
    stage: {
      kafka,
      groupId: options.groupId,
      stage: service,
      deadLetterTopic: TOPICS.deadLetter,
      batchSize: options.batchSize,
      maxMessageBytes: config.MAX_RELEASE_BYTES,
      sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
      ...options.consumer,
    },
  });
}
