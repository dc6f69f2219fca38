import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutgoingMessage } from '@presswatch/kafka-messaging';
import { DatabaseCrawlMemory, openStateDatabase, type StateDatabase } from '@presswatch/pipeline-state';
import { WebFetcher } from '../web/web-fetcher.js';
import { ReleasePublisher, type RawProducer } from './release-publisher.js';
import { SourceRunner } from './source-runner.js';

/** A producer whose sends fail `outage` times (Kafka down), or for good after `failAfter` messages. */
function fakeProducer(options: { outage?: number; failAfter?: number; refuseOver?: number } = {}) {
  const sent: OutgoingMessage[] = [];
  let outage = options.outage ?? 0;
  const producer: RawProducer = {
    async sendOrRefuse(messages) {
      if (outage-- > 0 || (options.failAfter !== undefined && sent.length >= options.failAfter))
        throw new Error('Connection error: connect ECONNREFUSED');
      const refused = messages.filter((message) => Buffer.byteLength(message.value) > (options.refuseOver ?? Infinity));
      sent.push(...messages.filter((message) => !refused.includes(message)));
      return refused.map((message) => ({ message, reason: 'MESSAGE_TOO_LARGE' }));
    },
  };
  return { producer, sent };
}

describe('SourceRunner', () => {
  let folder: string;
  let database: StateDatabase;
  const source = { kind: 'folder' as const, name: 'folder:test', path: '', intervalSeconds: 0, allowPrivate: false, enabled: true };
  const runner = (producer: RawProducer, abort = new AbortController(), maxReleaseBytes = 1_000_000) =>
    new SourceRunner({
      fetcher: new WebFetcher(),
      memory: new DatabaseCrawlMemory(database),
      publisher: new ReleasePublisher(producer, { maxReleaseBytes, signal: abort.signal, retryInitialMs: 1, retryMaxMs: 2 }),
      shouldStop: () => abort.signal.aborted,
    });

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'presswatch-runner-'));
    source.path = folder;
    for (let n = 0; n < 300; n++)
      await writeFile(
        join(folder, `${String(n).padStart(3, '0')}.txt`),
        `Release ${n}\n\nTeams delivered aid to the valley, report number ${n}.`,
      );
  });
  after(async () => rm(folder, { recursive: true }));

  it('retries publishing through a Kafka outage until the pass completes, and counts the retries', async () => {
    database = await openStateDatabase('sqlite::memory:');
    const { producer, sent } = fakeProducer({ outage: 3 });
    const run = await runner(producer).run(source, { nextDueAt: () => null });
    assert.equal(run.status, 'ok');
    assert.deepEqual([run.stats.seen, run.stats.published, run.stats.publishRetries], [300, 300, 3]);
    assert.equal(sent.length, 300);
    await database.destroy();
  });

  it('keeps the statistics of a pass that stops midway', async () => {
    database = await openStateDatabase('sqlite::memory:');
    const abort = new AbortController();
    // The first publish batch (200 files) goes through, then Kafka goes away.
    const { producer } = fakeProducer({ failAfter: 200 });
    const pending = runner(producer, abort).run(source, { nextDueAt: () => null });
    setTimeout(() => abort.abort(new Error('the fetcher is shutting down')), 100);
    const run = await pending;
    assert.equal(run.status, 'failed');
    assert.match(run.error ?? '', /shutting down/);
    // 200 were published before Kafka went away: the run says so (it said "published: 0" before)
    assert.equal(run.stats.published, 200);
    assert.ok(run.stats.publishRetries > 0);
    await database.destroy();
  });

  it('reports releases over the size limit as failed, publishes the others, and asks for the next due time', async () => {
    database = await openStateDatabase('sqlite::memory:');
    await writeFile(join(folder, 'huge.txt'), `Huge\n\n${'word '.repeat(1000)}`);
    const { producer, sent } = fakeProducer();
    let asked: string | undefined;
    const run = await runner(producer, new AbortController(), 3000).run(source, {
      nextDueAt: (finished) => ((asked = finished.status), null),
    });
    assert.equal(run.status, 'partial');
    assert.deepEqual(
      run.stats.failed.map((failure) => failure.location),
      ['huge.txt'],
    );
    assert.match(run.stats.failed[0]!.reason, /^oversized: \d+ bytes, over the 3000-byte limit/);
    assert.equal(sent.length, 300);
    assert.equal(asked, 'partial');
    await rm(join(folder, 'huge.txt'));
    await database.destroy();
  });
});
