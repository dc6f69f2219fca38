import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MessageHandler } from '@nestjs/microservices';
import { pipelineTopics } from '@presswatch/contracts';
import {
  KafkaStageServer,
  MessageProducer,
  createKafkaClient,
  ensureTopics,
  type IncomingMessage,
  type StageObserver,
} from '@presswatch/kafka-messaging';
import { requireEnv } from '../support/environment.js';
import { quietLogger } from '../support/quiet-logger.js';

const BULK = 500;
const BACKLOG = 3000;

/**
 * Bulks filled across partitions against the real broker: a stage set up as the indexer is (batch handler,
 * bulks of 500 gathered over the partitions handled at once, 4 MiB fetched per partition) drains a backlog
 * of ~6 KB messages on three partitions in handler calls averaging at least 80 % of the bulk size, commits
 * every offset, and, once caught up, still sends a few new messages in a partial bulk after the linger.
 */
describe('stage bulks across partitions', { timeout: 240_000 }, () => {
  const brokers = requireEnv('PRESSWATCH_TEST_KAFKA');
  const kafka = { brokers: [brokers], clientId: 'presswatch-bulks-test' };
  const marker = `bulks-${process.pid}-${Date.now()}`;
  const topic = `presswatch.test.${marker}`;
  const calls: number[] = [];
  const handled = new Set<string>();
  let committed = 0;
  let producer: MessageProducer;
  let server: KafkaStageServer;

  const messages = (from: number, count: number) =>
    Array.from({ length: count }, (_, position) => ({
      topic,
      key: `release-${from + position}`,
      value: JSON.stringify({ n: from + position, body: 'x'.repeat(6000) }),
    }));
  const waitCommitted = async (total: number) => {
    const deadline = Date.now() + 180_000;
    while (committed < total && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(committed, total, 'every message committed');
  };

  before(async () => {
    await ensureTopics(kafka, [...pipelineTopics(), { topic, partitions: 3 }], quietLogger);
    producer = new MessageProducer(createKafkaClient(kafka, quietLogger));
    await producer.connect();
    for (let from = 0; from < BACKLOG; from += 100) await producer.send(messages(from, 100));
    const observer: StageObserver = {
      consumed: (_topic, outcome, count) => void (outcome === 'ok' && (committed += count)),
      produced: () => undefined,
      processed: () => undefined,
    };
    server = new KafkaStageServer({
      kafka,
      groupId: `presswatch-test-${marker}`,
      stage: 'indexer',
      deadLetterTopic: `${topic}.dlq`,
      logger: quietLogger,
      observer,
      batchSize: BULK,
      gatherLingerMs: 50,
      partitionsConsumedConcurrently: 3,
      maxBytesPerPartition: 4 * 1024 * 1024,
    });
    const handler = Object.assign(
      async (batch: IncomingMessage[]) => {
        calls.push(batch.length);
        for (const message of batch) handled.add(`${message.partition}@${message.offset}`);
        return {};
      },
      { isEventHandler: true },
    ) as unknown as MessageHandler;
    server.addHandler(topic, handler, true, { batch: true });
    await new Promise<void>((resolve, reject) => server.listen((error) => (error ? reject(error as Error) : resolve())));
  });
  after(async () => {
    await server?.close();
    await producer?.disconnect();
  });

  it('drains a backlog in bulks of at least 80 % of the bulk size, every message committed once handled', async () => {
    await waitCommitted(BACKLOG);
    assert.equal(handled.size, BACKLOG);
    const mean = calls.reduce((sum, size) => sum + size, 0) / calls.length;
    assert.ok(
      calls.every((size) => size <= BULK),
      `no call above ${BULK}: ${calls.join(', ')}`,
    );
    assert.ok(mean >= 0.8 * BULK, `mean handler call ${mean.toFixed(0)} messages (${calls.join(', ')})`);
  });

  it('once caught up, a few new messages go out in a partial bulk after the linger', async () => {
    const before = calls.length;
    await producer.send(messages(BACKLOG, 7));
    await waitCommitted(BACKLOG + 7);
    assert.equal(handled.size, BACKLOG + 7);
    assert.equal(
      calls.slice(before).reduce((sum, size) => sum + size, 0),
      7,
    );
  });
});
