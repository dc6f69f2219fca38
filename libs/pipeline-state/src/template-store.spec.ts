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
    await store.save('site-a', { json: '{"documents":1}', documents: 1 });
    await store.save('site-a', { json: '{"documents":2}', documents: 2 });
    assert.deepEqual(await store.load('site-a'), { json: '{"documents":2}', documents: 2 });
    assert.equal(await store.load('site-b'), null);
  });
});
