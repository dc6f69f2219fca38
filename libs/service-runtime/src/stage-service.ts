import { TOPICS, pipelineTopics } from '@presswatch/contracts';
import { ensureTopics } from '@presswatch/kafka-messaging';
import { bootstrapService, type RunningService } from './bootstrap.js';
import { createLogger } from './logger.js';
import type { RuntimeContext } from './runtime.module.js';

export interface StageServiceConfig {
  KAFKA_BROKERS: string[];
  KAFKA_PARTITIONS: number;
  HTTP_HOST: string;
  HTTP_PORT: number;
  LOG_LEVEL: string;
  MAX_RELEASE_BYTES: number;
  KAFKA_SESSION_TIMEOUT_MS: number;
  LIVENESS_STALL_SECONDS: number;
}

export interface StageServiceOptions {
  service: string;
  groupId: string;
  config: StageServiceConfig;
  batchSize: number;
  module: (runtime: RuntimeContext) => unknown;
}

/**
 * Starts a consuming stage (cleaner, enricher, indexer): makes sure the pipeline's topics exist with the
 * configured partitions (never left to broker auto-creation), then runs the hybrid app.
 */
export async function runStageService(options: StageServiceOptions): Promise<RunningService> {
  const { service, config } = options;
  const kafka = { brokers: config.KAFKA_BROKERS, clientId: `presswatch-${service}` };
  await ensureTopics(kafka, pipelineTopics(config.KAFKA_PARTITIONS), createLogger(service, config.LOG_LEVEL));
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
    },
  });
}
