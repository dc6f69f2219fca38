import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { HEADERS, parseDeadLetter } from '@presswatch/contracts';
import { DEAD_LETTER_MAX_BYTES, deadLetterMessage } from './dead-letter.js';
import type { IncomingMessage } from './types.js';

const incoming = (value: Buffer | null): IncomingMessage => ({
  topic: 'raw',
  partition: 2,
  offset: '41',
  key: 'k',
  value,
  headers: { traceparent: 'tp' },
  timestamp: '0',
});

test('a small original travels whole, with its size and hash', () => {
  const value = Buffer.from([0xff, 0x00, 0x41]);
  const message = deadLetterMessage({ message: incoming(value), reason: 'not JSON' }, 'cleaner', 'dlq');
  const letter = parseDeadLetter(JSON.parse(message.value));
  assert.equal(letter.reduced, undefined);
  assert.deepEqual(Buffer.from(letter.original.valueBase64!, 'base64'), value);
  assert.equal(letter.original.valueBytes, 3);
  assert.equal(letter.original.valueSha256, createHash('sha256').update(value).digest('hex'));
  assert.equal(message.headers?.[HEADERS.deadLetterReason], 'not JSON');
  assert.equal(message.headers?.['traceparent'], 'tp');
});

test('an original too large to carry whole gives a reduced letter under the budget', () => {
  const value = randomBytes(1_046_000);
  const message = deadLetterMessage({ message: incoming(value), reason: 'oversized' }, 'cleaner', 'dlq');
  assert.ok(Buffer.byteLength(message.value) < DEAD_LETTER_MAX_BYTES / 100, `${Buffer.byteLength(message.value)} bytes`);
  const letter = parseDeadLetter(JSON.parse(message.value));
  assert.equal(letter.reduced, true);
  assert.equal(letter.original.valueBase64, null, 'nothing that a replay could mistake for the original');
  assert.equal(letter.original.valueBytes, 1_046_000);
  assert.equal(letter.original.valueSha256, createHash('sha256').update(value).digest('hex'));
  assert.deepEqual(Buffer.from(letter.original.headBase64!, 'base64'), value.subarray(0, 2048));
  assert.deepEqual([letter.original.topic, letter.original.partition, letter.original.offset, letter.original.key], ['raw', 2, '41', 'k']);
  assert.equal(letter.reason, 'oversized');
});

test('the budget counts the headers too, and a null value stays null', () => {
  const value = Buffer.alloc(600, 0x61);
  assert.equal(
    parseDeadLetter(JSON.parse(deadLetterMessage({ message: incoming(value), reason: 'r' }, 's', 'dlq', { maxBytes: 2000 }).value)).reduced,
    undefined,
  );
  assert.equal(
    parseDeadLetter(
      JSON.parse(deadLetterMessage({ message: incoming(value), reason: 'r'.repeat(900) }, 's', 'dlq', { maxBytes: 2000 }).value),
    ).reduced,
    true,
  );
  const nothing = parseDeadLetter(JSON.parse(deadLetterMessage({ message: incoming(null), reason: 'empty' }, 's', 'dlq').value));
  assert.equal(nothing.original.valueBase64, null);
  assert.equal(nothing.original.valueBytes, undefined);
});
