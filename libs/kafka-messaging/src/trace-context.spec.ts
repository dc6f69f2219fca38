import { test } from 'node:test';
import assert from 'node:assert/strict';
import { childLogger, childTraceparent, messageLogFields, parseTraceparent, traceIdOf } from './trace-context.js';
import type { IncomingMessage, StructuredLogger } from './types.js';

const parent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

test('a child traceparent keeps the trace id and flags and gets a new span id', () => {
  const child = childTraceparent(parent);
  const context = parseTraceparent(child);
  assert.equal(context?.traceId, '4bf92f3577b34da6a3ce929d0e0e4736');
  assert.notEqual(context?.spanId, '00f067aa0ba902b7');
  assert.match(child, /-01$/);
  assert.match(childTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00'), /-00$/);
});

test('missing, malformed or all-zero trace ids start a new trace', () => {
  for (const bad of [
    undefined,
    'garbage',
    `00-${'0'.repeat(32)}-00f067aa0ba902b7-01`,
    `00-4bf92f3577b34da6a3ce929d0e0e4736-${'0'.repeat(16)}-01`,
  ]) {
    const child = childTraceparent(bad);
    const traceId = traceIdOf(child);
    assert.ok(traceId && traceId !== '0'.repeat(32), `new trace for ${bad}`);
    assert.equal(traceIdOf(bad), undefined);
  }
  assert.notEqual(traceIdOf(childTraceparent(undefined)), traceIdOf(childTraceparent(undefined)));
});

test('message log fields carry coordinates and the trace id when there is one', () => {
  const message: IncomingMessage = {
    topic: 't',
    partition: 2,
    offset: '41',
    key: 'k',
    value: null,
    headers: { traceparent: parent },
    timestamp: '0',
  };
  assert.deepEqual(messageLogFields(message), { topic: 't', partition: 2, offset: '41', trace_id: '4bf92f3577b34da6a3ce929d0e0e4736' });
  assert.deepEqual(messageLogFields({ ...message, headers: {} }), { topic: 't', partition: 2, offset: '41' });
});

test('childLogger binds fields on loggers without child()', () => {
  const lines: object[] = [];
  const record = (fields: object): void => void lines.push(fields);
  const logger: StructuredLogger = { debug: record, info: record, warn: record, error: record };
  childLogger(logger, { topic: 't', offset: '1' }).warn({ attempt: 2 }, 'retrying');
  assert.deepEqual(lines, [{ topic: 't', offset: '1', attempt: 2 }]);
});

test('span ids stay distinct across refills of the random pool', () => {
  // 1,000 ids of 8 bytes span two refills of the 4 KiB pool.
  const spans = new Set(Array.from({ length: 1000 }, () => parseTraceparent(childTraceparent(parent))?.spanId));
  assert.equal(spans.size, 1000);
  assert.ok(!spans.has(undefined));
});
