import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawRelease } from '@presswatch/contracts';
import { FetchLedger, openStateDatabase, type StateDatabase } from '@presswatch/pipeline-state';
import { fetchFolder } from './folder-fetcher.js';
import { decodeText } from './decode.js';
import { sha256Hex, sniffContentType } from './raw-release.js';
import { createHash } from 'node:crypto';

describe('fetchFolder', () => {
  let folder: string;
  let database: StateDatabase;
  const published: RawRelease[] = [];
  const run = () =>
    fetchFolder({
      folder,
      source: 'folder:test',
      ledger: new FetchLedger(database),
      publish: async (releases) => void published.push(...releases),
    });

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'presswatch-folder-'));
    database = await openStateDatabase('sqlite::memory:');
    await writeFile(join(folder, 'a.txt'), 'Première dépêche');
    await writeFile(join(folder, 'b.html'), '<html><body><p>Second</p></body></html>');
    await writeFile(join(folder, 'notes.json'), '{}');
  });
  after(async () => {
    await database.destroy();
    await rm(folder, { recursive: true });
  });

  it('publishes every release file once, then nothing while unchanged', async () => {
    const first = await run();
    assert.deepEqual([first.seen, first.published, first.unchanged], [2, 2, 0]);
    const second = await run();
    assert.deepEqual([second.seen, second.published, second.unchanged], [2, 0, 2]);
    assert.equal(published.length, 2);
    assert.deepEqual(published.map((release) => release.contentType).sort(), ['text/html', 'text/plain']);
  });

  it('republishes a changed file under the same id', async () => {
    await writeFile(join(folder, 'a.txt'), 'Première dépêche, corrigée');
    const third = await run();
    assert.equal(third.published, 1);
    assert.equal(published[2]!.id, published.find((release) => release.body === 'Première dépêche')!.id);
  });

  it('cuts publish batches at the file count or the body bytes, checked before a file is added', async () => {
    const batchFolder = await mkdtemp(join(tmpdir(), 'presswatch-batches-'));
    const batchDatabase = await openStateDatabase('sqlite::memory:');
    // 150 characters but 300 UTF-8 bytes each: a cap counted in characters would let three through.
    const accented = 'é'.repeat(150);
    const bodies = ['release 0', 'release 1', 'release 2', 'x'.repeat(500), accented, accented, accented, 'release 7'];
    try {
      for (const [n, body] of bodies.entries()) await writeFile(join(batchFolder, `${n}.txt`), body);
      const batches: string[][] = [];
      const stats = await fetchFolder({
        folder: batchFolder,
        source: 'folder:batches',
        ledger: new FetchLedger(batchDatabase),
        publish: async (releases) => void batches.push(releases.map((release) => release.body)),
        batchSize: 3,
        batchBytes: 400,
      });
      const bytes = batches.map((batch) => batch.reduce((sum, body) => sum + Buffer.byteLength(body), 0));
      // 0 1 2 (count) | 3 (500 bytes: alone, over the cap) | é (a second would make 600) | é | é 7
      assert.deepEqual(
        batches.map((batch) => batch.length),
        [3, 1, 1, 1, 2],
      );
      assert.deepEqual(batches.flat(), bodies);
      assert.ok(bytes.every((size, index) => size <= 400 || batches[index]!.length === 1));
      assert.equal(stats.published, 8);
    } finally {
      await batchDatabase.destroy();
      await rm(batchFolder, { recursive: true });
    }
  });
  it('hashes the body as text, whichever way the file was read (UTF-8, with a BOM, windows-1252)', async () => {
    const hashFolder = await mkdtemp(join(tmpdir(), 'presswatch-hashes-'));
    const hashDatabase = await openStateDatabase('sqlite::memory:');
    try {
      await writeFile(join(hashFolder, 'a.txt'), 'Sécurité alimentaire – 2024');
      await writeFile(join(hashFolder, 'b.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Sécurité', 'utf8')]));
      await writeFile(join(hashFolder, 'c.txt'), Buffer.from([0x53, 0xe9, 0x63, 0x75, 0x72, 0x69, 0x74, 0xe9, 0x20, 0x80]));
      const releases: RawRelease[] = [];
      await fetchFolder({
        folder: hashFolder,
        source: 'folder:hashes',
        ledger: new FetchLedger(hashDatabase),
        publish: async (batch) => void releases.push(...batch),
      });
      assert.deepEqual(
        releases.map((release) => release.body),
        ['Sécurité alimentaire – 2024', 'Sécurité', 'Sécurité €'],
      );
      for (const release of releases) assert.equal(release.contentHash, createHash('sha256').update(release.body, 'utf8').digest('hex'));
      assert.equal(sha256Hex(Buffer.from('Sécurité', 'utf8')), sha256Hex('Sécurité'));
    } finally {
      await hashDatabase.destroy();
      await rm(hashFolder, { recursive: true });
    }
  });
});

describe('decodeText', () => {
  it('reads UTF-8, and windows-1252 when the bytes are not UTF-8', () => {
    assert.equal(decodeText(Buffer.from('Sécurité', 'utf8')), 'Sécurité');
    assert.equal(decodeText(Buffer.from([0x53, 0xe9, 0x63, 0x75, 0x72, 0x69, 0x74, 0xe9, 0x20, 0x80])), 'Sécurité €');
    assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa9])), 'Aé');
    assert.equal(decodeText(new Uint8Array([0x20, 0x20, 0x41, 0xc3, 0xa9]).subarray(2)), 'Aé');
  });
});

describe('sniffContentType', () => {
  it('decides by content', () => {
    assert.equal(sniffContentType('<!DOCTYPE html><html></html>'), 'text/html');
    assert.equal(sniffContentType('Mexique – Un texte avec <br> une balise perdue.'), 'text/plain');
  });

  it('looks at the first 2,048 characters only, with or without a `<` in them', () => {
    const page = '<html><body><p>x</p></body></html>';
    assert.equal(sniffContentType(`  \n${page}`), 'text/html');
    assert.equal(sniffContentType('Sans balise.\n'.repeat(10)), 'text/plain');
    assert.equal(sniffContentType(`${'é'.repeat(2048)}${page}`), 'text/plain');
    assert.equal(sniffContentType(`${'é'.repeat(2030)}<p>a<p>b<div>c`), 'text/html');
  });
});
