import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BulkGatherer, type BulkOutcome, type GatheredPart } from './bulk-gatherer.js';
import type { IncomingMessage } from './types.js';

function batch(partition: number, count: number, first = 0): IncomingMessage[] {
  return Array.from({ length: count }, (_, position) => ({
    topic: 'in',
    partition,
    offset: String(first + position),
    key: `p${partition}-${first + position}`,
    value: Buffer.from('{}'),
    headers: {},
    timestamp: '0',
    rawKey: null,
    rawHeaders: {},
  }));
}

/** A gatherer whose handler records each bulk and forwards each message (dead-lettering those `refuse` names). */
function recording(size: number, lingerMs: number, fail?: (bulk: number) => Error | undefined, refuse = new Set<string>()) {
  const bulks: string[][] = [];
  const gatherer = new BulkGatherer({
    size,
    lingerMs,
    run: async (messages): Promise<BulkOutcome> => {
      bulks.push(messages.map((message) => message.key!));
      const error = fail?.(bulks.length);
      if (error) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5));
      const kept = messages.filter((message) => !refuse.has(message.key!));
      return {
        outgoing: kept.map((message) => ({ message: { topic: 'out', key: message.key, value: 'x' }, origin: message })),
        deadLetters: messages.filter((message) => refuse.has(message.key!)).map((message) => ({ message, reason: 'refused' })),
      };
    },
  });
  return { gatherer, bulks };
}

const keysOf = (part: GatheredPart) => part.outgoing.map((output) => output.message.key);

test('batches of several partitions handled at once are pooled into full bulks, each getting its own outputs back', async () => {
  const { gatherer, bulks } = recording(500, 20);
  const parts = await Promise.all([0, 1, 2].map((partition) => gatherer.submit({ messages: batch(partition, 170), moreBehind: false })));
  assert.deepEqual(
    bulks.map((bulk) => bulk.length),
    [500, 10],
    'a full bulk, then the caught-up rest after the linger',
  );
  parts.forEach((part, partition) => {
    assert.deepEqual(
      keysOf(part),
      batch(partition, 170).map((message) => message.key),
    );
    assert.equal(part.deferredFrom, undefined);
  });
});

test('under load, the rest of a partition with more behind is deferred to the next fetch instead of a small bulk', async () => {
  const { gatherer, bulks } = recording(500, 20);
  const parts = await Promise.all([0, 1, 2].map((partition) => gatherer.submit({ messages: batch(partition, 170), moreBehind: true })));
  assert.deepEqual(
    bulks.map((bulk) => bulk.length),
    [500],
  );
  assert.equal(parts[2]!.deferredFrom, 160);
  assert.equal(parts[2]!.outgoing.length, 160, 'only what the bulk held is handed back');
  assert.equal(parts[0]!.deferredFrom, undefined);
});

test('when fetches are too small to fill a bulk, the partial bulk goes out even with more behind: every linger progresses', async () => {
  const { gatherer, bulks } = recording(500, 20);
  const first = await Promise.all([0, 1].map((partition) => gatherer.submit({ messages: batch(partition, 100), moreBehind: true })));
  assert.deepEqual(
    bulks.map((bulk) => bulk.length),
    [200],
  );
  assert.ok(first.every((part) => part.deferredFrom === undefined && part.outgoing.length === 100));
  // After a full bulk and a deferral, the next linger without a full bulk sends what waits.
  const second = await Promise.all([0, 1].map((partition) => gatherer.submit({ messages: batch(partition, 300, 100), moreBehind: true })));
  assert.equal(second[1]!.deferredFrom, 200);
  const third = await gatherer.submit({ messages: batch(1, 100, 300), moreBehind: true });
  assert.deepEqual(
    bulks.map((bulk) => bulk.length),
    [200, 500, 100],
  );
  assert.equal(third.deferredFrom, undefined);
});

test('a failed bulk fails every batch in it, withdraws their waiting messages, and leaves the other batches alone', async () => {
  const { gatherer, bulks } = recording(4, 20, (bulk) => (bulk === 1 ? new Error('OpenSearch unavailable') : undefined));
  const zero = gatherer.submit({ messages: batch(0, 3), moreBehind: false });
  const one = gatherer.submit({ messages: batch(1, 3), moreBehind: false });
  await assert.rejects(zero, /OpenSearch unavailable/);
  await assert.rejects(one, /OpenSearch unavailable/);
  const two = await gatherer.submit({ messages: batch(2, 2), moreBehind: false });
  assert.deepEqual(keysOf(two), ['p2-0', 'p2-1']);
  // p1's two messages left after the failed bulk were withdrawn: the next bulk holds only p2's.
  assert.deepEqual(bulks, [
    ['p0-0', 'p0-1', 'p0-2', 'p1-0'],
    ['p2-0', 'p2-1'],
  ]);
});

test('dead letters go back to the batch of the message they are about', async () => {
  const { gatherer } = recording(10, 10, undefined, new Set(['p1-1']));
  const [zero, one] = await Promise.all([0, 1].map((partition) => gatherer.submit({ messages: batch(partition, 3), moreBehind: false })));
  assert.deepEqual(zero!.deadLetters, []);
  assert.deepEqual(
    one!.deadLetters.map((letter) => letter.message.key),
    ['p1-1'],
  );
  assert.deepEqual(keysOf(one!), ['p1-0', 'p1-2']);
});
