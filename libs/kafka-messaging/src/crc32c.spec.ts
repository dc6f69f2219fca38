import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { crc32c, useFastCrc32c } from './crc32c.js';

const require = createRequire(import.meta.url);
/** kafkajs's own byte-by-byte implementation (its file, not the cached module useFastCrc32c replaces). */
const reference = require('kafkajs/src/protocol/recordBatch/crc32C/crc32C.js') as (buffer: Buffer) => number;

test('crc32c: the standard check value, and kafkajs own value for every length and content', () => {
  assert.equal(crc32c(Buffer.from('123456789')), 0xe3069283);
  assert.equal(crc32c(Buffer.alloc(0)), reference(Buffer.alloc(0)));
  for (let length = 1; length < 300; length++) {
    const bytes = randomBytes(length);
    assert.equal(crc32c(bytes), reference(bytes), `length ${length}`);
  }
  for (const length of [4093, 65_536, 1_048_583]) {
    const bytes = randomBytes(length);
    assert.equal(crc32c(bytes), reference(bytes), `length ${length}`);
    assert.equal(crc32c(bytes.subarray(3)), reference(bytes.subarray(3)), `length ${length}, unaligned`);
  }
  assert.equal(crc32c(Buffer.alloc(1000, 0xff)), reference(Buffer.alloc(1000, 0xff)));
});

test('useFastCrc32c: the record batches kafkajs encodes carry crc32c, with the value kafkajs computed before', async () => {
  assert.equal(useFastCrc32c(), true);
  assert.equal(require.cache[require.resolve('kafkajs/src/protocol/recordBatch/crc32C/index.js')]?.exports, crc32c);
  const { RecordBatch } = require('kafkajs/src/protocol/recordBatch/v0/index.js') as {
    RecordBatch: (options: { records: unknown[] }) => Promise<{ buffer: Buffer }>;
  };
  const Record = require('kafkajs/src/protocol/recordBatch/record/v0/index.js') as (options: {
    offsetDelta: number;
    key: Buffer;
    value: Buffer;
    headers: Record<string, Buffer>;
  }) => unknown;
  const records = [0, 1, 2].map((offsetDelta) =>
    Record({
      offsetDelta,
      key: Buffer.from(`key-${offsetDelta}`),
      value: randomBytes(5000),
      headers: { traceparent: Buffer.from('00-ab') },
    }),
  );
  const encoded = (await RecordBatch({ records })).buffer;
  // firstOffset (8 bytes), batch length (4), partition leader epoch (4), magic (1), then the CRC of the rest.
  const body = encoded.subarray(21);
  assert.equal(encoded.readUInt32BE(17), reference(body));
  // Once kafkajs has loaded its encoder, the entry is left as it is and reported.
  assert.equal(useFastCrc32c(), true);
});
