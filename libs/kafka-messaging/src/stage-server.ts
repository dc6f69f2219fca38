import { Server, type CustomTransportStrategy, type MessageHandler } from '@nestjs/microservices';
import type { Consumer, EachBatchPayload, KafkaMessage } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { HEADERS } from '@presswatch/contracts';
import { backoffDelayMs, sleep } from '@presswatch/timing';
import { copyRawHeaders, createKafkaClient, decodeHeaders } from './client.js';
import { BulkGatherer, type BulkOutcome, type GatheredPart } from './bulk-gatherer.js';
import { ConsumerProgress } from './consumer-progress.js';
import { MessageProducer } from './producer.js';
import { deadLetterMessage } from './dead-letter.js';
import { describeError, membershipLost } from './kafka-errors.js';
import { publishOutputs, type Output } from './stage-outputs.js';
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
  /** Messages larger than this (bytes) are dead-lettered without being read. */
  maxMessageBytes?: number;
  /** Kafka evicts a member it has not heard from for this long. */
  sessionTimeoutMs?: number;
  /** Heartbeats go out this often, also while an operation (a handler, a publish, a commit) is in flight. */
  heartbeatIntervalMs?: number;
  /**
   * Batch handlers only: pool the partition batches handled concurrently into calls of exactly `batchSize`
   * messages, a partial call waiting this long for more (BulkGatherer). Unset: one call per partition chunk.
   */
  gatherLingerMs?: number;
  /** Partition batches handled at once (kafkajs `partitionsConsumedConcurrently`); gathering needs several. */
  partitionsConsumedConcurrently?: number;
  /** Bytes fetched per partition per request (kafkajs `maxBytesPerPartition`, 1 MiB by default). */
  maxBytesPerPartition?: number;
}

/** kafkajs's default response limit, and ours: below the broker's own (fetch.max.bytes, 55 MiB). */
const DEFAULT_FETCH_BYTES = 10 * 1024 * 1024;
const MAX_FETCH_BYTES = 50 * 1024 * 1024;

/** Thrown inside the retry loop when the consumer stops or the batch goes stale: the batch is abandoned uncommitted. */
class Abandoned extends Error {}

/**
 * A NestJS custom transport for pipeline stages, built on the Kafka client's batch API because the stock
 * Kafka transport consumes one message at a time, auto-commits and retries a poison message forever.
 *
 * Delivery is at-least-once: outputs and dead letters are acknowledged by Kafka before the input offsets
 * are committed. A message the handler rejects, or one over the size limit, goes to the dead-letter topic
 * with the reason and the stream goes on; a dependency outage (TransientFailure, or Kafka failing to
 * accept outputs) holds the partition and retries with jittered backoff while heartbeating, so nothing is
 * lost and nothing crash-loops. Losing group membership (eviction, rebalance) ends the batch uncommitted:
 * kafkajs rejoins and the batch is delivered again to whichever member owns the partition.
 */
