import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HEADERS, TOPICS } from '@presswatch/contracts';
import type { OutgoingMessage } from '@presswatch/kafka-messaging';
import { buildRawRelease } from '../raw-release.js';
import { ReleasePublisher } from './release-publisher.js';

const release = (location: string, body = 'Relief teams delivered shelter kits.') =>
  buildRawRelease({ source: 'folder:news', location, url: null, body, fetchedAt: new Date('2024-06-01T00:00:00Z') });

describe('ReleasePublisher', () => {
  it('keys raw releases by source and names each release in a header, and refuses what is over the limit', async () => {
    const sent: OutgoingMessage[] = [];
    const producer = { sendOrRefuse: async (messages: OutgoingMessage[]) => (sent.push(...messages), []) };
    const publisher = new ReleasePublisher(producer, { maxReleaseBytes: 2000, signal: new AbortController().signal });
    const small = release('a.txt');
    const large = release('b.txt', 'x'.repeat(3000));
    const refused = await publisher.publish([small, large]);
    assert.deepEqual(
      sent.map((message) => [message.topic, message.key, message.headers?.[HEADERS.releaseId]]),
      [[TOPICS.raw, 'folder:news', small.id]],
    );
    assert.deepEqual(
      refused.map((entry) => entry.id),
      [large.id],
    );
    assert.match(refused[0]!.reason, /^oversized: \d+ bytes, over the 2000-byte limit/);
  });
});
