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
}

/**
 * Reads a topic from the beginning with a throwaway consumer group (nothing committed that matters), for
 * tools and tests that inspect a topic, e.g. the dead letters.
 */
export async function readTopic(settings: KafkaSettings, topic: string, options: ReadOptions, logger: StructuredLogger): Promise<IncomingMessage[]> {
  const consumer = createKafkaClient(settings, logger).consumer({ groupId: `${READER_GROUP_PREFIX}${randomUUID()}`, allowAutoTopicCreation: false });
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
export async function readWholeTopic(settings: KafkaSettings, topic: string, timeoutMs: number, logger: StructuredLogger): Promise<IncomingMessage[]> {
  const reader = await OffsetReader.connect(settings, logger);
  let retained = 0;
  try {
    for (const partition of await reader.readTopicOffsets([topic])) retained += partition.end - partition.start;
  } finally {
    await reader.close();
  }
  return retained === 0 ? [] : readTopic(settings, topic, { limit: retained, timeoutMs }, logger);
}
