import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FetchLedger, openStateDatabase, type StateDatabase } from '@presswatch/pipeline-state';
import { requireEnv } from '../support/environment.js';

/** The crawl state on the database Kubernetes runs: migrations and the ledger on a real PostgreSQL. */
describe('crawl state on PostgreSQL', () => {
  let database: StateDatabase;
  const id = `pg-${process.pid}-${Date.now()}`;
  const observation = { id, source: 'folder:pg-test', location: 'a.txt', contentHash: 'c'.repeat(64), fetchedAt: new Date().toISOString() };

  before(async () => {
    database = await openStateDatabase(requireEnv('PRESSWATCH_TEST_POSTGRES'));
  });
  after(() => database?.destroy());

  it('runs the migrations idempotently', async () => {
    const again = await openStateDatabase(requireEnv('PRESSWATCH_TEST_POSTGRES'));
    const tables = await again.query("SELECT table_name FROM information_schema.tables WHERE table_name = 'fetched_documents'");
    await again.destroy();
    assert.equal(tables.length, 1);
  });

  it('remembers what was fetched across connections', async () => {
    const ledger = new FetchLedger(database);
    assert.deepEqual(await ledger.decide(observation), { publish: true, version: 1 });
    await ledger.record(observation, 1);
    const reopened = await openStateDatabase(requireEnv('PRESSWATCH_TEST_POSTGRES'));
    try {
      assert.deepEqual(await new FetchLedger(reopened).decide(observation), { publish: false, reason: 'unchanged' });
      assert.deepEqual(await new FetchLedger(reopened).decide({ ...observation, contentHash: 'd'.repeat(64) }), {
        publish: true,
        version: 2,
      });
    } finally {
      await reopened.destroy();
    }
  });

  it('decides and records a publish batch at once (multi-row upsert)', async () => {
    const ledger = new FetchLedger(database);
    const batch = ['a', 'b', 'c'].map((name) => ({ ...observation, id: `${id}-${name}`, location: `${name}.txt` }));
    assert.deepEqual(
      await ledger.decideAll(batch),
      batch.map(() => ({ publish: true, version: 1 })),
    );
    await ledger.recordAll(batch.map((entry) => ({ observation: entry, version: 1 })));
    const changed = { ...batch[2]!, contentHash: 'e'.repeat(64), etag: '"v2"' };
    await ledger.recordAll([
      { observation: batch[0]!, version: 1 },
      { observation: changed, version: 2 },
    ]);
    assert.deepEqual(await ledger.decideAll([...batch, { ...observation, id: `${id}-d` }]), [
      { publish: false, reason: 'unchanged' },
      { publish: false, reason: 'unchanged' },
      { publish: true, version: 3 },
      { publish: true, version: 1 },
    ]);
    const stored = await ledger.find(changed.id);
    assert.deepEqual([stored?.contentHash, stored?.etag, stored?.version, stored?.lastStatus], ['e'.repeat(64), '"v2"', 2, 'published']);
  });
});
