import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LivenessRegistry } from './liveness.js';
import { ReadinessRegistry } from './readiness.js';

test('a readiness check that hangs counts as not ready after its deadline, the others still answer', async () => {
  const readiness = new ReadinessRegistry();
  readiness.add({ name: 'hung', check: () => new Promise<boolean>(() => undefined) });
  readiness.add({ name: 'database', check: async () => true });
  readiness.add({ name: 'throws', check: () => Promise.reject(new Error('down')) });
  const result = await readiness.evaluate(50);
  assert.deepEqual(result, { ready: false, checks: { hung: false, database: true, throws: false } });
});

test('liveness lists the reason of each failing check', () => {
  const liveness = new LivenessRegistry();
  liveness.add({
    name: 'kafka-consumer',
    check: () => ({ live: false, reason: 'no offset committed for 301 s while 12 messages behind' }),
  });
  liveness.add({ name: 'other', check: () => ({ live: true, reason: null }) });
  assert.deepEqual(liveness.evaluate(), {
    live: false,
    checks: { 'kafka-consumer': 'no offset committed for 301 s while 12 messages behind', other: 'ok' },
  });
  assert.deepEqual(new LivenessRegistry().evaluate(), { live: true, checks: {} });
});
