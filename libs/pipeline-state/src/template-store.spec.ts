import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DataSource } from 'typeorm';
import { openStateDatabase } from './data-source.js';
import { TemplateStore } from './template-store.js';

describe('TemplateStore on SQLite', () => {
  let database: DataSource;
  before(async () => {
    database = await openStateDatabase('sqlite::memory:');
  });
  after(() => database.destroy());

  it('saves a source template and loads it back, replacing the previous one', async () => {
    const store = new TemplateStore(database);
    assert.equal(await store.load('site-a'), null);
    assert.equal(await store.save('site-a', { json: '{"documents":1}', documents: 1, revision: null }), 1);
    assert.equal(await store.save('site-a', { json: '{"documents":2}', documents: 2, revision: 1 }), 2);
    assert.deepEqual(await store.load('site-a'), { json: '{"documents":2}', documents: 2, revision: 2 });
    assert.equal(await store.load('site-b'), null);
  });

  it('refuses to write over a revision it did not load (another cleaner wrote first)', async () => {
    const store = new TemplateStore(database);
    assert.equal(await store.save('site-c', { json: 'first', documents: 1, revision: null }), 1);
    assert.equal(await store.save('site-c', { json: 'late create', documents: 1, revision: null }), null);
    assert.equal(await store.save('site-c', { json: 'second', documents: 2, revision: 1 }), 2);
    assert.equal(await store.save('site-c', { json: 'stale', documents: 2, revision: 1 }), null);
    assert.deepEqual(await store.load('site-c'), { json: 'second', documents: 2, revision: 2 });
  });
});
