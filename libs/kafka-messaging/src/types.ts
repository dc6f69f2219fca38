/**
 * The project's own view of Kafka messages. Nothing outside this lib sees kafkajs types, so the client
 * can be swapped (e.g. for a librdkafka-based one) without touching the services.
 */
export interface IncomingMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
  timestamp: string;
}

export interface OutgoingMessage {
  topic: string;
  key: string | null;
  /** Text (JSON) or exact bytes. */
  value: string | Buffer;
  headers?: Record<string, string>;
}

/** Minimal structured logger (pino satisfies it). */
export interface StructuredLogger {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
  /** pino's child loggers: fields bound once, on every line. */
  child?(bindings: object): StructuredLogger;
}

export interface KafkaSettings {
  brokers: string[];
  clientId: string;
  /** Connection timeout and request retries are bounded so start-up fails clearly instead of hanging. */
  connectionTimeoutMs?: number;
}

/** A handler's failure that retrying cannot fix: the message goes to the dead-letter topic. */
export class PermanentFailure extends Error {
  override readonly name = 'PermanentFailure';
}

/** A failure of a dependency (e.g. OpenSearch down): the stage pauses and retries, it never dead-letters. */
export class TransientFailure extends Error {
  override readonly name = 'TransientFailure';
}

export interface DeadLetterRequest {
  message: IncomingMessage;
  reason: string;
}

/** What a stage handler hands back: messages to publish and messages to dead-letter. */
export interface StageResult {
  outgoing?: OutgoingMessage[];
  deadLetters?: DeadLetterRequest[];
}

export type ConsumerState = 'starting' | 'running' | 'retrying' | 'crashed' | 'stopped';

/** Hooks the service runtime uses for metrics, kept free of any metrics library. */
export interface StageObserver {
  /** 'dropped': Kafka refused both the output and its dead letter (logged; the input stays on its topic). */
  consumed(topic: string, outcome: ConsumedOutcome, count: number): void;
  produced(topic: string, count: number): void;
  processed(topic: string, seconds: number): void;
  /** Messages of `topic` the stage sent to the dead-letter topic (also counted in consumed 'dead-lettered'). */
  deadLettered?(topic: string, stage: string, count: number): void;
  /** The consumer lost its group membership mid-batch; the batch is redelivered after it rejoins. */
  rejoined?(topic: string): void;
}

export type ConsumedOutcome = 'ok' | 'dead-lettered' | 'retried' | 'dropped';

const ignore = (): void => undefined;
export const noopObserver: StageObserver = { consumed: ignore, produced: ignore, processed: ignore };
