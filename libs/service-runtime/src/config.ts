import { z } from 'zod';
import { DEFAULT_MAX_RELEASE_BYTES, type PipelineService } from '@presswatch/contracts';
import {
  brokerListSchema,
  checkKafkaSecurity,
  DEFAULT_KAFKA_BROKERS,
  kafkaSecurityEnvShape,
  kafkaSecurityOf,
  type KafkaSettings,
} from '@presswatch/kafka-messaging';

/** Settings every service shares; each service extends this schema with its own variables. */
export const baseEnvSchema = z
  .object({
    KAFKA_BROKERS: brokerListSchema('expected host:port').prefault(DEFAULT_KAFKA_BROKERS),
    KAFKA_PARTITIONS: z.coerce.number().int().min(1).max(1000).default(3),
    /** Create the service's missing topics at start-up (local); `false` where topics are declared (Strimzi KafkaTopic). */
    KAFKA_CREATE_TOPICS: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
    ...kafkaSecurityEnvShape,
    // Loopback unless told otherwise: a container or a host that must be reached sets HTTP_HOST itself.
    HTTP_HOST: z.string().min(1).default('127.0.0.1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Largest release message (its JSON, in bytes): refused by the fetcher, dead-lettered unread by a stage. */
    MAX_RELEASE_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(100 * 1024 * 1024)
      .default(DEFAULT_MAX_RELEASE_BYTES),
    /** Consuming stages: Kafka evicts a member it has not heard from for this long (the broker allows 6 s to 30 min). */
    KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(6000).max(1_800_000).default(30_000),
    /**
     * Consuming stages: /health/live fails once the consumer has been out of its group (stopped, crashed,
     * evicted) or behind without committing anything for longer than this, so the orchestrator restarts it.
     */
    LIVENESS_STALL_SECONDS: z.coerce.number().int().min(10).max(86_400).default(300),
    /**
     * Read by Node itself, not by the service: the V8 flags every service runs with are set once, in the
     * presswatch-common ConfigMap, which the local launcher (deploy/local/pipeline.mjs) reads as well.
     */
    NODE_OPTIONS: z.string().optional(),
  })
  .superRefine(checkKafkaSecurity);

export type BaseConfig = z.infer<typeof baseEnvSchema>;

/** The Kafka client settings of a service: its brokers, its client id (also its Kafka user's name), TLS and SASL. */
export function serviceKafkaSettings(config: BaseConfig, service: PipelineService): KafkaSettings {
  return { brokers: config.KAFKA_BROKERS, clientId: `presswatch-${service}`, ...kafkaSecurityOf(config) };
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Validates the environment once at start-up and fails with every problem listed, naming the variables,
 * rather than starting half-configured.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`invalid configuration:\n${problems.join('\n')}`);
}

/** A port variable with a per-service default. */
export const portVar = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
