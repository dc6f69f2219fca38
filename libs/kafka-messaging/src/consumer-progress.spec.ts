import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConsumerProgress } from './consumer-progress.js';

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (seconds: number) => void (now += seconds * 1000) };
}
const WINDOW = 60_000;

test('a consumer that never joins its group fails once the window has passed', () => {
  const time = clock();
  const progress = new ConsumerProgress(time.now);
  time.advance(59);
  assert.equal(progress.verdict(WINDOW).live, true);
  time.advance(2);
  assert.deepEqual(progress.verdict(WINDOW), { live: false, reason: 'not a member of its consumer group for 61 s (starting)' });
});

test('an idle member with nothing to consume stays live however long it waits', () => {
  const time = clock();
  const progress = new ConsumerProgress(time.now);
  progress.joined({ t: [0, 1] });
  progress.fetched('t', 0, '10', '10');
  time.advance(3600);
  assert.deepEqual(progress.verdict(WINDOW), { live: true, reason: null });
  assert.deepEqual(progress.lag(), [{ topic: 't', partition: 0, lag: 0 }]);
});

test('a member behind that commits nothing for the window fails; each commit restarts the clock', () => {
  const time = clock();
  const progress = new ConsumerProgress(time.now);
  progress.joined({ t: [0] });
  progress.fetched('t', 0, '500', '0');
  time.advance(50);
  progress.committed('t', 0, '100');
  time.advance(50);
  assert.equal(progress.verdict(WINDOW).live, true, 'committed 50 s ago');
  time.advance(11);
  assert.deepEqual(progress.verdict(WINDOW), { live: false, reason: 'no offset committed for 61 s while 400 messages behind' });
  progress.committed('t', 0, '500');
  assert.equal(progress.verdict(WINDOW).live, true, 'caught up');
  assert.equal(progress.stalledSeconds(), 0);
});

test('an evicted member fails after the window unless it rejoins; revoked partitions are forgotten', () => {
  const time = clock();
  const progress = new ConsumerProgress(time.now);
  progress.joined({ t: [0, 1] });
  progress.fetched('t', 1, '20', '5');
  progress.left('membership-lost');
  time.advance(30);
  assert.equal(progress.verdict(WINDOW).live, true);
  progress.joined({ t: [0] });
  assert.deepEqual(progress.lag(), [], 'partition 1 went to another member: its lag is not ours');
  progress.left('crashed');
  time.advance(61);
  assert.deepEqual(progress.verdict(WINDOW), { live: false, reason: 'not a member of its consumer group for 61 s (crashed)' });
});

test('lag appearing after a long idle period starts a fresh window', () => {
  const time = clock();
  const progress = new ConsumerProgress(time.now);
  progress.joined({ t: [0] });
  progress.fetched('t', 0, '7', '7');
  time.advance(600);
  progress.fetched('t', 0, '9', '7');
  assert.equal(progress.verdict(WINDOW).live, true);
  time.advance(61);
  assert.equal(progress.verdict(WINDOW).live, false);
});
