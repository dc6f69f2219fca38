import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CrawlStateStore, openStateDatabase, type StateDatabase } from '@presswatch/pipeline-state';
import { requireEnv } from '../support/environment.js';

/** The new crawl-state tables on the PostgreSQL Kubernetes runs: migration, sources and URL checks. */
describe('crawl sources and URLs on PostgreSQL', () => {
  let database: StateDatabase;
  const name = `pg-source-${process.pid}-${Date.now()}`;

  before(async () => {
    database = await openStateDatabase(requireEnv('PRESSWATCH_TEST_POSTGRES'));
  });
  after(() => database?.destroy());

  it('has the tables of the new migration', async () => {
    const tables = (await database.query(
      "SELECT table_name FROM information_schema.tables WHERE table_name IN ('crawl_sources', 'crawl_urls')",
    )) as { table_name: string }[];
    assert.deepEqual(tables.map((row) => row.table_name).sort(), ['crawl_sources', 'crawl_urls']);
  });

  it('keeps a source schedule across connections', async () => {
    await new CrawlStateStore(database).sourceStarted(name, 'sitemap', new Date().toISOString());
    await new CrawlStateStore(database).sourceFinished(name, {
      status: 'ok',
      finishedAt: '2024-05-01T10:01:00.000Z',
      nextDueAt: '2024-05-01T11:01:00.000Z',
      backfilled: true,
    });
    const reopened = await openStateDatabase(requireEnv('PRESSWATCH_TEST_POSTGRES'));
    try {
      const state = await new CrawlStateStore(reopened).source(name);
      assert.deepEqual(
        [state?.kind, state?.nextDueAt, state?.backfilledAt, state?.runs],
        ['sitemap', '2024-05-01T11:01:00.000Z', '2024-05-01T10:01:00.000Z', 1],
      );
    } finally {
      await reopened.destroy();
    }
  });
});
