import { TOPICS, parseRawRelease, type RawRelease } from '@presswatch/contracts';
import { readTopic } from '@presswatch/kafka-messaging';
import { quietLogger } from '../support/quiet-logger.js';

/**
 * Every raw release on the real topic whose source passes `accept`, read from the beginning until the topic
 * stays quiet for the timeout (the topic is shared: other tests' messages are skipped, not counted).
 */
export async function publishedReleases(brokers: string, accept: (source: string) => boolean, timeoutMs = 12_000): Promise<RawRelease[]> {
  const messages = await readTopic(
    { brokers: [brokers], clientId: 'presswatch-fetcher-test' },
    TOPICS.raw,
    {
      limit: Number.MAX_SAFE_INTEGER,
      timeoutMs,
      filter: (message) => {
        try {
          return accept((JSON.parse(message.value?.toString('utf8') ?? '{}') as { source?: string }).source ?? '');
        } catch {
          return false;
        }
      },
    },
    quietLogger,
  );
  return messages.map((message) => parseRawRelease(JSON.parse(message.value!.toString('utf8'))));
}
