import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { GoldSchema, keySource, labelKey, LabelSchema, loadGold, loadOptionalLabels, loadSyntheticReleases } from './labels.js';

const common = { language: 'fr', primaryCountry: 'NE', countries: ['NE', 'LY'], themes: ['human-trafficking'], organizations: ['IOM'] };

function withFile(name: string, content: string, use: (path: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'labels-spec-'));
  try {
    const path = join(dir, name);
    writeFileSync(path, content);
    use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('label files', () => {
  it('reads the four source kinds and keys them', () => {
    const labels = [
      { source: 'corpus', id: 'reliefweb-123', ...common },
      { source: 'samples', file: 'fr-01-x.txt', ...common },
      { source: 'iom', file: '000_05d1c4990382c3e3.txt', ...common },
      { source: 'synthetic', id: 'syn-alice-007', ...common },
    ].map((l) => LabelSchema.parse(l));
    assert.deepEqual(labels.map(labelKey), [
      'corpus:reliefweb-123',
      'samples:fr-01-x.txt',
      'iom:000_05d1c4990382c3e3.txt',
      'synthetic:syn-alice-007',
    ]);
    assert.deepEqual(
      labels.map((l) => keySource(labelKey(l))),
      ['corpus', 'samples', 'iom', 'synthetic'],
    );
  });

  it('refuses unknown fields, sources and malformed ids', () => {
    assert.throws(() => LabelSchema.parse({ source: 'corpus', id: 'reliefweb-1', ...common, note: 'x' }));
    assert.throws(() => LabelSchema.parse({ source: 'web', id: 'x', ...common }));
    assert.throws(() => LabelSchema.parse({ source: 'synthetic', id: 'synthetic-1', ...common }));
    assert.throws(() => LabelSchema.parse({ source: 'corpus', id: 'reliefweb-1', ...common, primaryCountry: 'Niger' }));
  });

  it('reads adjudicated gold with its reasons', () => {
    const g = GoldSchema.parse({
      key: 'iom:003_09d92d631dec1b3d.txt',
      ...common,
      primaryCountry: null,
      reasons: { primaryCountry: 'regional training', themes: { 'human-trafficking': 'the subject' } },
    });
    assert.equal(g.primaryCountry, null);
    assert.throws(() => GoldSchema.parse({ key: 'web:x', ...common, reasons: {} }));
  });

  it('loads absent optional files as null and names the file of a bad entry', () => {
    assert.equal(loadGold('/nonexistent/adjudicated.json'), null);
    assert.equal(loadOptionalLabels('/nonexistent/labeller-a.json'), null);
    assert.equal(loadSyntheticReleases('/nonexistent/releases.jsonl'), null);
    withFile(
      'adjudicated.json',
      JSON.stringify([{ key: 'corpus:reliefweb-1', ...common, reasons: { themes: { gender: '' } } }]),
      (path) => {
        assert.throws(() => loadGold(path), /adjudicated\.json.*reasons/s);
      },
    );
  });

  it('reads gold as a JSON array or one object a line, reasons optional', () => {
    const reasons = { countries: { CA: 'named' }, organizations: { UN: 'only in a title' } };
    const entries = [
      { key: 'corpus:reliefweb-1', ...common },
      { key: 'synthetic:syn-a1-001', ...common, reasons },
    ];
    const asArray = `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;
    const asLines = `${entries.map((e) => JSON.stringify(e)).join('\n')}\n`;
    for (const [name, text] of [
      ['array.json', asArray],
      ['lines.json', asLines],
    ] as const) {
      withFile(name, text, (path) => {
        const gold = loadGold(path);
        assert.deepEqual(
          gold?.map((g) => g.reasons),
          [{}, reasons],
        );
      });
    }
    withFile('lines.json', `${asLines}{"key": "corpus:reliefweb-2"}\n`, (path) => assert.throws(() => loadGold(path), /lines\.json:3/));
  });

  it('reads synthetic releases one a line, skipping blank lines', () => {
    const lines = [
      JSON.stringify({ id: 'syn-a-001', language: 'es', author: 'a', text: '<html><body><h1>Trata</h1></body></html>' }),
      '',
      JSON.stringify({ id: 'syn-b-002', language: 'en', author: 'b', text: 'GENEVA - IOM ...' }),
    ];
    withFile('releases.jsonl', `${lines.join('\n')}\n`, (path) => {
      assert.deepEqual(
        loadSyntheticReleases(path)?.map((r) => r.id),
        ['syn-a-001', 'syn-b-002'],
      );
    });
    withFile('releases.jsonl', JSON.stringify({ id: 'syn-a-001', language: 'pt', author: 'a', text: 'x' }), (path) => {
      assert.throws(() => loadSyntheticReleases(path), /releases\.jsonl:1/);
    });
  });
});
