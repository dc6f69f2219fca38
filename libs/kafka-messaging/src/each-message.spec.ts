import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handleEachMessage } from './each-message.js';
import { PermanentFailure, TransientFailure, type IncomingMessage } from './types.js';

const TRACE = '0af7651916cd43dd8448eb211c80319c';
const PARENT = `00-${TRACE}-b7ad6b7169203331-01`;
const message = (offset: string): IncomingMessage => ({
  topic: 'in',
  partition: 0,
  offset,
  key: `k${offset}`,
  value: Buffer.from(offset),
  headers: { traceparent: PARENT },
  timestamp: '0',
});

test('each message gets its own outputs or its own dead letter, in order, as per-message handlers do', () => {
  const messages = ['1', '2', '3'].map(message);
  const result = handleEachMessage(messages, (input, position) => {
    if (input.offset === '2') throw new PermanentFailure('empty-body');
    return [{ topic: 'out', key: input.key, value: `v${position}` }];
  });
  assert.deepEqual(
    result.outgoing?.map((output) => [output.key, output.value]),
    [
      ['k1', 'v0'],
      ['k3', 'v2'],
    ],
  );
  assert.deepEqual(result.deadLetters, [{ message: messages[1], reason: 'PermanentFailure: empty-body' }]);
});

test('outputs continue the input trace with a new span', () => {
  const [output] = handleEachMessage([message('1')], (input) => [{ topic: 'out', key: input.key, value: 'v' }]).outgoing ?? [];
  const [, traceId, spanId] = output?.headers?.['traceparent']?.split('-') ?? [];
  assert.equal(traceId, TRACE);
  assert.notEqual(spanId, 'b7ad6b7169203331');
});

test('a transient failure fails the whole batch, to be retried', () => {
  assert.throws(
    () =>
      handleEachMessage(['1', '2'].map(message), (input) => {
        if (input.offset === '2') throw new TransientFailure('database down');
        return [];
      }),
    TransientFailure,
  );
});
