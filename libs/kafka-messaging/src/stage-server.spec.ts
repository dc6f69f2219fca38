import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MessageHandler } from '@nestjs/microservices';
import { parseDeadLetter } from '@presswatch/contracts';
import { KafkaStageServer, type StageServerOptions } from './stage-server.js';
import {
  PermanentFailure,
  TransientFailure,
  type IncomingMessage,
  type OutgoingMessage,
  type StageObserver,
  type StructuredLogger,
} from './types.js';

const TRACE = '0af7651916cd43dd8448eb211c80319c';

interface Line {
  level: string;
  fields: object;
  message: string;
}

function recordingLogger(lines: Line[], bound: object = {}): StructuredLogger {
  const at = (level: string) => (fields: object, message: string) => void lines.push({ level, fields: { ...bound, ...fields }, message });
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (more) => recordingLogger(lines, { ...bound, ...more }),
  };
}

/** kafkajs's shape for broker errors: a protocol error with a type, wrapped by its retrier. */
function kafkaError(type: string): Error {
  const inner = Object.assign(new Error(type), { name: 'KafkaJSProtocolError', type });
  return Object.assign(new Error(inner.message, { cause: inner }), { name: 'KafkaJSNonRetriableError' });
}

interface Fakes {
  /** Sends that throw this before succeeding (an outage). */
  failSends?: number;
  /** The broker refuses messages whose value is longer than this. */
  brokerLimit?: number;
  commit?: () => Promise<void>;
  heartbeat?: () => Promise<void>;
  values?: Buffer[];
  /** The partition's high watermark at the fetch (default: just after the batch). */
  highWatermark?: string;
  /** The handler is a batch handler (`@StageHandler(topic, { batch: true })`). */
  batch?: boolean;
  options?: Partial<StageServerOptions>;
}

/** Drives one fetched batch through the server with the consumer and producer replaced by fakes. */
async function runBatch(handle: (message: IncomingMessage) => unknown, fakes: Fakes = {}) {
  const lines: Line[] = [];
  const observed: string[] = [];
  const observer: StageObserver = {
    consumed: (topic, outcome, count) => void observed.push(`consumed ${topic} ${outcome} ${count}`),
    produced: (topic, count) => void observed.push(`produced ${topic} ${count}`),
    processed: () => undefined,
    deadLettered: (topic, stage, count) => void observed.push(`dead-lettered ${topic} ${stage} ${count}`),
    rejoined: (topic) => void observed.push(`rejoined ${topic}`),
  };
  const server = new KafkaStageServer({
    kafka: { brokers: ['127.0.0.1:1'], clientId: 'spec' },
    groupId: 'g',
    stage: 'cleaner',
    deadLetterTopic: 'dlq',
    logger: recordingLogger(lines),
    observer,
    retryInitialMs: 1,
    retryMaxMs: 2,
    ...fakes.options,
  });
  const calls: string[] = [];
  const each = async (message: IncomingMessage) => {
    calls.push(message.offset);
    return handle(message);
  };
  const handleBatch = async (messages: IncomingMessage[]) => {
    const results = await Promise.all(messages.map(each));
    return { outgoing: results.flatMap((result) => (result as { outgoing?: OutgoingMessage[] }).outgoing ?? []) };
  };
  const handler = Object.assign(fakes.batch ? handleBatch : each, { isEventHandler: true }) as unknown as MessageHandler;
  server.addHandler('in', handler, true, { batch: fakes.batch === true });
  const sent: OutgoingMessage[] = [];
  let failures = fakes.failSends ?? 0;
  const limit = fakes.brokerLimit ?? Number.POSITIVE_INFINITY;
  const internals = server as unknown as { producer: unknown; consumer: unknown; onBatch(payload: unknown): Promise<void> };
  internals.producer = {
    sendOrRefuse: async (messages: OutgoingMessage[]) => {
      if (failures-- > 0) throw new Error('broker unavailable');
      const refused = messages
        .filter((message) => message.value.length > limit)
        .map((message) => ({ message, reason: 'MESSAGE_TOO_LARGE' }));
      sent.push(...messages.filter((message) => message.value.length <= limit));
      return refused;
    },
  };
  const commits: unknown[] = [];
  internals.consumer = {
    commitOffsets: async (offsets: unknown[]) => {
      await fakes.commit?.();
      commits.push(...offsets);
    },
  };
  let heartbeats = 0;
  const resolved: string[] = [];
  const values = fakes.values ?? [Buffer.from('{}'), Buffer.from('{}')];
  const message = (value: Buffer, position: number) => ({
    offset: String(10 + position),
    key: Buffer.from(`k${10 + position}`),
    value,
    headers: { traceparent: `00-${TRACE}-b7ad6b7169203331-01` },
    timestamp: '0',
  });
  const outcome = await internals
    .onBatch({
      batch: { topic: 'in', partition: 1, highWatermark: fakes.highWatermark ?? String(10 + values.length), messages: values.map(message) },
      resolveOffset: (offset: string) => void resolved.push(offset),
      heartbeat: async () => {
        heartbeats++;
        await fakes.heartbeat?.();
      },
      isRunning: () => true,
      isStale: () => false,
    })
    .then(
      () => null,
      (error: unknown) => error,
    );
  return { lines, observed, sent, commits, calls, heartbeats, outcome, resolved, progress: server.progress };
}

