import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderJson, renderTable, table } from './monitor-render.js';
import type { MonitorSample } from './monitor-sample.js';

const sample: MonitorSample = {
  time: '2026-01-02T03:04:05.000Z',
  intervalSeconds: 5,
  topics: [
    { topic: 'presswatch.releases.raw.v1', partitions: 2, endOffset: 1234, messagesInPerSecond: 12.25, byPartition: [] },
    { topic: 'dlq', partitions: 1, endOffset: 3, messagesInPerSecond: 0, byPartition: [] },
  ],
  groups: [
    {
      group: 'presswatch-cleaner',
      state: 'Stable',
      members: 2,
      topics: [
        {
          topic: 'presswatch.releases.raw.v1',
          consumedPerSecond: 10,
          lag: 17,
          lagChangePerSecond: 2.25,
          byPartition: [
            { partition: 0, endOffset: 600, committed: 590, lag: 10, consumedPerSecond: 5 },
            { partition: 1, endOffset: 634, committed: 627, lag: 7, consumedPerSecond: 5 },
          ],
        },
      ],
    },
    { group: 'presswatch-indexer', state: 'Empty', members: 0, topics: [] },
  ],
};

test('the table shows throughput per topic and rate, lag and lag per partition per group', () => {
  const lines = renderTable(sample).split('\n');
  assert.equal(lines[0], '2026-01-02T03:04:05.000Z  (rates over 5.0 s)');
  assert.equal(lines[2], 'TOPIC                       PARTITIONS  END OFFSET  IN/S');
  assert.equal(lines[3], 'presswatch.releases.raw.v1           2        1234  12.3');
  assert.equal(lines[4], 'dlq                                  1           3   0.0');
  assert.match(lines[7]!, /^presswatch-cleaner\s+Stable\s+2\s+presswatch\.releases\.raw\.v1\s+10\.0\s+17\s+\+2\.3\s+0:10 1:7$/);
  assert.match(lines[8]!, /^presswatch-indexer\s+Empty\s+0\s+\(no offsets\)$/);
});

test('columns are padded to their widest cell, numbers right-aligned', () => {
  assert.deepEqual(
    table(
      ['NAME', 'N'],
      [
        ['a', '100'],
        ['long name', '2'],
      ],
      'lr',
    ),
    ['NAME         N', 'a          100', 'long name    2'],
  );
});

test('JSON output is one parseable line per sample', () => {
  const text = renderJson(sample);
  assert.equal(text.split('\n').length, 2);
  assert.deepEqual(JSON.parse(text), sample);
});
