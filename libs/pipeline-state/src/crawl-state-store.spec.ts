import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DataSource } from 'typeorm';
import { openStateDatabase } from './data-source.js';
import { CrawlStateStore } from './crawl-state-store.js';
import { DatabaseCrawlMemory } from './database-crawl-memory.js';

describe('CrawlStateStore on SQLite', () => {
  let database: DataSource;
  let store: CrawlStateStore;

  before(async () => {
    database = await openStateDatabase('sqlite::memory:');
    store = new CrawlStateStore(database);
  });
  after(() => database.destroy());

  it('remembers runs, the next due time and the end of the backfill', async () => {
    const started = await store.sourceStarted('feed:a', 'feed', '2024-05-01T10:00:00.000Z');
    assert.deepEqual([started.runs, started.backfilledAt], [1, null]);
    await store.sourceFinished('feed:a', {
      status: 'partial',
      error: null,
      finishedAt: '2024-05-01T10:01:00.000Z',
      nextDueAt: '2024-05-01T10:16:00.000Z',
      backfilled: true,
    });
    const again = await store.sourceStarted('feed:a', 'feed', '2024-05-01T10:16:00.000Z');
    assert.deepEqual(
      [again.runs, again.backfilledAt, again.nextDueAt, again.lastStatus],
      [2, '2024-05-01T10:01:00.000Z', '2024-05-01T10:16:00.000Z', 'partial'],
    );
  });

  it('counts consecutive failures and knows which URLs are current', async () => {
    const check = { id: 'u1', source: 'feed:a', url: 'https://a.example/1', checkedAt: '2024-05-01T10:00:00.000Z' };
    await store.recordUrl({ ...check, outcome: 'failed', error: 'HTTP 500' });
    await store.recordUrl({ ...check, outcome: 'failed', error: 'HTTP 500' });
    assert.equal((await store.url('u1'))?.failures, 2);
    assert.deepEqual([...(await store.knownIds(['u1', 'u2']))], []);
    await store.recordUrl({ ...check, outcome: 'published', httpStatus: 200 });
    await store.recordUrl({ ...check, id: 'u2', outcome: 'not-modified', httpStatus: 304 });
    assert.deepEqual([...(await store.knownIds(['u1', 'u2', 'u3']))].sort(), ['u1', 'u2']);
    assert.equal((await store.url('u1'))?.failures, 0);
  });

  it('gives the crawler the published version and keeps new validators of unchanged content', async () => {
    const memory = new DatabaseCrawlMemory(database);
    assert.equal(await memory.published('r1'), null);
    const location = 'https://a.example/1';
    const fetchedAt = '2024-05-01T10:00:00.000Z';
    await memory.recordPublished(
      { id: 'r1', source: 'feed:a', location, contentHash: 'e'.repeat(64), fetchedAt, etag: '"v1"', lastModified: null },
      1,
    );
    await memory.refreshValidators('r1', '"v2"', 'Wed, 01 May 2024 10:00:00 GMT');
    assert.deepEqual(await memory.published('r1'), {
      contentHash: 'e'.repeat(64),
      etag: '"v2"',
      lastModified: 'Wed, 01 May 2024 10:00:00 GMT',
      fetchedAt: '2024-05-01T10:00:00.000Z',
      version: 1,
    });
  });
});
