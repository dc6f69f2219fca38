import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildTrainSet } from './eval-set.js';
import { GoldSchema, labelKey, SecondPassSchema, type Label } from './labels.js';
import { integrateTrainLabels, TRAIN_PARTS } from './train-adjudication.js';

type CorpusLabel = Extract<Label, { source: 'corpus' }>;

const label = (n: number): CorpusLabel => ({
  source: 'corpus',
  id: `reliefweb-${n}`,
  language: n % 2 === 0 ? 'fr' : 'en',
  primaryCountry: 'NE',
  countries: ['NE', 'ML'],
  themes: ['human-trafficking'],
  organizations: ['IOM'],
});
/** Six releases: parts p1, p2 get two each, p3, p4 one each. */
const TRAIN = [1, 2, 3, 4, 5, 6].map(label);
const CODES = { themes: new Set(['human-trafficking', 'forced-labour', 'gender']), countries: new Set(['NE', 'ML', 'TD']) };

const root = mkdtempSync(join(tmpdir(), 'train-adjudication-'));
after(() => rmSync(root, { recursive: true, force: true }));

const jsonLines = (items: object[]): string => `[\n${items.map((i) => `  ${JSON.stringify(i)}`).join(',\n')}\n]\n`;

/** A delivery folder: labeller 2 agrees with train.json but for release 3 (TD, +forced-labour), which the adjudicator decides. */
function delivery(name: string, options: { gold: boolean; tweak?: (part: number, second: object[], gold: object[]) => void }): string {
  const dir = join(root, name);
  for (let p = 0; p < TRAIN_PARTS; p++) {
    const part = join(dir, `p${p + 1}`);
    mkdirSync(part, { recursive: true });
    const mine = TRAIN.filter((_, i) => i % TRAIN_PARTS === p);
    const second: object[] = mine.map((l) => ({
      id: l.id,
      language: l.language,
      primaryCountry: l.id === 'reliefweb-3' ? 'TD' : l.primaryCountry,
      themes: l.id === 'reliefweb-3' ? ['human-trafficking', 'forced-labour'] : l.themes,
    }));
    const gold: object[] = mine.map((l) =>
      l.id === 'reliefweb-3'
        ? {
            key: 'corpus:reliefweb-3',
            language: 'en',
            primaryCountry: 'TD',
            themes: ['human-trafficking'],
            reasons: { primaryCountry: 'the training is held in Chad', themes: { 'forced-labour': 'dropped: a passing mention' } },
          }
        : { key: `corpus:${l.id}`, language: l.language, primaryCountry: l.primaryCountry, themes: l.themes },
    );
    options.tweak?.(p, second, gold);
    writeFileSync(join(part, 'labeller-2.json'), jsonLines(second));
    writeFileSync(join(part, 'notes-2.md'), `notes ${p + 1}\n`);
    if (options.gold) {
      writeFileSync(join(part, 'gold.json'), jsonLines(gold));
      writeFileSync(join(part, 'adjudication.md'), `adjudication ${p + 1}\n`);
    }
  }
  return dir;
}

