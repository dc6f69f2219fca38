import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DataSource } from 'typeorm';
import { openStateDatabase, redactUrl } from './data-source.js';
import { FetchLedger } from './fetch-ledger.js';

/** Runs on the embedded SQLite; tests/integration runs the same ledger against PostgreSQL. */
describe('FetchLedger on SQLite', () => {
  let database: DataSource;
  let ledger: FetchLedger;
  const observation = {
    id: 'r1',
    source: 'folder:x',
    location: '/x/a.txt',
    contentHash: 'a'.repeat(64),
    fetchedAt: '2024-01-01T00:00:00.000Z',
  };

  before(async () => {
    database = await openStateDatabase('sqlite::memory:');
    ledger = new FetchLedger(database);
  });
  after(() => database.destroy());

  it('publishes a new document as version 1, then skips it while unchanged', async () => {
    assert.deepEqual(await ledger.decide(observation), { publish: true, version: 1 });
    await ledger.record(observation, 1);
    assert.deepEqual(await ledger.decide(observation), { publish: false, reason: 'unchanged' });
  });

  it('publishes changed content as the next version', async () => {
    const changed = { ...observation, contentHash: 'b'.repeat(64) };
    assert.deepEqual(await ledger.decide(changed), { publish: true, version: 2 });
    await ledger.record(changed, 2);
    assert.equal(await ledger.count('folder:x'), 1);
  });

  it('decides and records a batch at once, as the single calls do', async () => {
    const batch = ['b1', 'b2', 'b3'].map((id) => ({ ...observation, id, location: `/x/${id}.txt` }));
    const first = await ledger.decideAll(batch);
    assert.deepEqual(
      first,
      [1, 1, 1].map((version) => ({ publish: true, version })),
    );
    await ledger.recordAll(batch.map((entry) => ({ observation: entry, version: 1 })));
    const changed = { ...batch[1]!, contentHash: 'e'.repeat(64) };
    assert.deepEqual(await ledger.decideAll([batch[0]!, changed, { ...observation, id: 'b4' }]), [
      { publish: false, reason: 'unchanged' },
      { publish: true, version: 2 },
      { publish: true, version: 1 },
    ]);
    await ledger.recordAll([{ observation: changed, version: 2 }]);
    assert.deepEqual(await ledger.decide(changed), { publish: false, reason: 'unchanged' });
    assert.equal((await ledger.find('b2'))?.version, 2);
  });

  it('never prints database passwords', () => {
    assert.equal(redactUrl('postgres://app:s3cret@db:5432/presswatch'), 'postgres://app:***@db:5432/presswatch');
  });
});
