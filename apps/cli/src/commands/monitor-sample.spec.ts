import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GroupOffsets, PartitionEndOffsets } from '@presswatch/kafka-messaging';
import { computeSample, type Reading } from './monitor-sample.js';

const ends = (topic: string, values: number[]): PartitionEndOffsets[] =>
  values.map((end, partition) => ({ topic, partition, start: 0, end }));
const group = (name: string, topic: string, committed: (number | null)[]): GroupOffsets => ({
  group: name,
  state: 'Stable',
  members: 1,
  partitions: committed.map((offset, partition) => ({ group: name, topic, partition, committed: offset })),
});

test('in and consumed rates come from the offset deltas over the time between readings', () => {
  const before: Reading = {
    at: 10_000,
    topics: [...ends('raw', [100, 50]), ...ends('clean', [7])],
    groups: [group('cleaner', 'raw', [90, 50])],
  };
  const after: Reading = {
    at: 14_000,
    topics: [...ends('raw', [140, 70]), ...ends('clean', [7])],
    groups: [group('cleaner', 'raw', [130, 58])],
  };
  const sample = computeSample(before, after, new Date('2026-01-02T03:04:05Z'));
  assert.equal(sample.intervalSeconds, 4);
  assert.equal(sample.time, '2026-01-02T03:04:05.000Z');
  const raw = sample.topics.find((topic) => topic.topic === 'raw')!;
  assert.equal(raw.endOffset, 210);
  assert.equal(raw.messagesInPerSecond, (40 + 20) / 4);
  assert.deepEqual(
    raw.byPartition.map((partition) => partition.messagesInPerSecond),
    [10, 5],
  );
  assert.equal(sample.topics.find((topic) => topic.topic === 'clean')!.messagesInPerSecond, 0);
  const cleaner = sample.groups[0]!.topics[0]!;
  assert.equal(cleaner.consumedPerSecond, (40 + 8) / 4);
  // lag 10+0 before, 10+12 after: falling behind by 12 over 4 s
  assert.equal(cleaner.lag, 22);
  assert.deepEqual(
    cleaner.byPartition.map((partition) => partition.lag),
    [10, 12],
  );
  assert.equal(cleaner.lagChangePerSecond, 3);
});

test('unknown history gives no rate; offsets going backwards give 0, never negative throughput', () => {
  const before: Reading = { at: 0, topics: ends('raw', [500]), groups: [group('cleaner', 'raw', [null])] };
  const after: Reading = { at: 2_000, topics: [...ends('raw', [20]), ...ends('new', [30])], groups: [group('cleaner', 'raw', [10])] };
  const sample = computeSample(before, after);
  assert.equal(sample.topics.find((topic) => topic.topic === 'raw')!.messagesInPerSecond, 0);
  assert.equal(sample.topics.find((topic) => topic.topic === 'new')!.messagesInPerSecond, 0);
  const cleaner = sample.groups[0]!.topics[0]!;
  assert.equal(cleaner.consumedPerSecond, 0);
  assert.equal(cleaner.lag, 10);
});

test('a group without offsets is kept, with no topics', () => {
  const empty: GroupOffsets = { group: 'indexer', state: 'Dead', members: 0, partitions: [] };
  const sample = computeSample({ at: 0, topics: [], groups: [empty] }, { at: 1000, topics: [], groups: [empty] });
  assert.deepEqual(sample.groups, [{ group: 'indexer', state: 'Dead', members: 0, topics: [] }]);
});
