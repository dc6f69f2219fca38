import { Server, type CustomTransportStrategy, type MessageHandler } from '@nestjs/microservices';
import type { Consumer, EachBatchPayload, KafkaMessage } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { HEADERS } from '@presswatch/contracts';
import { copyRawHeaders, createKafkaClient, decodeHeaders } from './client.js';
import { MessageProducer } from './producer.js';
import { deadLetterMessage } from './dead-letter.js';
import { backoffDelayMs, sleep } from './backoff.js';
import { childLogger, childTraceparent, messageLogFields } from './trace-context.js';
import {
  PermanentFailure,
  TransientFailure,
  noopObserver,
  type ConsumerState,
  type IncomingMessage,
  type KafkaSettings,
  type OutgoingMessage,
  type StageObserver,
  type DeadLetterRequest,
  type StageResult,
  type StructuredLogger,
} from './types.js';

export interface StageServerOptions {
  kafka: KafkaSettings;
  groupId: string;
  /** Name of the stage, recorded in dead letters. */
  stage: string;
  deadLetterTopic: string;
  logger: StructuredLogger;
  observer?: StageObserver;
  /** Messages per handler call for batch handlers, and per commit for per-message handlers. */
  batchSize?: number;
  retryInitialMs?: number;
  retryMaxMs?: number;
}

/** Thrown inside the retry loop when the consumer stops or loses the partition: the batch is abandoned uncommitted. */
class Abandoned extends Error {}

/**
 * A NestJS custom transport for pipeline stages, built on the Kafka client's batch API because the stock
 * Kafka transport consumes one message at a time, auto-commits and retries a poison message forever.
 *
 * Delivery is at-least-once: outputs and dead letters are acknowledged by Kafka before the input offsets
 * are committed. A message the handler rejects goes to the dead-letter topic with the reason and the stream
 * goes on; a dependency outage (TransientFailure, or Kafka itself failing to accept outputs) holds the
 * partition and retries with jittered backoff while heartbeating, so nothing is lost and nothing crash-loops.
 */
export class KafkaStageServer extends Server implements CustomTransportStrategy {
  private consumer: Consumer | undefined;
  private producer: MessageProducer | undefined;
  private state: ConsumerState = 'starting';
  private readonly observer: StageObserver;
  private readonly batchSize: number;

  constructor(private readonly options: StageServerOptions) {
    super();
    this.observer = options.observer ?? noopObserver;
    this.batchSize = options.batchSize ?? 100;
  }

  get consumerState(): ConsumerState {
    return this.state;
  }

  listen(callback: (error?: unknown) => void): void {
    this.start().then(
      () => callback(),
      (error: unknown) => callback(error),
    );
  }

  async close(): Promise<void> {
    this.state = 'stopped';
    // Stop consuming first so no new batch starts, then flush the producer.
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
  }

