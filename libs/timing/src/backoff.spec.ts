import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelayMs, sleep } from './backoff.js';

test('the delay doubles per attempt up to the cap, between half and all of the ceiling', () => {
  assert.equal(
    backoffDelayMs(0, 100, 10_000, () => 0),
    50,
  );
  assert.equal(
    backoffDelayMs(0, 100, 10_000, () => 1),
    100,
  );
  assert.equal(
    backoffDelayMs(3, 100, 10_000, () => 1),
    800,
  );
  assert.equal(
    backoffDelayMs(3, 100, 10_000, () => 0),
    400,
  );
  assert.equal(
    backoffDelayMs(20, 100, 10_000, () => 1),
    10_000,
  );
  // huge attempt counts neither overflow nor exceed the cap
  assert.equal(
    backoffDelayMs(5_000, 100, 10_000, () => 0.5),
    7_500,
  );
});

test('sleep resolves after the delay and rejects at once when aborted', async () => {
  await sleep(1);
  const controller = new AbortController();
  const pending = sleep(60_000, controller.signal);
  controller.abort(new Error('stopping'));
  await assert.rejects(pending, /stopping/);
  await assert.rejects(sleep(10, AbortSignal.abort(new Error('already'))), /already/);
});
