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

  it("splits a produce request by the messages' exact bytes, checked before a message is added", async () => {
    const requests: OutgoingMessage[][] = [];
    const producer = { sendOrRefuse: async (messages: OutgoingMessage[]) => (requests.push(messages), []) };
    const publisher = new ReleasePublisher(producer, {
      maxReleaseBytes: 10_000,
      requestBytes: 2_000,
      signal: new AbortController().signal,
    });
    // Control characters are escaped as \u00XX in JSON: 200 body characters are 1,200 bytes of value, so two
    // such releases take a request each (counted in characters they would fit one); a.txt + b.txt is 2,036 bytes.
    const escaped = release('c.txt', '\u0001'.repeat(200));
    const releases = [release('a.txt'), release('b.txt', 'x'.repeat(1_500)), escaped, escaped, release('d.txt')];
    const refused = await publisher.publish(releases);
    assert.deepEqual(refused, []);
    const sizes = requests.map((request) => request.reduce((sum, message) => sum + (message.value as Buffer).length, 0));
    assert.ok(
      sizes.every((size) => size <= 2_000),
      `request sizes ${sizes.join(', ')}`,
    );
    assert.deepEqual(
      requests.map((request) => request.length),
      [1, 1, 1, 2],
    );
    assert.deepEqual(
      requests.flat().map((message) => message.headers?.[HEADERS.releaseId]),
      releases.map((entry) => entry.id),
    );
  });
});