const forward = (message: IncomingMessage) => ({ outgoing: [{ topic: 'out', key: message.key, value: 'x' }] });

test('each dead-lettered message is logged with its coordinates and trace id, and counted per stage', async () => {
  const { lines, observed, sent, commits } = await runBatch((message) => {
    if (message.offset === '11') throw new PermanentFailure('empty-body');
    return forward(message);
  });
  const warning = lines.find((line) => line.message === 'message dead-lettered');
  assert.deepEqual(warning?.fields, {
    topic: 'in',
    partition: 1,
    offset: '11',
    trace_id: TRACE,
    stage: 'cleaner',
    key: 'k11',
    reason: 'PermanentFailure: empty-body',
  });
  assert.equal(lines.filter((line) => line.message === 'message dead-lettered').length, 1);
  assert.deepEqual(observed, [
    'consumed in ok 1',
    'consumed in dead-lettered 1',
    'dead-lettered in cleaner 1',
    'produced out 1',
    'produced dlq 1',
  ]);
  // behaviour unchanged: output keeps the trace, the dead letter is published, the offset after the batch is committed
  assert.equal(traceOf(sent.find((entry) => entry.topic === 'out')), TRACE);
  assert.ok(sent.some((entry) => entry.topic === 'dlq'));
  assert.deepEqual(commits, [{ topic: 'in', partition: 1, offset: '12' }]);
});

test('each retry is logged with topic, partition and the offsets it holds', async () => {
  const { lines, commits } = await runBatch(forward, { failSends: 2 });
  const retries = lines.filter((line) => line.message === 'publish outputs failed, retrying');
  assert.equal(retries.length, 2);
  assert.deepEqual(
    retries.map(({ fields }) => ({ ...fields, delayMs: undefined })),
    [0, 1].map((attempt) => ({
      topic: 'in',
      partition: 1,
      offset: '10',
      lastOffset: '11',
      attempt,
      delayMs: undefined,
      error: 'Error: broker unavailable',
    })),
  );
  assert.equal(commits.length, 1);
});

test('a commit for a membership the group has voided is dropped at once and handed to kafkajs to rejoin', async () => {
  let attempts = 0;
  const { outcome, commits, observed, lines, progress } = await runBatch(forward, {
    commit: async () => {
      attempts++;
      throw kafkaError('UNKNOWN_MEMBER_ID');
    },
  });
  assert.equal(attempts, 1, 'never retried');
  assert.deepEqual(commits, []);
  // the protocol error itself (with its type) reaches kafkajs, whose runner rejoins on it
  assert.equal((outcome as { type?: string }).type, 'UNKNOWN_MEMBER_ID');
  assert.ok(observed.includes('rejoined in'));
  assert.ok(lines.some((line) => line.message.startsWith('group membership lost')));
  assert.equal(progress.isMember(), false);
});

test('a rebalance noticed while waiting out an outage ends the batch instead of holding the group', async () => {
  let calls = 0;
  const { outcome, commits } = await runBatch(
    () => {
      calls++;
      throw new TransientFailure('OpenSearch unavailable');
    },
    { heartbeat: async () => Promise.reject(kafkaError('REBALANCE_IN_PROGRESS')), options: { retryInitialMs: 5, retryMaxMs: 5 } },
  );
  assert.equal((outcome as { type?: string }).type, 'REBALANCE_IN_PROGRESS');
  assert.equal(calls, 1);
  assert.deepEqual(commits, []);
});

