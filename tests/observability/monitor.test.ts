import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { MessageProducer, OffsetReader, createKafkaClient, ensureTopics, readTopic } from '@presswatch/kafka-messaging';
import { ROOT, requireEnv } from '../support/environment.js';
import { quietLogger } from '../support/quiet-logger.js';

const CLI = join(ROOT, 'apps', 'cli', 'dist', 'main.js');
const PARTITIONS = 3;

/** The subset of a monitor --json sample this test reads. */
interface Sample {
  intervalSeconds: number;
  topics: { topic: string; endOffset: number; messagesInPerSecond: number; byPartition: { partition: number; endOffset: number }[] }[];
  groups: {
    group: string;
    topics: {
      topic: string;
      consumedPerSecond: number;
      lag: number;
      byPartition: { partition: number; committed: number | null; lag: number }[];
    }[];
  }[];
}

/** Messages per partition, counted by reading the topic back (Kafka's truth, independent of the admin API). */
async function countPerPartition(
  kafka: { brokers: string[]; clientId: string },
  topic: string,
  total: number,
): Promise<Map<number, number>> {
  const messages = await readTopic(kafka, topic, { limit: total, timeoutMs: 30_000 }, quietLogger);
  assert.equal(messages.length, total, 'every produced message read back');
  const counts = new Map(Array.from({ length: PARTITIONS }, (_, partition) => [partition, 0]));
  for (const message of messages) counts.set(message.partition, (counts.get(message.partition) ?? 0) + 1);
  return counts;
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

test('monitor: end offsets, committed offsets, lag and rates match what was produced and committed', { timeout: 120_000 }, async (t) => {
  assert.ok(existsSync(CLI), `build the CLI first (tsc -b apps/cli): ${CLI} is missing`);
  const kafka = { brokers: requireEnv('PRESSWATCH_TEST_KAFKA').split(','), clientId: 'presswatch-test-monitor' };
  const run = randomUUID().slice(0, 8);
  const topic = `presswatch-test.monitor.${run}`;
  const group = `presswatch-test-monitor-${run}`;
  await ensureTopics(kafka, [{ topic, partitions: PARTITIONS, retentionMs: 3_600_000 }], quietLogger);
  const producer = new MessageProducer(createKafkaClient(kafka, quietLogger));
  await producer.connect();
  const reader = await OffsetReader.connect(kafka, quietLogger);
  t.after(async () => {
    await producer.disconnect();
    await reader.close();
  });
  const produce = (count: number, from: number) =>
    producer.send(
      Array.from({ length: count }, (_, index) => ({ topic, key: `release-${from + index}`, value: JSON.stringify({ n: from + index }) })),
    );

  // Before the monitor starts: 30 messages, the group committed half of each partition.
  await produce(30, 0);
  const before = await countPerPartition(kafka, topic, 30);
  const committedBefore = new Map([...before].map(([partition, count]) => [partition, Math.floor(count / 2)]));
  await reader.commitGroupOffsets(
    group,
    topic,
    [...committedBefore].map(([partition, offset]) => ({ partition, offset })),
  );

  const child = spawn(
    process.execPath,
    [CLI, 'monitor', '--json', '--interval', '1', '--brokers', kafka.brokers.join(','), '--topic', topic, '--group', group],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  t.after(() => void child.kill());
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const samples: Sample[] = [];
  let flowed: Promise<void> | undefined;
  let samplesAtFlowEnd: number | undefined;
  for await (const line of createInterface({ input: child.stdout })) {
    samples.push(JSON.parse(line) as Sample);
    // Releases flow once the first sample is out: 45 more messages in bursts, then the group commits.
    flowed ??= (async () => {
      for (let burst = 0; burst < 3; burst++) await produce(15, 30 + burst * 15);
      const ends = await reader.readTopicOffsets([topic]);
      await reader.commitGroupOffsets(
        group,
        topic,
        ends.map((entry) => ({ partition: entry.partition, offset: Math.max(0, entry.end - 1) })),
      );
      samplesAtFlowEnd = samples.length;
    })();
    // Two more samples after the flow ended (the last one reads a settled state), then Ctrl-C-like stop.
    if (samplesAtFlowEnd !== undefined && samples.length >= samplesAtFlowEnd + 2) child.kill('SIGTERM');
  }
  assert.equal(await exited, 0, `monitor failed or did not stop cleanly on SIGTERM: ${stderr}`);
  await flowed;
  assert.ok(samples.length >= 3);

  const topicOf = (sample: Sample) => sample.topics.find((entry) => entry.topic === topic)!;
  const groupOf = (sample: Sample) => sample.groups.find((entry) => entry.group === group)!.topics.find((entry) => entry.topic === topic)!;

  // First sample: both readings came before the flow, so nothing in, nothing consumed, the lag is the other half.
  const first = samples[0]!;
  assert.ok(first.intervalSeconds >= 0.9 && first.intervalSeconds < 5, `interval ${first.intervalSeconds}`);
  assert.equal(topicOf(first).endOffset, 30);
  assert.equal(topicOf(first).messagesInPerSecond, 0);
  assert.equal(groupOf(first).consumedPerSecond, 0);
  for (const partition of groupOf(first).byPartition) {
    assert.equal(partition.committed, committedBefore.get(partition.partition));
    assert.equal(partition.lag, before.get(partition.partition)! - committedBefore.get(partition.partition)!);
  }

  // Rates × interval add up, over the following samples, to exactly what was produced and committed.
  const later = samples.slice(1);
  const produced = later.reduce((sum, sample) => sum + topicOf(sample).messagesInPerSecond * sample.intervalSeconds, 0);
  const consumed = later.reduce((sum, sample) => sum + groupOf(sample).consumedPerSecond * sample.intervalSeconds, 0);
  const last = samples[samples.length - 1]!;
  const after = await countPerPartition(kafka, topic, 75);
  const committedAfter = new Map([...after].map(([partition, count]) => [partition, Math.max(0, count - 1)]));
  assert.ok(close(produced, 45), `in rates add up to ${produced}, expected 45`);
  const committedGrowth = [...committedAfter].reduce((sum, [partition, offset]) => sum + offset - committedBefore.get(partition)!, 0);
  assert.ok(close(consumed, committedGrowth), `consumed rates add up to ${consumed}, expected ${committedGrowth}`);
  assert.ok(
    later.some((sample) => topicOf(sample).messagesInPerSecond > 0),
    'the flow shows as a rate',
  );

  // Last sample, after the flow: offsets and lag are Kafka's per partition.
  assert.equal(topicOf(last).endOffset, 75);
  for (const partition of topicOf(last).byPartition) assert.equal(partition.endOffset, after.get(partition.partition) ?? 0);
  for (const partition of groupOf(last).byPartition) {
    assert.equal(partition.committed, committedAfter.get(partition.partition));
    assert.equal(partition.lag, after.get(partition.partition)! - committedAfter.get(partition.partition)!);
  }
  assert.equal(
    groupOf(last).lag,
    [...after].reduce((sum, [partition, count]) => sum + count - committedAfter.get(partition)!, 0),
  );
});

test('monitor --once prints one table sample of the given topic and exits', { timeout: 60_000 }, async () => {
  const brokers = requireEnv('PRESSWATCH_TEST_KAFKA');
  const topic = `presswatch-test.monitor-once.${randomUUID().slice(0, 8)}`;
  await ensureTopics({ brokers: brokers.split(','), clientId: 'presswatch-test-monitor' }, [{ topic, partitions: 1 }], quietLogger);
  const child = spawn(process.execPath, [CLI, 'monitor', '--once', '--interval', '0.5', '--brokers', brokers, '--topic', topic], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0);
  assert.match(stdout, new RegExp(`^${topic.replace(/\./g, '\\.')}\\s+1\\s+0\\s+0\\.0$`, 'm'));
  assert.match(stdout, /^presswatch-cleaner\s+/m);
});
