import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeLag, type GroupOffsets, type PartitionEndOffsets } from './offsets.js';

const ends: PartitionEndOffsets[] = [
  { topic: 'a', partition: 0, start: 0, end: 120 },
  { topic: 'a', partition: 1, start: 30, end: 95 },
  { topic: 'b', partition: 0, start: 0, end: 7 },
];

test('lag is the end offset minus the committed offset, per group, topic and partition', () => {
  const groups: GroupOffsets[] = [
    {
      group: 'g',
      state: 'Stable',
      members: 1,
      partitions: [
        { group: 'g', topic: 'a', partition: 0, committed: 100 },
        { group: 'g', topic: 'a', partition: 1, committed: null },
        { group: 'g', topic: 'b', partition: 0, committed: 9 },
      ],
    },
  ];
  assert.deepEqual(
    computeLag(ends, groups).map(({ topic, partition, lag }) => [topic, partition, lag]),
    [
      ['a', 0, 20],
      // never committed: behind by the retained range (start 30 to end 95)
      ['a', 1, 65],
      // committed past the end (topic recreated): no negative lag
      ['b', 0, 0],
    ],
  );
});

test('partitions of topics without end offsets (deleted, unknown) are skipped', () => {
  const groups: GroupOffsets[] = [
    { group: 'g', state: 'Empty', members: 0, partitions: [{ group: 'g', topic: 'gone', partition: 0, committed: 5 }] },
  ];
  assert.deepEqual(computeLag(ends, groups), []);
});