test('heartbeats go out while a slow operation is in flight', async () => {
  const { heartbeats, commits } = await runBatch(
    async (message) => {
      await new Promise((resolve) => setTimeout(resolve, 60));
      return forward(message);
    },
    { values: [Buffer.from('{}')], options: { heartbeatIntervalMs: 10 } },
  );
  assert.ok(heartbeats >= 4, `${heartbeats} heartbeats during 60 ms with a 10 ms interval`);
  assert.equal(commits.length, 1);
});

test('a message over the size limit is dead-lettered unread, reduced to fit, and the rest goes on', async () => {
  const big = Buffer.alloc(1_200_000, 0x7b);
  const { calls, sent, commits } = await runBatch(forward, { values: [big, Buffer.from('{}')], options: { maxMessageBytes: 1_000_000 } });
  assert.deepEqual(calls, ['11'], 'the handler never saw the oversized message');
  const letter = parseDeadLetter(JSON.parse(String(sent.find((entry) => entry.topic === 'dlq')!.value)));
  assert.match(letter.reason, /^oversized: 1200000 bytes, over the 1000000-byte limit/);
  assert.equal(letter.reduced, true);
  assert.equal(letter.original.offset, '10');
  assert.deepEqual(commits, [{ topic: 'in', partition: 1, offset: '12' }]);
});

test('an output the broker refuses for good becomes a dead letter of its input instead of an endless retry', async () => {
  const { sent, commits, observed } = await runBatch(
    (message) => ({ outgoing: [{ topic: 'out', key: message.key, value: message.offset === '10' ? 'x'.repeat(5000) : 'x' }] }),
    { brokerLimit: 4000 },
  );
  const letter = parseDeadLetter(JSON.parse(String(sent.find((entry) => entry.topic === 'dlq')!.value)));
  assert.equal(letter.original.offset, '10');
  assert.match(letter.reason, /output refused by Kafka/);
  assert.equal(sent.filter((entry) => entry.topic === 'out').length, 1);
  assert.deepEqual(commits, [{ topic: 'in', partition: 1, offset: '12' }]);
  assert.ok(observed.includes('consumed in dead-lettered 1'));
});

test('progress follows fetches and commits, so liveness knows the stage is caught up', async () => {
  const { progress } = await runBatch(forward);
  assert.deepEqual(progress.lag(), [{ topic: 'in', partition: 1, lag: 0 }]);
});

function traceOf(message: OutgoingMessage | undefined): string | undefined {
  return message?.headers?.['traceparent']?.split('-')[1];
}

test('a gathering batch handler commits what its full bulk held and leaves the rest of a lagging partition uncommitted', async () => {
  const values = [0, 1, 2, 3, 4].map(() => Buffer.from('{}'));
  const { calls, commits, resolved, sent } = await runBatch(forward, {
    batch: true,
    values,
    highWatermark: '100',
    options: { batchSize: 2, gatherLingerMs: 5 },
  });
  assert.deepEqual(calls, ['10', '11', '12', '13'], 'two full bulks; the fifth message waits for the next fetch');
  assert.deepEqual(commits, [{ topic: 'in', partition: 1, offset: '14' }]);
  assert.deepEqual(resolved, ['13'], 'kafkajs fetches again from offset 14');
  assert.equal(sent.length, 4);
});

test('a gathering batch handler at the end of its partition sends the partial bulk after the linger', async () => {
  const values = [0, 1, 2].map(() => Buffer.from('{}'));
  const { calls, commits } = await runBatch(forward, { batch: true, values, options: { batchSize: 2, gatherLingerMs: 5 } });
  assert.deepEqual(calls, ['10', '11', '12']);
  assert.deepEqual(commits, [{ topic: 'in', partition: 1, offset: '13' }]);
});

test('a gathering batch handler retries a failed bulk and commits nothing until it succeeds', async () => {
  let failures = 2;
  const { commits, lines } = await runBatch(
    (message) => {
      if (message.offset === '10' && failures-- > 0) throw new TransientFailure('OpenSearch unavailable');
      return forward(message);
    },
    { batch: true, options: { batchSize: 2, gatherLingerMs: 5 } },
  );
  assert.equal(lines.filter((line) => line.message === 'handle batch failed, retrying').length, 2);
  assert.deepEqual(commits, [{ topic: 'in', partition: 1, offset: '12' }]);
});
