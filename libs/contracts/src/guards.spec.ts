import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { z } from 'zod';
import { exactObject, string } from './guards.js';
import {
  CleanReleaseSchema,
  EnrichedReleaseSchema,
  RawReleaseSchema,
  parseCleanRelease,
  parseEnrichedRelease,
  parseRawRelease,
} from './releases.js';

const raw = {
  schemaVersion: 1,
  id: 'c0ffee',
  source: 'folder:samples',
  url: 'https://example.org/a',
  fetchedAt: '2024-05-01T10:00:00.000Z',
  contentType: 'text/html',
  body: '<p>Genève</p>',
  contentHash: 'a'.repeat(64),
};
const clean = {
  schemaVersion: 1,
  id: 'c0ffee',
  source: 'folder:samples',
  url: null,
  fetchedAt: '2024-05-01T10:00:00+02:00',
  contentHash: 'b'.repeat(64),
  language: 'fr',
  title: 'Titre',
  dateline: { text: 'GENÈVE, 1er mai' },
  body: 'Texte.',
  contacts: [{ name: 'A. B.', office: null, email: 'a@b.org', phones: ['+41 22 000 00 00'] }],
  warnings: ['short-body'],
  publishedAt: '2024-04-30T00:00:00Z',
};
const enriched = {
  ...clean,
  dateline: { text: 'GENÈVE, 1er mai', country: 'CH' },
  countries: [{ code: 'CH', name: 'Switzerland', role: 'primary', mentions: 2 }],
  regions: [{ code: '155', name: 'Western Europe' }],
  themes: [{ id: 'health', score: 0.5, reliefwebTheme: 'Health', evidence: ['santé'] }],
  organizations: [{ id: 'who', name: 'WHO' }],
  persons: [{ name: 'A. B.', role: null }],
  amounts: [{ value: 12, currency: 'CHF', text: '12 francs' }],
  location: { lat: 46.2, lon: 6.1 },
};

/** Replacement values tried at every place of a message: each kind a schema may accept or refuse. */
const ODD_VALUES: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'CH',
  'ch',
  'CHF',
  '155',
  '15',
  'a'.repeat(64),
  'A'.repeat(64),
  'a'.repeat(129),
  'a'.repeat(4097),
  '2024-05-01T10:00:00Z',
  '2024-02-30T10:00:00Z',
  '2024-05-01 10:00:00Z',
  '2024-05-01T10:00:00',
  'primary',
  'other',
  'empty-body',
  0,
  -0,
  1,
  2,
  -1,
  0.5,
  1.5,
  91,
  -181,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  [1],
  ['x'],
  {},
  { text: 'x' },
];

/** Every variant of a message with one place (a field, an element, a nested field) replaced, removed, added or moved. */
function* variants(value: unknown): Generator<unknown> {
  for (const odd of ODD_VALUES) yield odd;
  if (Array.isArray(value)) {
    yield [];
    yield [...value, ...value];
    for (let position = 0; position < value.length; position++)
      for (const inner of variants(value[position])) yield value.map((item, at) => (at === position ? inner : item));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const entries = Object.entries(value);
  yield Object.fromEntries(entries.reverse());
  yield { ...value, extra: 1 };
  for (const [key, field] of Object.entries(value)) {
    yield Object.fromEntries(Object.entries(value).filter(([name]) => name !== key));
    for (const inner of variants(field)) yield { ...value, [key]: inner };
  }
}

function outcome(parse: (value: unknown) => unknown, value: unknown): string {
  try {
    return `ok ${JSON.stringify(parse(value))}`;
  } catch (error) {
    return `error ${(error as Error).message}`;
  }
}

function zodOnly(schema: z.ZodType): (value: unknown) => unknown {
  return (value) => {
    const result = schema.safeParse(value);
    if (!result.success) throw new Error('refused');
    return result.data;
  };
}

describe('the release checks (guarded) against zod alone', () => {
  const cases = [
    { name: 'RawRelease', sample: raw, parse: parseRawRelease, schema: RawReleaseSchema },
    { name: 'CleanRelease', sample: clean, parse: parseCleanRelease, schema: CleanReleaseSchema },
    { name: 'EnrichedRelease', sample: enriched, parse: parseEnrichedRelease, schema: EnrichedReleaseSchema },
  ];
  for (const { name, sample, parse, schema } of cases) {
    it(`${name}: the same verdict and the same JSON for every one-place variant of a valid message`, () => {
      let accepted = 0;
      let refused = 0;
      for (const variant of variants(sample)) {
        const guarded = outcome(parse, variant);
        const reference = outcome(zodOnly(schema), variant);
        assert.equal(
          guarded.startsWith('ok'),
          reference.startsWith('ok'),
          `${name} verdict differs for ${String(JSON.stringify(variant)).slice(0, 300)}`,
        );
        if (guarded.startsWith('ok')) {
          assert.equal(guarded, reference, `${name} output differs for ${String(JSON.stringify(variant)).slice(0, 300)}`);
          accepted++;
        } else refused++;
      }
      assert.ok(accepted > 0 && refused > 100, `${accepted} accepted, ${refused} refused`);
    });
  }
});

describe('exactObject', () => {
  it('refuses to build when its fields are not the shape’s, in its order', () => {
    assert.throws(() => exactObject({ a: 1, b: 2 }, { b: string(), a: string() }), /not the schema's/);
    assert.throws(() => exactObject({ a: 1, b: 2 }, { a: string() }), /not the schema's/);
  });

  it('passes only the shape’s keys in order, so zod would return an equal object', () => {
    const guard = exactObject({ a: 1, b: 2 }, { a: string(), b: string() });
    assert.equal(guard({ a: 'x', b: 'y' }), true);
    assert.equal(guard({ b: 'y', a: 'x' }), false);
    assert.equal(guard({ a: 'x', b: 'y', c: 'z' }), false);
    assert.equal(guard(['x', 'y']), false);
  });
});
