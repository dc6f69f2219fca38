import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ThemeCandidate } from './detect.js';
import { tokenize } from '../text/tokenize.js';
import { decideThemes, FEATURE_NAMES, themeFeatures, themeProbability, type ThemeModel } from './model.js';
import { wordBag } from './text-model.js';

function candidate(id: ThemeCandidate['id'], score: number, rank: number, extra: Partial<ThemeCandidate> = {}): ThemeCandidate {
  return {
    id,
    score,
    relative: score,
    titleHit: false,
    leadHit: false,
    hits: 3,
    distinct: 2,
    maxWeight: 2,
    coverage: 0.2,
    rank,
    evidence: ['w'],
    ...extra,
  };
}

// Only the score counts (weight 10, intercept -5): probability 0.5 at score 0.5.
const BY_SCORE: ThemeModel = {
  features: FEATURE_NAMES,
  weights: [-5, 10, ...new Array<number>(FEATURE_NAMES.length - 1).fill(0)],
  themeBias: { 'data-research': -100 },
  themeSlopes: {},
  threshold: 0.5,
  text: null,
};

describe('theme model', () => {
  it('has one feature per name, each within 0..1', () => {
    const x = themeFeatures(candidate('gender', 0.7, 1, { hits: 500, distinct: 12, maxWeight: 3, titleHit: true, coverage: 1 }));
    assert.equal(x.length, FEATURE_NAMES.length);
    for (const v of x) assert.ok(v >= 0 && v <= 1, String(v));
  });

  it('tags candidates at or above the threshold, most probable first, with the probability as score', () => {
    const tags = decideThemes(
      [candidate('gender', 0.6, 2), candidate('human-trafficking', 0.9, 1), candidate('human-rights', 0.3, 3)],
      BY_SCORE,
    );
    assert.deepEqual(
      tags.map((t) => t.id),
      ['human-trafficking', 'gender'],
    );
    assert.equal(tags[0]?.score, Math.round(themeProbability(candidate('human-trafficking', 0.9, 1), BY_SCORE) * 1000) / 1000);
    assert.equal(tags[0]?.reliefwebTheme, 'Protection and Human Rights');
  });

  it('applies per-theme offsets', () => {
    assert.deepEqual(decideThemes([candidate('data-research', 0.99, 1)], BY_SCORE), []);
  });

  it("adds a theme's own slopes to the shared ones: a title hit decides gender only", () => {
    const titled: ThemeModel = { ...BY_SCORE, themeSlopes: { gender: FEATURE_NAMES.map((n) => (n === 'titleHit' ? 4 : 0)) } };
    const [gender, rights] = [candidate('gender', 0.3, 1, { titleHit: true }), candidate('human-rights', 0.3, 2, { titleHit: true })];
    assert.deepEqual(
      decideThemes([gender, rights], titled).map((t) => t.id),
      ['gender'],
    );
    assert.deepEqual(decideThemes([gender, rights], BY_SCORE), []);
  });

  it('reads the text classifier through the `text` feature, which is 0 without a word bag', () => {
    const byText: ThemeModel = {
      ...BY_SCORE,
      weights: [-5, ...new Array<number>(FEATURE_NAMES.length - 1).fill(0), 10],
      themeBias: {},
      themeSlopes: {},
      text: { stems: ['gender'], idf: [1], themes: { gender: { bias: -4, weights: [10] } } },
    };
    const c = [candidate('gender', 0.2, 1)];
    assert.deepEqual(
      decideThemes(c, byText, wordBag(null, tokenize('gender gender equality'))).map((t) => t.id),
      ['gender'],
    );
    assert.deepEqual(decideThemes(c, byText, null), []);
  });

  it('falls back to the hand rule without a model, which needs a specific term', () => {
    assert.deepEqual(decideThemes([candidate('gender', 0.9, 1, { maxWeight: 1 })], null), []);
    assert.deepEqual(
      decideThemes([candidate('gender', 0.9, 1)], null).map((t) => t.id),
      ['gender'],
    );
  });
});
