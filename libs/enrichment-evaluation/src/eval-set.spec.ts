import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildEvalSet } from './eval-set.js';
import { labelKey, type Gold, type Label } from './labels.js';

const label = (id: string, language: 'fr' | 'en', primaryCountry: string | null, themes: string[]): Label => ({
  source: 'corpus',
  id,
  language,
  primaryCountry,
  countries: primaryCountry === null ? ['NE', 'ML'] : [primaryCountry],
  themes,
  organizations: [],
});
const LABELS = [label('reliefweb-1', 'fr', 'NE', ['a']), label('reliefweb-2', 'fr', null, ['b']), label('reliefweb-3', 'en', 'MX', ['c'])];
const SECOND = [{ key: 'corpus:reliefweb-1', primaryCountry: 'NE', themes: ['a', 'b'] }];
const gold = (key: string, themes: string[], primaryCountry: string | null = 'NE'): Gold => ({
  key,
  language: 'fr',
  primaryCountry,
  countries: ['NE'],
  themes,
  organizations: [],
  reasons: {},
});

describe('the evaluation set', () => {
  it('falls back to labels.json, saying so, without adjudicated gold', () => {
    const set = buildEvalSet({ labels: LABELS, secondPass: SECOND, gold: null, additionsLabellers: [null, null] });
    assert.equal(set.goldSource, 'labels.json');
    assert.match(set.notes.join('\n'), /adjudicated\.json is absent/);
    assert.deepEqual(
      set.items.map((i) => [i.key, i.part]),
      [
        ['corpus:reliefweb-1', 'dev'],
        ['corpus:reliefweb-2', 'heldout'],
        ['corpus:reliefweb-3', 'dev'],
      ],
    );
    assert.deepEqual(set.items[0]?.labeller2?.themes, ['a', 'b']);
    assert.equal(set.items[1]?.labeller2, null);
  });

  it('scores against the gold, with the additions and their two labellers', () => {
    const golds = [...LABELS.map((l) => gold(labelKey(l), ['gold'])), gold('iom:x.txt', ['h'], null)];
    const a: Label = {
      source: 'iom',
      file: 'x.txt',
      language: 'fr',
      primaryCountry: 'NE',
      countries: ['NE'],
      themes: ['h'],
      organizations: [],
    };
    const set = buildEvalSet({ labels: LABELS, secondPass: SECOND, gold: golds, additionsLabellers: [[a], null] });
    assert.equal(set.goldSource, 'adjudicated');
    const addition = set.items.find((i) => i.key === 'iom:x.txt');
    assert.equal(addition?.part, 'addition');
    assert.equal(addition?.labeller1?.primaryCountry, 'NE');
    assert.equal(addition?.labeller2, null);
    assert.match(set.notes.join('\n'), /labeller-b\.json is absent/);
    assert.deepEqual(set.items[0]?.gold.themes, ['gold']);
    assert.deepEqual(set.items[0]?.labeller1?.themes, ['a']);
  });

  it('refuses gold that leaves out one of the original releases', () => {
    assert.throws(
      () => buildEvalSet({ labels: LABELS, secondPass: [], gold: [gold('corpus:reliefweb-1', [])], additionsLabellers: [null, null] }),
      /lacks 2/,
    );
  });
});