function target(name: string): string {
  const dir = join(root, `${name}-out`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('integrating the training set adjudication', () => {
  it('writes labeller 2 and the gold in train.json order, countries and organisations from train.json', () => {
    const out = target('whole');
    const summary = integrateTrainLabels({
      sourceDir: delivery('whole', { gold: true }),
      train: TRAIN,
      codes: CODES,
      secondOnly: false,
      evalDir: out,
    });
    const second = SecondPassSchema.array().parse(JSON.parse(readFileSync(join(out, 'train-second.json'), 'utf8')));
    const gold = GoldSchema.array().parse(JSON.parse(readFileSync(join(out, 'train-adjudicated.json'), 'utf8')));
    assert.deepEqual(
      second.map((s) => s.key),
      TRAIN.map(labelKey),
    );
    assert.deepEqual(second[2], {
      key: 'corpus:reliefweb-3',
      language: 'en',
      primaryCountry: 'TD',
      themes: ['human-trafficking', 'forced-labour'],
    });
    const first = TRAIN[0] as Label;
    assert.deepEqual(gold[0], { key: labelKey(first), ...withoutSource(first), reasons: {} });
    // The adjudicated primary joins the countries, with a reason saying so.
    assert.deepEqual(gold[2]?.countries, ['NE', 'ML', 'TD']);
    assert.deepEqual(gold[2]?.organizations, ['IOM']);
    assert.match(gold[2]?.reasons.countries?.['TD'] ?? '', /^added/);
    assert.equal(gold[2]?.reasons.primaryCountry, 'the training is held in Chad');
    assert.equal(readFileSync(join(out, 'notes', 'adjudication-train-p3.md'), 'utf8'), 'adjudication 3\n');
    assert.equal(readFileSync(join(out, 'notes', 'train-second-p2.md'), 'utf8'), 'notes 2\n');
    assert.match(summary[0] ?? '', /differ on 1$/);
    // The training set then scores against the gold, with both labellers.
    const set = buildTrainSet(TRAIN, second, gold);
    assert.equal(set.goldSource, 'adjudicated');
    assert.equal(set.items[2]?.gold.primaryCountry, 'TD');
    assert.equal(set.items[2]?.labeller1?.primaryCountry, 'NE');
    assert.deepEqual(set.items[2]?.labeller2?.themes, ['human-trafficking', 'forced-labour']);
  });

  it('integrates labeller 2 alone with secondOnly, and the training set keeps train.json as gold', () => {
    const out = target('second');
    integrateTrainLabels({ sourceDir: delivery('second', { gold: false }), train: TRAIN, codes: CODES, secondOnly: true, evalDir: out });
    assert.ok(existsSync(join(out, 'train-second.json')));
    assert.ok(!existsSync(join(out, 'train-adjudicated.json')));
    const second = SecondPassSchema.array().parse(JSON.parse(readFileSync(join(out, 'train-second.json'), 'utf8')));
    const set = buildTrainSet(TRAIN, second, null);
    assert.equal(set.goldSource, 'train.json');
    assert.equal(set.items[2]?.gold.primaryCountry, 'NE');
  });

  const refused: [string, { gold: boolean; tweak?: (part: number, second: object[], gold: object[]) => void }, RegExp][] = [
    ['a part without its gold (p4/gold.json removed below)', { gold: true }, /p4.gold.json is absent/],
    ['releases out of order', { gold: true, tweak: (p, s) => (p === 0 ? s.reverse() : undefined) }, /p1\/labeller-2.json: line 1/],
    ['a release missing', { gold: true, tweak: (p, _s, g) => (p === 1 ? g.pop() : undefined) }, /p2\/gold.json: 1 releases/],
    [
      'a theme outside the vocabulary',
      { gold: true, tweak: (p, s) => (p === 2 ? Object.assign(s[0] ?? {}, { themes: ['slavery'] }) : undefined) },
      /outside the vocabulary/,
    ],
    [
      'an unknown country',
      { gold: true, tweak: (p, _s, g) => (p === 3 ? Object.assign(g[0] ?? {}, { primaryCountry: 'UK' }) : undefined) },
      /unknown country UK/,
    ],
    [
      'a wrong language',
      { gold: true, tweak: (p, s) => (p === 0 ? Object.assign(s[0] ?? {}, { language: 'es' }) : undefined) },
      /language es/,
    ],
    [
      'a field the schema does not know',
      { gold: true, tweak: (p, _s, g) => (p === 0 ? Object.assign(g[0] ?? {}, { countries: ['NE'] }) : undefined) },
      /countries/,
    ],
  ];
  for (const [i, [what, options, error]] of refused.entries()) {
    it(`refuses ${what}, writing nothing`, () => {
      const dir = delivery(`bad-${i}`, options);
      if (i === 0) rmSync(join(dir, 'p4', 'gold.json'));
      const out = target(`bad-${i}`);
      assert.throws(() => integrateTrainLabels({ sourceDir: dir, train: TRAIN, codes: CODES, secondOnly: false, evalDir: out }), error);
      assert.ok(!existsSync(join(out, 'train-second.json')));
      assert.ok(!existsSync(join(out, 'train-adjudicated.json')));
    });
  }
});

function withoutSource(l: Label): object {
  const { language, primaryCountry, countries, themes, organizations } = l;
  return { language, primaryCountry, countries, themes, organizations };
}
