import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { recordEncoder, type RecordInput } from './fast-encoder.js';

const require = createRequire(import.meta.url);

/**
 * A whole produce request (v3, two partitions, keys, string and byte values, repeated headers, large and empty
 * values) as kafkajs encodes it, in a fresh process, with or without useFastEncoder first; base64 on stdout.
 */
function produceRequest(fast: boolean): string {
  const script = `
    const { createRequire } = await import('node:module');
    if (${fast}) { const { useFastEncoder } = await import(${JSON.stringify(new URL('./fast-encoder.js', import.meta.url).href)});
      if (!useFastEncoder()) throw new Error('not installed'); }
    const require = createRequire(${JSON.stringify(fileURLToPath(import.meta.url))});
    const Produce = require('kafkajs/src/protocol/requests/produce/v3/request.js');
    const wrap = require('kafkajs/src/protocol/request.js');
    let seed = 3;
    const bytes = (n) => Buffer.from(Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256));
    const messages = (count, size) => Array.from({ length: count }, (_, i) => ({
      key: i % 3 === 0 ? null : i % 3 === 1 ? 'clé-' + i : bytes(5),
      value: i % 4 === 0 ? 'Genève – « crue » ' + '’é😀'.repeat(size) : bytes(size * 7),
      headers: { traceparent: '00-' + 'a'.repeat(32) + '-' + 'b'.repeat(16) + '-01', 'x-many': [bytes(3), 'deux'], 'x-empty': '' },
      timestamp: 1717200000000 + i,
    }));
    const request = Produce({ acks: -1, timeout: 30000, compression: 0, topicData: [
      { topic: 'raw', partitions: [{ partition: 0, messages: messages(40, 700) }, { partition: 2, messages: messages(3, 0) }] },
    ] });
    const encoded = await wrap({ correlationId: 7, clientId: 'test', request });
    process.stdout.write(encoded.buffer.toString('base64'));
  `;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

test('useFastEncoder: kafkajs encodes the same produce request, byte for byte', () => {
  const fast = produceRequest(true);
  assert.ok(fast.length > 100_000);
  assert.equal(fast, produceRequest(false));
});

test('recordEncoder writes what kafkajs record/v0 writes, into a buffer of exactly that size', () => {
  // kafkajs's own record encoder: nothing in this process has replaced it.
  const original = require('kafkajs/src/protocol/recordBatch/record/v0/index.js') as (record: object) => { buffer: Buffer };
  const Encoder = require('kafkajs/src/protocol/encoder.js') as Parameters<typeof recordEncoder>[0];
  const encode = recordEncoder(Encoder);
  const records: RecordInput[] = [
    { key: null, value: null },
    { key: 'k', value: '', headers: {} },
    { offsetDelta: 199, timestampDelta: 123_456, key: Buffer.from('id'), value: randomBytes(4100), headers: { a: 'b' } },
    {
      offsetDelta: 70_000,
      timestampDelta: 2 ** 40,
      key: 'é',
      value: '😀'.repeat(3000),
      headers: { t: [Buffer.from('1'), '2'], u: Buffer.alloc(0) },
    },
    { key: 'x', value: randomBytes(1 << 20), headers: { ['h'.repeat(200)]: 'v'.repeat(300) } },
  ];
  for (const record of records) {
    const fast = encode(record);
    assert.deepEqual(fast.buf.subarray(0, fast.offset), original(record).buffer);
    assert.equal(fast.offset, fast.buf.length, 'sized exactly');
  }
});