export class KafkaStageServer extends Server implements CustomTransportStrategy {
  private consumer: Consumer | undefined;
  private producer: MessageProducer | undefined;
  private state: ConsumerState = 'starting';
  private readonly observer: StageObserver;
  private readonly batchSize: number;
  private readonly gatherers = new Map<string, BulkGatherer>();
  readonly progress = new ConsumerProgress();

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
    const { kafka: settings, groupId, logger, sessionTimeoutMs = 30_000, heartbeatIntervalMs = 3_000 } = this.options;
    const kafka = createKafkaClient(settings, logger);
    this.producer = new MessageProducer(kafka);
    await this.producer.connect();
    const consumer = kafka.consumer({
      groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: sessionTimeoutMs,
      heartbeatInterval: heartbeatIntervalMs,
      ...this.fetchSizes(),
    });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, (event) => {
      this.state = 'running';
      this.progress.joined(event.payload.memberAssignment);
    });
    consumer.on(consumer.events.REBALANCING, () => this.progress.left('rebalancing'));
    consumer.on(consumer.events.STOP, () => this.progress.left('stopped'));
    consumer.on(consumer.events.CRASH, (event) => {
      this.state = 'crashed';
      this.progress.left('crashed');
      logger.error({ error: String(event.payload.error), restart: event.payload.restart }, 'Kafka consumer crashed');
    });
    await consumer.connect();
    const topics = [...this.messageHandlers.keys()];
    await consumer.subscribe({ topics, fromBeginning: true });
    for (const topic of topics) this.observer.subscribed?.(topic, this.options.stage);
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
      eachBatch: (payload) => this.onBatch(payload),
    });
    logger.info({ topics, groupId, sessionTimeoutMs }, 'stage consumer started');
  }

  /**
   * Larger fetches per partition, and a response limit that leaves every partition handled at once its full
   * share (kafkajs lists partitions in the same order every time: past the limit, the last ones would starve).
   */
  private fetchSizes(): { maxBytesPerPartition?: number; maxBytes?: number } {
    const { maxBytesPerPartition: perPartition, partitionsConsumedConcurrently: partitions = 1 } = this.options;
    if (perPartition === undefined) return {};
    return {
      maxBytesPerPartition: perPartition,
      maxBytes: Math.min(MAX_FETCH_BYTES, Math.max(DEFAULT_FETCH_BYTES, perPartition * partitions)),
    };
  }

  private async onBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const handler = this.getHandlerByPattern(batch.topic);
    if (!handler) throw new Error(`no handler for topic ${batch.topic}`);
    const messages = batch.messages.map((message) => toIncoming(batch.topic, batch.partition, message));
    if (messages.length > 0) this.progress.fetched(batch.topic, batch.partition, batch.highWatermark, messages[0]!.offset);
    // Heartbeats go out all along the batch (handlers, publishes, commits, retries): a slow chunk on a busy
    // machine, or a bulk request waiting on a hung node, never costs the membership. Failures are only
    // logged by kafkajs here: a lost membership surfaces at the commit, which decides.
    const heartbeats = setInterval(() => void payload.heartbeat().catch(() => undefined), this.options.heartbeatIntervalMs ?? 3_000);
    try {
      // A gathering stage hands the whole batch over: the gatherer cuts the bulks, across partitions.
      const step = this.gathers(handler) ? messages.length : this.batchSize;
      for (let start = 0; start < messages.length; start += step) {
        const done = await this.processChunk(handler, messages.slice(start, start + step), payload);
        if (!done) break;
      }
    } catch (error) {
      if (error instanceof Abandoned) return;
      const lost = membershipLost(error);
      if (!lost) throw error;
      // The commit (or heartbeat) says this member no longer owns the partition: nothing of the batch is
      // committed, and kafkajs rejoins when the error reaches it; the owner then gets the batch again.
      this.progress.left('membership-lost');
      this.observer.rejoined?.(batch.topic);
      this.options.logger.warn(
        { topic: batch.topic, partition: batch.partition, offset: messages[0]?.offset, error: describeError(lost) },
        'group membership lost: batch left uncommitted for redelivery, rejoining',
      );
      throw lost;
    } finally {
      clearInterval(heartbeats);
    }
  }

  /** Handles, publishes and commits a chunk; false when part of it was deferred to the next fetch. */
  private async processChunk(handler: MessageHandler, whole: IncomingMessage[], payload: EachBatchPayload): Promise<boolean> {
    const { topic, partition } = payload.batch;
    const began = process.hrtime.bigint();
    const { admitted, oversized: over } = this.admit(whole);
    const run = this.gathers(handler)
      ? this.runGathered.bind(this)
      : handler.extras?.['batch'] === true
        ? this.runBatch.bind(this)
        : this.runEach.bind(this);
    const result: GatheredPart = admitted.length === 0 ? { outgoing: [], deadLetters: [] } : await run(handler, admitted, payload);
    // Deferred messages (and the oversized among them) are left for the next fetch, uncommitted.
    const cutoff = result.deferredFrom === undefined ? undefined : BigInt(admitted[result.deferredFrom]!.offset);
    const before = (message: IncomingMessage) => cutoff === undefined || BigInt(message.offset) < cutoff;
    const chunk = whole.filter(before);
    if (chunk.length === 0) return false;
    const oversized = over.filter((request) => before(request.message));
    const deadLetters = [...oversized, ...result.deadLetters];
    for (const request of deadLetters) this.logDeadLetter(request);
    const outputs: Output[] = [
      ...result.outgoing,
      ...deadLetters.map((letter) => ({ message: this.deadLetter(letter), origin: letter.message, letter })),
    ];
    const last = chunk[chunk.length - 1]!;
    const span = { offset: chunk[0]!.offset, lastOffset: last.offset };
    const context = {
      producer: this.producer!,
      deadLetter: (request: DeadLetterRequest, maxBytes?: number) => this.deadLetter(request, maxBytes),
      deadLettered: (request: DeadLetterRequest) => this.logDeadLetter(request),
      logger: this.options.logger,
    };
    const published = await this.retrying(payload, 'publish outputs', () => publishOutputs(outputs, context), span);
    payload.resolveOffset(last.offset);
    const next = (BigInt(last.offset) + 1n).toString();
    await this.retrying(payload, 'commit offsets', () => this.consumer!.commitOffsets([{ topic, partition, offset: next }]), span);
    this.progress.committed(topic, partition, next);
    this.record(topic, chunk.length, deadLetters.length + published.deadLettered, published.dropped, published.sent, began);
    await payload.heartbeat();
    return cutoff === undefined;
  }

  /** Messages over the size limit are dead-lettered unread: parsing them would stall the stage. */
  private admit(chunk: IncomingMessage[]): { admitted: IncomingMessage[]; oversized: DeadLetterRequest[] } {
    const limit = this.options.maxMessageBytes ?? Number.POSITIVE_INFINITY;
    const admitted: IncomingMessage[] = [];
    const oversized: DeadLetterRequest[] = [];
    for (const message of chunk) {
      const size = message.value?.length ?? 0;
      if (size > limit) oversized.push({ message, reason: `oversized: ${size} bytes, over the ${limit}-byte limit (MAX_RELEASE_BYTES)` });
      else admitted.push(message);
    }
    return { admitted, oversized };
  }

  private deadLetter(request: DeadLetterRequest, maxBytes?: number): OutgoingMessage {
    return deadLetterMessage(request, this.options.stage, this.options.deadLetterTopic, maxBytes === undefined ? {} : { maxBytes });
  }

  private record(topic: string, count: number, deadLettered: number, dropped: number, sent: OutgoingMessage[], began: bigint): void {
    this.observer.consumed(topic, 'ok', count - deadLettered - dropped);
    if (deadLettered > 0) {
      this.observer.consumed(topic, 'dead-lettered', deadLettered);
      this.observer.deadLettered?.(topic, this.options.stage, deadLettered);
    }
    if (dropped > 0) this.observer.consumed(topic, 'dropped', dropped);
    const perTopic = new Map<string, number>();
    for (const message of sent) perTopic.set(message.topic, (perTopic.get(message.topic) ?? 0) + 1);
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
  private async runEach(handler: MessageHandler, chunk: IncomingMessage[], payload: EachBatchPayload): Promise<BulkOutcome> {
    const outgoing: Output[] = [];
    const deadLetters: DeadLetterRequest[] = [];
    for (const message of chunk) {
      const result = await this.retrying(
        payload,
        'handle message',
        async () => {
          try {
            return await this.invoke(handler, message);
          } catch (error) {
            if (error instanceof TransientFailure) throw error;
            return { deadLetters: [{ message, reason: describeError(error) }] } satisfies StageResult;
          }
        },
        messageLogFields(message),
      );
      outgoing.push(...withTrace(result.outgoing ?? [], message).map((output) => ({ message: output, origin: message })));
      deadLetters.push(...(result.deadLetters ?? []));
      // Handlers are synchronous CPU work: yield between messages so heartbeats and health probes get through.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return { outgoing, deadLetters };
  }

  private gathers(handler: MessageHandler): boolean {
    return this.options.gatherLingerMs !== undefined && handler.extras?.['batch'] === true;
  }

  /** Batch handlers report per-item dead letters themselves; a throw means the whole batch must be retried. */
  private async runBatch(handler: MessageHandler, chunk: IncomingMessage[], payload: EachBatchPayload): Promise<BulkOutcome> {
    return this.retrying(payload, 'handle batch', () => this.handleBatch(handler, chunk), spanOf(chunk));
  }

  /** The batch joins the bulks of the partitions handled meanwhile; a failed bulk fails it whole, for a retry. */
  private async runGathered(handler: MessageHandler, chunk: IncomingMessage[], payload: EachBatchPayload): Promise<GatheredPart> {
    const { topic, highWatermark } = payload.batch;
    let gatherer = this.gatherers.get(topic);
    if (!gatherer) {
      gatherer = new BulkGatherer({
        size: this.batchSize,
        lingerMs: this.options.gatherLingerMs ?? 0,
        run: (messages) => this.handleBatch(handler, messages),
      });
      this.gatherers.set(topic, gatherer);
    }
    const moreBehind = BigInt(highWatermark) - 1n > BigInt(chunk[chunk.length - 1]!.offset);
    const submission = { messages: chunk, moreBehind };
    return this.retrying(payload, 'handle batch', () => gatherer.submit(submission), spanOf(chunk));
  }

  private async handleBatch(handler: MessageHandler, chunk: IncomingMessage[]): Promise<BulkOutcome> {
    let result: StageResult;
    try {
      result = await this.invoke(handler, chunk);
    } catch (error) {
      if (!(error instanceof PermanentFailure)) throw error;
      result = { deadLetters: chunk.map((message) => ({ message, reason: describeError(error) })) };
    }
    // The input a refused output came from: as the handler says, else the input with the output's key.
    const byKey = new Map(chunk.map((message) => [message.key, message]));
    const originOf = (message: OutgoingMessage, position: number) =>
      result.origins?.[position] ?? (typeof message.key === 'string' ? byKey.get(message.key) : undefined) ?? null;
    const outgoing = (result.outgoing ?? []).map((message, position) => ({ message, origin: originOf(message, position) }));
    return { outgoing, deadLetters: result.deadLetters ?? [] };
  }

  private async invoke(handler: MessageHandler, data: IncomingMessage | IncomingMessage[]): Promise<StageResult> {
    const result: unknown = await lastValueFrom(this.transformToObservable(await handler(data)), { defaultValue: {} });
    return (result ?? {}) as StageResult;
  }

  /**
   * Retries an operation with jittered backoff for as long as the consumer owns the partition; between
   * attempts a heartbeat tells whether the group still counts this member. Gives up (uncommitted) when the
   * consumer stops or the batch goes stale, and hands a lost membership back to onBatch at once.
   */
  private async retrying<T>(payload: EachBatchPayload, what: string, operation: () => Promise<T>, where: object = {}): Promise<T> {
    const { retryInitialMs = 500, retryMaxMs = 30_000 } = this.options;
    for (let attempt = 0; ; attempt++) {
      try {
        const value = await operation();
        if (attempt > 0) this.state = 'running';
        return value;
      } catch (error) {
        if (membershipLost(error)) throw error;
        if (!payload.isRunning() || payload.isStale()) throw new Abandoned();
        this.state = 'retrying';
        this.observer.consumed(payload.batch.topic, 'retried', 1);
        const delay = backoffDelayMs(attempt, retryInitialMs, retryMaxMs);
        childLogger(this.options.logger, { topic: payload.batch.topic, partition: payload.batch.partition, ...where }).warn(
          { attempt, delayMs: delay, error: describeError(error) },
          `${what} failed, retrying`,
        );
        for (let waited = 0; waited < delay; waited += 1000) {
          await sleep(Math.min(1000, delay - waited));
          if (!payload.isRunning() || payload.isStale()) throw new Abandoned();
          await payload.heartbeat().catch((heartbeatError: unknown) => {
            // A rebalance or an eviction: stop waiting, so the group is not held up by this member.
            if (membershipLost(heartbeatError)) throw heartbeatError;
          });
        }
      }
    }
  }
}

function spanOf(chunk: IncomingMessage[]): object {
  return { offset: chunk[0]?.offset, lastOffset: chunk[chunk.length - 1]?.offset };
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
