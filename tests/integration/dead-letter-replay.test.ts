import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TOPICS, pipelineTopics } from '@presswatch/contracts';
import {
  MessageProducer,
  createKafkaClient,
  deadLetterMessage,
  ensureTopics,
  readTopic,
  type IncomingMessage,
} from '@presswatch/kafka-messaging';
import { runCli } from '../support/child-process.js';
import { requireEnv } from '../support/environment.js';
import { quietLogger } from '../support/quiet-logger.js';

/**
 * `cli dead-letters replay` against the real broker: an original that is not UTF-8 (value, key and a header),
 * with a repeated header, comes back byte for byte on its topic; a letter without its original value is
 * not resent and not counted.
 */
describe('dead-letter replay', { timeout: 120_000 }, () => {
  const brokers = requireEnv('PRESSWATCH_TEST_KAFKA');
  const kafka = { brokers: [brokers], clientId: 'presswatch-replay-test' };
  const marker = `replay-${process.pid}-${Date.now()}`;
  // A topic of this test only, so the replayed copy is the only other message on it.
  const topic = `presswatch.test.${marker}`;
  const value = Buffer.from([0xff, 0x00, 0xfe, 0x41, 0xc3, 0x28, 0x80]);
  const key = Buffer.from([0x6b, 0xff, 0x01]);
  let original: IncomingMessage;
  let producer: MessageProducer;

  before(async () => {
    await ensureTopics(kafka, [...pipelineTopics(), { topic, partitions: 1 }], quietLogger);
    producer = new MessageProducer(createKafkaClient(kafka, quietLogger));
    await producer.connect();
    const headers = { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' };
    const rawHeaders = { 'x-binary': [Buffer.from([0xff, 0xfe, 0x00])], 'x-repeated': [Buffer.from('one'), Buffer.from('two')] };
    await producer.send([{ topic, key, value, headers, rawHeaders }]);
    const [first] = await readTopic(kafka, topic, { limit: 1, timeoutMs: 30_000 }, quietLogger);
    assert.ok(first, 'the original is on its topic');
    original = first;
    // What a stage does with a message it cannot process (KafkaStageServer builds letters with this function).
    const letter = deadLetterMessage({ message: original, reason: `${marker}: not a release` }, 'cleaner', TOPICS.deadLetter);
    const empty = deadLetterMessage(
      { message: { ...original, offset: '999', value: null }, reason: `${marker}: empty` },
      'cleaner',
      TOPICS.deadLetter,
    );
    await producer.send([letter, empty]);
  });
  after(async () => {
    await producer?.disconnect();
  });

  it('republishes the exact original value, key and headers, and counts only what it resent', async () => {
    const result = await runCli(['dead-letters', 'replay', '--reason', marker], { KAFKA_BROKERS: brokers });
    assert.deepEqual(JSON.parse(result.stdout), { replayed: 1, skipped: 1 });
    assert.equal(result.status, 1, 'a letter that could not be resent makes the exit status 1');
    assert.match(result.stderr, new RegExp(`not resent: ${topic.replace(/\./g, '\\.')}\\[0\\]@999: the letter holds no original value`));

    const copies = await readTopic(kafka, topic, { limit: 2, timeoutMs: 30_000 }, quietLogger);
    assert.equal(copies.length, 2, 'the original and one replayed copy');
    const copy = copies[1]!;
    assert.equal(copy.value?.toString('hex'), value.toString('hex'), 'value bytes (ff00… stays ff00…, not efbfbd00…)');
    assert.equal(copy.rawKey?.toString('hex'), key.toString('hex'), 'key bytes');
    assert.deepEqual(
      stringify(copy.rawHeaders),
      stringify(original.rawHeaders),
      'headers: every value, as bytes, and no dead-letter header',
    );
    assert.deepEqual(Object.keys(copy.rawHeaders ?? {}).sort(), ['traceparent', 'x-binary', 'x-repeated']);
  });
});

const stringify = (headers: Record<string, Buffer[]> | undefined) =>
  Object.fromEntries(Object.entries(headers ?? {}).map(([name, values]) => [name, values.map((item) => item.toString('hex'))]));
