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
  /** Header values decoded as UTF-8 text (the last one of a repeated header), for handlers. */
  headers: Record<string, string>;
  timestamp: string;
  /** The key and headers exactly as received (bytes, every value of a repeated header), where the reader kept them. */
  rawKey?: Buffer | null;
  rawHeaders?: RawHeaders;
}

/** Kafka headers as bytes: a header may repeat, and its value need not be text. */
export type RawHeaders = Record<string, Buffer[]>;

export interface OutgoingMessage {
  topic: string;
  /** Text (UTF-8) or exact bytes: a replay republishes the original bytes. */
  key: string | Buffer | null;
  /** Text (JSON) or exact bytes. */
  value: string | Buffer;
  headers?: Record<string, string>;
  /** Headers as bytes, sent as they are (a `headers` entry of the same name wins). */
  rawHeaders?: RawHeaders;
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

/** TLS and SASL of the client (see security.ts for the environment variables). */
export interface KafkaSecurity {
  /** TLS, verified against the system CAs or the PEM CA in `caFile`. */
  ssl?: { caFile?: string };
  sasl?: { mechanism: 'scram-sha-512' | 'scram-sha-256'; username: string; password: string };
}

export interface KafkaSettings extends KafkaSecurity {
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
  /**
   * Batch handlers: the input each output was made from (same positions as `outgoing`), so an output Kafka
   * refuses becomes that input's dead letter. Without it, outputs are matched to inputs by key.
   */
  origins?: IncomingMessage[];
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
  /** The stage subscribed to `topic`: counters can start at 0, so the first increment shows in increase(). */
  subscribed?(topic: string, stage: string): void;
  /** The consumer lost its group membership mid-batch; the batch is redelivered after it rejoins. */
  rejoined?(topic: string): void;
}

export type ConsumedOutcome = 'ok' | 'dead-lettered' | 'retried' | 'dropped';

const ignore = (): void => undefined;
export const noopObserver: StageObserver = { consumed: ignore, produced: ignore, processed: ignore };
