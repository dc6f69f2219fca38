import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FEATURE_NAMES, type ThemeModel } from './model.js';
import { formatThemeModel, parseThemeModel, parseThemeModelFile, SHIPPED_THEME_MODEL } from './model-file.js';

const MODEL: ThemeModel = {
  features: FEATURE_NAMES,
  weights: FEATURE_NAMES.map((_, i) => i / 10).concat([0.5]),
  themeBias: { gender: -0.5, 'data-research': 0.25 },
  themeSlopes: { gender: FEATURE_NAMES.map((n) => (n === 'titleHit' ? 1.5 : n === 'text' ? -0.25 : 0)) },
  threshold: 0.4,
  text: { stems: ['gender', 'traffi'], idf: [1.5, 2], themes: { 'human-trafficking': { bias: -2, weights: [0, 3] } } },
};

const TRAINING = {
  releases: 10,
  devHalfLabels: 'labels.json',
  trainLabels: 'train.json',
  syntheticReleases: 0,
  perThemeThresholds: false,
  themeSlopePenalty: 3,
} as const;

describe('theme model file', () => {
  it('reads back the model it writes, zero stem weights included', () => {
    assert.deepEqual(parseThemeModel(JSON.parse(formatThemeModel(MODEL, 'test', TRAINING))), MODEL);
  });

  it('writes sorted keys, one value a line, without zero stem weights', () => {
    const text = formatThemeModel(MODEL, 'test', TRAINING);
    assert.ok(text.indexOf('"data-research"') < text.indexOf('"gender"'));
    assert.ok(text.indexOf('"decision"') < text.indexOf('"textClassifier"'));
    assert.match(text, /^ {10}"traffi": 3,?$/m);
    assert.doesNotMatch(text, /"gender": 0\b/);
  });

  it('refuses a file with an unknown theme, a missing weight or a stem outside the vocabulary', () => {
    type File = {
      decision: { themeBias: Record<string, number>; weights: Record<string, number> };
      textClassifier: { themes: Record<string, { bias: number; weights: Record<string, number> }> };
    };
    const file = JSON.parse(formatThemeModel(MODEL, 'test', TRAINING)) as File;
    assert.throws(() => parseThemeModel({ ...file, decision: { ...file.decision, themeBias: { 'no-such-theme': 1 } } }));
    const withoutIntercept = Object.fromEntries(Object.entries(file.decision.weights).filter(([k]) => k !== 'intercept'));
    assert.throws(() => parseThemeModel({ ...file, decision: { ...file.decision, weights: withoutIntercept } }));
    const stray = structuredClone(file);
    stray.textClassifier.themes['human-trafficking'] = { bias: 0, weights: { other: 1 } };
    assert.throws(() => parseThemeModel(stray), /outside the vocabulary/);
  });

  it('records how the model was fitted', () => {
    assert.deepEqual(parseThemeModelFile(JSON.parse(formatThemeModel(MODEL, 'test', TRAINING))).training, TRAINING);
  });

  it('ships a model with a text classifier', () => {
    assert.equal(SHIPPED_THEME_MODEL.weights.length, FEATURE_NAMES.length + 1);
    assert.ok((SHIPPED_THEME_MODEL.text?.stems.length ?? 0) > 100);
  });
});