  on(): never {
    throw new Error('KafkaStageServer does not expose client events');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  private async start(): Promise<void> {
    const { kafka: settings, groupId, logger } = this.options;
    const kafka = createKafkaClient(settings, logger);
    this.producer = new MessageProducer(kafka);
    await this.producer.connect();
    const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false, sessionTimeout: 30_000, heartbeatInterval: 3_000 });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => (this.state = 'running'));
    consumer.on(consumer.events.CRASH, (event) => {
      this.state = 'crashed';
      logger.error({ error: String(event.payload.error), restart: event.payload.restart }, 'Kafka consumer crashed');
    });
    await consumer.connect();
    const topics = [...this.messageHandlers.keys()];
    await consumer.subscribe({ topics, fromBeginning: true });
    for (const topic of topics) this.observer.subscribed?.(topic, this.options.stage);
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.onBatch(payload),
    });
    logger.info({ topics, groupId }, 'stage consumer started');
  }

  private async onBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const handler = this.getHandlerByPattern(batch.topic);
    if (!handler) throw new Error(`no handler for topic ${batch.topic}`);
    const messages = batch.messages.map((message) => toIncoming(batch.topic, batch.partition, message));
    try {
      for (let start = 0; start < messages.length; start += this.batchSize) {
        const chunk = messages.slice(start, start + this.batchSize);
        const began = process.hrtime.bigint();
        const result = handler.extras?.['batch'] === true ? await this.runBatch(handler, chunk, payload) : await this.runEach(handler, chunk, payload);
        const deadLetters = (result.deadLetters ?? []).map((request) => {
          this.logDeadLetter(request);
          return deadLetterMessage(request, this.options.stage, this.options.deadLetterTopic);
        });
        const outgoing = [...(result.outgoing ?? []), ...deadLetters];
        const last = chunk[chunk.length - 1]!;
        const span = { offset: chunk[0]!.offset, lastOffset: last.offset };
        await this.retrying(payload, 'publish outputs', () => this.producer!.send(outgoing), span);
        payload.resolveOffset(last.offset);
        await this.retrying(
          payload,
          'commit offsets',
          () => this.consumer!.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(last.offset) + 1n).toString() }]),
          span,
        );
        this.record(batch.topic, chunk.length, deadLetters.length, outgoing, began);
        await payload.heartbeat();
      }
    } catch (error) {
      if (error instanceof Abandoned) return;
      throw error;
    }
  }

  private record(topic: string, count: number, deadLettered: number, outgoing: OutgoingMessage[], began: bigint): void {
    this.observer.consumed(topic, 'ok', count - deadLettered);
    if (deadLettered > 0) {
      this.observer.consumed(topic, 'dead-lettered', deadLettered);
      this.observer.deadLettered?.(topic, this.options.stage, deadLettered);
    }
    const perTopic = new Map<string, number>();
    for (const message of outgoing) perTopic.set(message.topic, (perTopic.get(message.topic) ?? 0) + 1);
    for (const [name, produced] of perTopic) this.observer.produced(name, produced);
    this.observer.processed(topic, Number(process.hrtime.bigint() - began) / 1e9);
  }

  /** One warning per dead-lettered message, with its coordinates and trace id, so it can be found and replayed. */
  private logDeadLetter(request: DeadLetterRequest): void {
    childLogger(this.options.logger, messageLogFields(request.message)).warn(
      { stage: this.options.stage, key: request.message.key, reason: request.reason.slice(0, 1000) },
      'message dead-lettered',
    );
  }

  /** Per-message handlers: each failure is that message's own and goes to the dead-letter topic. */
  private async runEach(handler: MessageHandler, chunk: IncomingMessage[], payload: EachBatchPayload): Promise<StageResult> {
    const outgoing: OutgoingMessage[] = [];
    const deadLetters: StageResult['deadLetters'] = [];
    for (const message of chunk) {
      const result = await this.retrying(payload, 'handle message', async () => {
        try {
          return await this.invoke(handler, message);
        } catch (error) {
          if (error instanceof TransientFailure) throw error;
          return { deadLetters: [{ message, reason: describe(error) }] } satisfies StageResult;
        }
      }, messageLogFields(message));
      outgoing.push(...withTrace(result.outgoing ?? [], message));
      deadLetters.push(...(result.deadLetters ?? []));
    }
    return { outgoing, deadLetters };
  }

  /** Batch handlers report per-item dead letters themselves; a throw means the whole batch must be retried. */
  private async runBatch(handler: MessageHandler, chunk: IncomingMessage[], payload: EachBatchPayload): Promise<StageResult> {
    return this.retrying(payload, 'handle batch', async () => {
      try {
        return await this.invoke(handler, chunk);
      } catch (error) {
        if (error instanceof PermanentFailure) return { deadLetters: chunk.map((message) => ({ message, reason: describe(error) })) };
        throw error;
      }
    }, { offset: chunk[0]?.offset, lastOffset: chunk[chunk.length - 1]?.offset });
  }

  private async invoke(handler: MessageHandler, data: IncomingMessage | IncomingMessage[]): Promise<StageResult> {
    const result: unknown = await lastValueFrom(this.transformToObservable(await handler(data)), { defaultValue: {} });
    return (result ?? {}) as StageResult;
  }

  /**
   * Retries an operation with jittered backoff for as long as the consumer owns the partition, heartbeating
   * so the group does not evict it; gives up (uncommitted) when the consumer stops or the batch goes stale.
   */
  private async retrying<T>(payload: EachBatchPayload, what: string, operation: () => Promise<T>, where: object = {}): Promise<T> {
    const { retryInitialMs = 500, retryMaxMs = 30_000 } = this.options;
    for (let attempt = 0; ; attempt++) {
      try {
        const value = await operation();
        if (attempt > 0) this.state = 'running';
        return value;
      } catch (error) {
        if (!payload.isRunning() || payload.isStale()) throw new Abandoned();
        this.state = 'retrying';
        this.observer.consumed(payload.batch.topic, 'retried', 1);
        const delay = backoffDelayMs(attempt, retryInitialMs, retryMaxMs);
        childLogger(this.options.logger, { topic: payload.batch.topic, partition: payload.batch.partition, ...where }).warn(
          { attempt, delayMs: delay, error: describe(error) },
          `${what} failed, retrying`,
        );
        for (let waited = 0; waited < delay; waited += 1000) {
          await sleep(Math.min(1000, delay - waited));
          if (!payload.isRunning() || payload.isStale()) throw new Abandoned();
          await payload.heartbeat().catch(() => undefined);
        }
      }
    }
  }
}

function toIncoming(topic: string, partition: number, message: KafkaMessage): IncomingMessage {
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key === null ? null : message.key.toString(),
    value: message.value,
    headers: decodeHeaders(message.headers),
    timestamp: message.timestamp,
    rawKey: message.key,
    rawHeaders: copyRawHeaders(message.headers),
  };
}

/** Outputs carry the input's trace on as a child span unless the handler set one. */
function withTrace(outgoing: OutgoingMessage[], input: IncomingMessage): OutgoingMessage[] {
  return outgoing.map((message) => ({
    ...message,
    headers: { [HEADERS.traceparent]: childTraceparent(input.headers[HEADERS.traceparent]), ...message.headers },
  }));
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
