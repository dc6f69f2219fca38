import { randomUUID } from 'node:crypto';
import { READER_GROUP_PREFIX } from '@presswatch/contracts';
import { copyRawHeaders, createKafkaClient, decodeHeaders } from './client.js';
import { OffsetReader } from './offsets.js';
import type { IncomingMessage, KafkaSettings, StructuredLogger } from './types.js';

export interface ReadOptions {
  /** Stop once this many messages matched. */
  limit: number;
  timeoutMs: number;
  /** Only messages passing this filter are kept and counted. */
  filter?: (message: IncomingMessage) => boolean;
  /** Start at these offsets (per partition) instead of the beginning. */
  from?: { partition: number; offset: number }[];
}

/**
 * Reads a topic from the beginning with a throwaway consumer group (nothing committed that matters), for
 * tools and tests that inspect a topic, e.g. the dead letters.
 */
export async function readTopic(
  settings: KafkaSettings,
  topic: string,
  options: ReadOptions,
  logger: StructuredLogger,
): Promise<IncomingMessage[]> {
  const groupId = `${READER_GROUP_PREFIX}${randomUUID()}`;
  if (options.from && options.from.length > 0) {
    // The throwaway group has no members yet, so its starting offsets can be set from outside.
    const reader = await OffsetReader.connect(settings, logger);
    await reader.commitGroupOffsets(groupId, topic, options.from).finally(() => reader.close());
  }
  const consumer = createKafkaClient(settings, logger).consumer({ groupId, allowAutoTopicCreation: false });
  const found: IncomingMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, options.timeoutMs);
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const incoming: IncomingMessage = {
              topic,
              partition,
              offset: message.offset,
              key: message.key?.toString() ?? null,
              value: message.value,
              headers: decodeHeaders(message.headers),
              timestamp: message.timestamp,
              rawKey: message.key,
              rawHeaders: copyRawHeaders(message.headers),
            };
            if (options.filter && !options.filter(incoming)) return;
            found.push(incoming);
            if (found.length >= options.limit) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return found;
}

/** Reads every message a topic retains right now (from its start to its end offsets). */
export async function readWholeTopic(
  settings: KafkaSettings,
  topic: string,
  timeoutMs: number,
  logger: StructuredLogger,
): Promise<IncomingMessage[]> {
  return readTopicSince(settings, topic, [], timeoutMs, logger);
}

/**
 * Reads what a topic received since the given offsets (per partition; partitions not listed from their
 * start) up to its end offsets now, e.g. what a test or a fault-injection scenario produced.
 */
export async function readTopicSince(
  settings: KafkaSettings,
  topic: string,
  since: { partition: number; offset: number }[],
  timeoutMs: number,
  logger: StructuredLogger,
): Promise<IncomingMessage[]> {
  const reader = await OffsetReader.connect(settings, logger);
  let pending = 0;
  let from: { partition: number; offset: number }[];
  try {
    const ranges = await reader.readTopicOffsets([topic]);
    from = ranges.map((range) => ({
      partition: range.partition,
      offset: Math.max(range.start, since.find((entry) => entry.partition === range.partition)?.offset ?? range.start),
    }));
    ranges.forEach((range, position) => (pending += Math.max(0, range.end - from[position]!.offset)));
  } finally {
    await reader.close();
  }
  return pending === 0 ? [] : readTopic(settings, topic, { limit: pending, timeoutMs, from }, logger);
}
