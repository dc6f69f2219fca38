import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderLagMetrics } from './monitor-metrics.js';

/** `name{labels} value` lines of one metric, as a map from the label text to the value. */
function series(text: string, name: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match?.[1] === name) found.set(match[2] ?? '', Number(match[3]));
  }
  return found;
}

test('exports offsets, lag and members with kafka_exporter names and labels', () => {
  const text = renderLagMetrics({
    topics: [
      { topic: 'raw', partition: 0, start: 0, end: 10 },
      { topic: 'raw', partition: 1, start: 5, end: 8 },
    ],
    groups: [
      {
        group: 'presswatch-cleaner',
        state: 'Stable',
        members: 2,
        partitions: [
          { group: 'presswatch-cleaner', topic: 'raw', partition: 0, committed: 7 },
          { group: 'presswatch-cleaner', topic: 'raw', partition: 1, committed: null },
        ],
      },
    ],
    readSeconds: 0.25,
  });
  assert.deepEqual(series(text, 'kafka_topic_partitions'), new Map([['topic="raw"', 2]]));
  assert.deepEqual(
    series(text, 'kafka_topic_partition_current_offset'),
    new Map([
      ['topic="raw",partition="0"', 10],
      ['topic="raw",partition="1"', 8],
    ]),
  );
  assert.deepEqual(
    series(text, 'kafka_topic_partition_oldest_offset'),
    new Map([
      ['topic="raw",partition="0"', 0],
      ['topic="raw",partition="1"', 5],
    ]),
  );
  // Partition 1 was never committed: no current offset, lag = the retained messages (8 - 5).
  assert.deepEqual(
    series(text, 'kafka_consumergroup_current_offset'),
    new Map([['consumergroup="presswatch-cleaner",topic="raw",partition="0"', 7]]),
  );
  assert.deepEqual(
    series(text, 'kafka_consumergroup_lag'),
    new Map([
      ['consumergroup="presswatch-cleaner",topic="raw",partition="0"', 3],
      ['consumergroup="presswatch-cleaner",topic="raw",partition="1"', 3],
    ]),
  );
  assert.deepEqual(series(text, 'kafka_consumergroup_lag_sum'), new Map([['consumergroup="presswatch-cleaner",topic="raw"', 6]]));
  assert.deepEqual(
    series(text, 'kafka_consumergroup_current_offset_sum'),
    new Map([['consumergroup="presswatch-cleaner",topic="raw"', 7]]),
  );
  assert.deepEqual(series(text, 'kafka_consumergroup_members'), new Map([['consumergroup="presswatch-cleaner"', 2]]));
  assert.deepEqual(series(text, 'presswatch_lag_exporter_read_duration_seconds'), new Map([['', 0.25]]));
  assert.match(text, /^# TYPE kafka_consumergroup_lag gauge$/m);
  assert.match(text, /^# HELP kafka_consumergroup_lag \S/m);
});

test('escapes label values and keeps every family declared when Kafka has nothing yet', () => {
  const text = renderLagMetrics({
    topics: [{ topic: 'a"b\\c', partition: 0, start: 0, end: 1 }],
    groups: [],
    readSeconds: 0,
  });
  assert.ok(text.includes('kafka_topic_partition_current_offset{topic="a\\"b\\\\c",partition="0"} 1'));
  assert.equal(series(text, 'kafka_consumergroup_lag').size, 0);
  assert.match(text, /^# TYPE kafka_consumergroup_lag gauge$/m);
});
