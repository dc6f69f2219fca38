import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MessageHandler } from '@nestjs/microservices';
import { KafkaStageServer } from './stage-server.js';
import { PermanentFailure, type IncomingMessage, type OutgoingMessage, type StageObserver, type StructuredLogger } from './types.js';

const TRACE = '0af7651916cd43dd8448eb211c80319c';

interface Line {
  level: string;
  fields: object;
  message: string;
}

function recordingLogger(lines: Line[], bound: object = {}): StructuredLogger {
  const at = (level: string) => (fields: object, message: string) => void lines.push({ level, fields: { ...bound, ...fields }, message });
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: (more) => recordingLogger(lines, { ...bound, ...more }) };
}

/** Drives one fetched batch through the server with the consumer and producer replaced by fakes. */
async function runBatch(handle: (message: IncomingMessage) => unknown, failSends = 0) {
  const lines: Line[] = [];
  const observed: string[] = [];
  const observer: StageObserver = {
    consumed: (topic, outcome, count) => void observed.push(`consumed ${topic} ${outcome} ${count}`),
    produced: (topic, count) => void observed.push(`produced ${topic} ${count}`),
    processed: () => undefined,
    deadLettered: (topic, stage, count) => void observed.push(`dead-lettered ${topic} ${stage} ${count}`),
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
  });
  const handler = Object.assign(async (message: IncomingMessage) => handle(message), { isEventHandler: true }) as unknown as MessageHandler;
  server.addHandler('in', handler, true);
  const sent: OutgoingMessage[] = [];
  let failures = failSends;
  const fakes = server as unknown as { producer: unknown; consumer: unknown; onBatch(payload: unknown): Promise<void> };
  fakes.producer = {
    send: async (messages: OutgoingMessage[]) => {
      if (failures-- > 0) throw new Error('broker unavailable');
      sent.push(...messages);
    },
  };
  const commits: unknown[] = [];
  fakes.consumer = { commitOffsets: async (offsets: unknown[]) => void commits.push(...offsets) };
  const message = (offset: string) => ({ offset, key: Buffer.from(`k${offset}`), value: Buffer.from('{}'), headers: { traceparent: `00-${TRACE}-b7ad6b7169203331-01` }, timestamp: '0' });
  await fakes.onBatch({
    batch: { topic: 'in', partition: 1, messages: [message('10'), message('11')] },
    resolveOffset: () => undefined,
    heartbeat: async () => undefined,
    isRunning: () => true,
    isStale: () => false,
  });
  return { lines, observed, sent, commits };
}

test('each dead-lettered message is logged with its coordinates and trace id, and counted per stage', async () => {
  const { lines, observed, sent, commits } = await runBatch((message) => {
    if (message.offset === '11') throw new PermanentFailure('empty-body');
    return { outgoing: [{ topic: 'out', key: message.key, value: 'x' }] };
  });
  const warning = lines.find((line) => line.message === 'message dead-lettered');
  assert.deepEqual(warning?.fields, { topic: 'in', partition: 1, offset: '11', trace_id: TRACE, stage: 'cleaner', key: 'k11', reason: 'PermanentFailure: empty-body' });
  assert.equal(lines.filter((line) => line.message === 'message dead-lettered').length, 1);
  assert.deepEqual(observed, ['consumed in ok 1', 'consumed in dead-lettered 1', 'dead-lettered in cleaner 1', 'produced out 1', 'produced dlq 1']);
  // behaviour unchanged: output keeps the trace, the dead letter is published, the offset after the batch is committed
  assert.equal(traceOf(sent.find((entry) => entry.topic === 'out')), TRACE);
  assert.ok(sent.some((entry) => entry.topic === 'dlq'));
  assert.deepEqual(commits, [{ topic: 'in', partition: 1, offset: '12' }]);
});

test('each retry is logged with topic, partition and the offsets it holds', async () => {
  const { lines, commits } = await runBatch((message) => ({ outgoing: [{ topic: 'out', key: message.key, value: 'x' }] }), 2);
  const retries = lines.filter((line) => line.message === 'publish outputs failed, retrying');
  assert.equal(retries.length, 2);
  assert.deepEqual(
    retries.map(({ fields }) => ({ ...fields, delayMs: undefined })),
    [0, 1].map((attempt) => ({ topic: 'in', partition: 1, offset: '10', lastOffset: '11', attempt, delayMs: undefined, error: 'Error: broker unavailable' })),
  );
  assert.equal(commits.length, 1);
});

function traceOf(message: OutgoingMessage | undefined): string | undefined {
  return message?.headers?.['traceparent']?.split('-')[1];
}
