/**
 * The theme decision: a logistic model over the detector's candidate features and the text
 * classifier's probability (text-model.ts), fitted on hand-labelled releases
 * (`npm run fit:themes`, tools/theme-model) and shipped as data in theme-model.json (model-file.ts).
 * The hand rule (`ruleThemes`) decides when no model is given.
 */
import { kept, mapped, sortedInPlace } from '../arrays.js';
import { ruleThemes, tag, type ThemeCandidate, type ThemeTag } from './detect.js';
import { textProbability, textVector, type TextModel, type WordBag } from './text-model.js';
import type { ThemeId } from './vocabulary.js';

export const FEATURE_NAMES = [
  'score',
  'relative',
  'titleHit',
  'leadHit',
  'distinct',
  'specificTerm',
  'strongTerm',
  'hits',
  'inverseRank',
  'coverage',
  'text',
] as const;

export interface ThemeModel {
  readonly features: readonly string[];
  /** Intercept, then one weight per feature, in FEATURE_NAMES order. */
  readonly weights: readonly number[];
  /** Per-theme offsets (label conventions differ by theme); absent means 0. */
  readonly themeBias: Readonly<Partial<Record<ThemeId, number>>>;
  /**
   * Per-theme slopes added to the shared weights, one per feature in FEATURE_NAMES order (absent: the
   * shared slopes alone). Fitted shrunk toward 0, so a theme with few examples keeps the shared model.
   */
  readonly themeSlopes: Readonly<Partial<Record<ThemeId, readonly number[]>>>;
  /** Probability at or above which a theme is tagged. */
  readonly threshold: number;
  /** The bag-of-stems classifier behind the `text` feature (0 without it). */
  readonly text: TextModel | null;
}

/** Writes a candidate's features into `x` in FEATURE_NAMES order, each roughly within 0..1; `text` is the text classifier's probability. */
function writeFeatures<X extends { [i: number]: number }>(c: ThemeCandidate, text: number, x: X): X {
  x[0] = c.score;
  x[1] = c.relative;
  x[2] = c.titleHit ? 1 : 0;
  x[3] = c.leadHit ? 1 : 0;
  x[4] = Math.min(c.distinct, 5) / 5;
  x[5] = c.maxWeight >= 2 ? 1 : 0;
  x[6] = c.maxWeight >= 3 ? 1 : 0;
  x[7] = Math.min(1, Math.log1p(c.hits) / Math.log(20));
  x[8] = 1 / c.rank;
  x[9] = Math.sqrt(c.coverage);
  x[10] = text;
  return x;
}

/** Features in FEATURE_NAMES order, each roughly within 0..1; `text` is the text classifier's probability. */
export function themeFeatures(c: ThemeCandidate, text = 0): number[] {
  return Array.from(writeFeatures(c, text, new Float64Array(FEATURE_NAMES.length)));
}

/** Logistic probability of features `x`: intercept `weights[0]`, then one weight per feature, plus `offset`. */
export function logisticProbability(weights: readonly number[], x: ArrayLike<number>, offset: number): number {
  let z = (weights[0] ?? 0) + offset;
  for (let i = 0; i < x.length; i++) z += (x[i] ?? 0) * (weights[i + 1] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** One candidate's features at a time (doubles, as in an array of numbers): no array and no closures per candidate. */
const FEATURES = new Float64Array(FEATURE_NAMES.length);

export function themeProbability(c: ThemeCandidate, model: ThemeModel, text = 0): number {
  const x = writeFeatures(c, text, FEATURES);
  const slopes = model.themeSlopes[c.id];
  let offset = model.themeBias[c.id] ?? 0;
  if (slopes !== undefined) for (let i = 0; i < x.length; i++) offset += (x[i] ?? 0) * (slopes[i] ?? 0);
  return logisticProbability(model.weights, x, offset);
}

/** The text classifier's probability for each candidate theme (all 0 without a text model or a bag). */
export function textProbabilities(candidates: readonly ThemeCandidate[], text: TextModel | null, bag: WordBag | null): number[] {
  if (text === null || bag === null) return candidates.map(() => 0);
  const vector = textVector(bag, text.stems, text.idf);
  return candidates.map((c) => textProbability(vector, text, c.id));
}

/** Tagged themes, most probable first; the score is the model's probability. */
export function decideThemes(candidates: readonly ThemeCandidate[], model: ThemeModel | null, bag: WordBag | null = null): ThemeTag[] {
  if (model === null) return ruleThemes(candidates);
  return decideThemesWithText(candidates, model, textProbabilities(candidates, model.text, bag));
}

/** `decideThemes` given the text classifier's probability of each candidate (`text[i]` for `candidates[i]`). */
export function decideThemesWithText(candidates: readonly ThemeCandidate[], model: ThemeModel, text: readonly number[]): ThemeTag[] {
  const scored = mapped(candidates, (c, i) => ({ c, p: themeProbability(c, model, text[i]) }));
  const passing = sortedInPlace(
    kept(scored, ({ p }) => p >= model.threshold),
    (a, b) => b.p - a.p,
  );
  return mapped(passing, ({ c, p }) => tag(c, p));
}
