/*
 * Fitting and nested cross-validation of the theme model: a bag-of-stems text classifier whose
 * probability is one feature of an L2 logistic decision over the lexicon's candidates. A training
 * release's text feature comes from a text model fitted without it (inner folds), as it will for
 * unseen releases. Folds are real releases' positions modulo FOLDS; synthetic releases join every
 * training fold and are never scored.
 */
import { compareSets, emptyCounts, prf, type Counts } from '@presswatch/enrichment-evaluation';
import {
  FEATURE_NAMES,
  fitLogistic,
  fitTextModel,
  outOfFoldText,
  perThemeThresholds,
  textProbabilities,
  THEME_IDS,
  themeFeatures,
  thresholdOffset,
  type Example,
  type ScoredCandidate,
  type ThemeSlopes,
  type ThemeCandidate,
  type ThemeId,
  type ThemeModel,
} from '@presswatch/enrichment/model-fitting';
import type { Doc } from './training-docs.js';

export const FOLDS = 5;
const INNER_FOLDS = 4;
/**
 * A theme gets a threshold of its own when the real training releases label it on at least this
 * many candidates; rarer themes keep the global one (chosen by nested cross-validation,
 * `fit:themes` prints the figures).
 */
export const OWN_THRESHOLD_POSITIVES = 10;
export const THEME_INDEX: ReadonlyMap<string, number> = new Map(THEME_IDS.map((t, i) => [t, i]));

/**
 * Features that get a slope of their own per theme (issue 15, wave 9: what says a release is about a
 * theme differs by theme, a title hit for gender, the text for funding), shrunk toward the shared
 * slope by a penalty chosen by cross-validation on the training releases among SLOPE_PENALTIES
 * (null: shared slopes only), so themes with few examples keep the shared model.
 */
export const SLOPE_FEATURES: readonly number[] = (['titleHit', 'leadHit', 'coverage', 'text'] as const).map((n) =>
  FEATURE_NAMES.indexOf(n),
);
export const SLOPE_PENALTIES: readonly (number | null)[] = [null, 30, 10, 3, 1, 0.3];
const slopes = (penalty: number | null): ThemeSlopes | undefined => (penalty === null ? undefined : { features: SLOPE_FEATURES, penalty });

/** Per release, the text classifier's probability per theme (empty maps: no text feature). */
export type TextFeature = readonly ReadonlyMap<ThemeId, number>[];

function examples(docs: readonly Doc[], text: TextFeature): Example[] {
  return docs.flatMap((d, i) =>
    d.candidates.map((c) => ({ x: themeFeatures(c, text[i]?.get(c.id) ?? 0), theme: c.id, y: d.labels.has(c.id) ? 1 : 0 })),
  );
}

/**
 * How the outer folds split the real releases: 1, by position modulo FOLDS (the shipped recipe); 2, by
 * (7 i + 3) mod 11 mod FOLDS, a second split to check that a gain of the noise's order is not the first
 * split's luck (`fit:themes -- --second-split`). Inner folds are always by position.
 */
let outerSplit: 1 | 2 = 1;
export function useOuterSplit(split: 1 | 2): void {
  outerSplit = split;
}

/** Fold of each release: real releases by position modulo `folds`, synthetic ones none (always training). */
function foldsOf(docs: readonly Doc[], folds = FOLDS): (number | null)[] {
  let real = 0;
  return docs.map((d) => (d.synthetic ? null : real++ % folds));
}

/** The outer folds (outerSplit above). */
export function outerFoldsOf(docs: readonly Doc[]): (number | null)[] {
  if (outerSplit === 1) return foldsOf(docs);
  let real = 0;
  return docs.map((d) => (d.synthetic ? null : ((7 * real++ + 3) % 11) % FOLDS));
}

/**
 * The per-theme slope penalty with the highest cross-validated F1 (at its best threshold) on releases
 * `docs` with text feature `text`, over `folds` folds; ties keep the stronger shrinkage.
 */
export function chooseSlopePenalty(docs: readonly Doc[], text: TextFeature, folds: number): number | null {
  const fold = foldsOf(docs, folds);
  let best: { penalty: number | null; f1: number } = { penalty: null, f1: -1 };
  for (const penalty of SLOPE_PENALTIES) {
    const { f1 } = bestThreshold(docs, decisionOutOfFold(docs, text, fold, folds, penalty));
    if (f1 > best.f1 + 1e-9) best = { penalty, f1 };
  }
  return best.penalty;
}

/**
 * The decision model's out-of-fold probabilities per (release, candidate) over folds `fold`, fitted
 * fold by fold with text feature `text` (0 for the releases never held out: the synthetic ones).
 */
function decisionOutOfFold(
  docs: readonly Doc[],
  text: TextFeature,
  fold: readonly (number | null)[],
  folds: number,
  penalty: number | null,
): number[][] {
  const p: number[][] = docs.map((d) => d.candidates.map(() => 0));
  for (let f = 0; f < folds; f++) {
    const model = fitLogistic(
      examples(
        docs.filter((_, i) => fold[i] !== f),
        text.filter((_, i) => fold[i] !== f),
      ),
      THEME_INDEX,
      slopes(penalty),
    );
    docs.forEach((d, i) => {
      if (fold[i] === f)
        d.candidates.forEach((c, j) => ((p[i] ?? [])[j] = model.probability(themeFeatures(c, text[i]?.get(c.id) ?? 0), c.id)));
    });
  }
  return p;
}

/** Nested cross-validation: outer out-of-fold probabilities, and per fold what the per-theme thresholds need. */
export interface Nested {
  /** Per (real release, candidate); synthetic releases get none. */
  readonly oof: number[][];
  /** Per outer fold, its training releases, their (inner out-of-fold) text feature and the slope penalty chosen on them. */
  readonly folds: readonly { readonly train: readonly Doc[]; readonly text: TextFeature; readonly penalty: number | null }[];
}

/**
 * Outer out-of-fold probabilities per (real release, candidate); synthetic releases get none.
 * With `withText`, each outer fold fits the text classifier on its training releases (their own
 * text feature from inner folds) and applies it to the held-out fold.
 */
export function nestedProbabilities(docs: readonly Doc[], withText: boolean): Nested {
  const folds = outerFoldsOf(docs);
  const oof: number[][] = docs.map((d) => d.candidates.map(() => 0));
  const fits: Nested['folds'][number][] = [];
  for (let f = 0; f < FOLDS; f++) {
    const train = docs.filter((_, i) => folds[i] !== f);
    const inner: TextFeature = withText ? outOfFoldText(train, THEME_IDS, INNER_FOLDS) : train.map(() => new Map());
    const penalty = chooseSlopePenalty(train, inner, INNER_FOLDS);
    fits.push({ train, text: inner, penalty });
    const model = fitLogistic(examples(train, inner), THEME_INDEX, slopes(penalty));
    const text = withText ? fitTextModel(train, THEME_IDS) : null;
    docs.forEach((d, i) => {
      if (folds[i] !== f) return;
      // The enricher's own path from word bag to text feature.
      const t = textProbabilities(d.candidates, text, d.bag);
      d.candidates.forEach((c, j) => ((oof[i] ?? [])[j] = model.probability(themeFeatures(c, t[j]), c.id)));
    });
  }
  return { oof, folds: fits };
}

/**
 * Per-theme bias offsets for releases `docs` with text feature `text`: per-theme thresholds
 * chosen on the decision model's own out-of-fold probabilities, as offsets to the theme biases.
 */
export function themeOffsets(docs: readonly Doc[], text: TextFeature, threshold: number, penalty: number | null): Map<string, number> {
  const folds = foldsOf(docs);
  const p = decisionOutOfFold(docs, text, folds, FOLDS, penalty);
  // Fold by fold, as the fits ran.
  const scored: ScoredCandidate[] = [];
  for (let f = 0; f < FOLDS; f++)
    docs.forEach((d, i) => {
      if (folds[i] === f) d.candidates.forEach((c, j) => scored.push({ theme: c.id, p: p[i]?.[j] ?? 0, y: d.labels.has(c.id) ? 1 : 0 }));
    });
  const labelled = docs.reduce((n, d) => n + (d.synthetic ? 0 : d.labels.size), 0);
  const own = perThemeThresholds(scored, labelled, threshold, OWN_THRESHOLD_POSITIVES);
  return new Map([...own].map(([theme, t]) => [theme, thresholdOffset(threshold, t)]));
}

/**
 * The nested probabilities with each outer fold's per-theme offsets, chosen on its own training
 * releases at `threshold`: what per-theme thresholds do on releases they were not chosen on.
 */
export function withThemeOffsets(docs: readonly Doc[], nested: Nested, threshold: number): number[][] {
  const folds = outerFoldsOf(docs);
  const out = nested.oof.map((row) => [...row]);
  nested.folds.forEach(({ train, text, penalty }, f) => {
    const offsets = themeOffsets(train, text, threshold, penalty);
    docs.forEach((d, i) => {
      if (folds[i] !== f) return;
      d.candidates.forEach((c, j) => {
        const p = nested.oof[i]?.[j] ?? 0;
        const row = out[i];
        if (row !== undefined) row[j] = 1 / (1 + Math.exp(-(Math.log(p / (1 - p)) + (offsets.get(c.id) ?? 0))));
      });
    });
  });
  return out;
}

/** Micro F1 over the real releases for a decision per (release, candidate). */
export function f1Of(docs: readonly Doc[], tagged: (d: Doc, i: number) => ThemeCandidate[]): number {
  const counts = emptyCounts();
  docs.forEach((d, i) => {
    if (!d.synthetic)
      compareSets(
        counts,
        tagged(d, i).map((c) => c.id),
        d.labels,
      );
  });
  return prf(counts).f1;
}

/** The threshold maximising micro F1 of the given probabilities (real releases). */
export function bestThreshold(docs: readonly Doc[], p: readonly (readonly number[])[]): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.2; t <= 0.8001; t += 0.025) {
    const f1 = f1Of(docs, (d, i) => d.candidates.filter((_, j) => (p[i]?.[j] ?? 0) >= t));
    if (f1 > best.f1 + 1e-9) best = { threshold: Math.round(t * 1000) / 1000, f1 };
  }
  return best;
}

/** Per theme, the cross-validated tallies at `threshold` on the real releases, most labelled themes first. */
export function perThemeLines(docs: readonly Doc[], p: readonly (readonly number[])[], threshold: number): string[] {
  const errors = new Map<string, Counts>();
  docs.forEach((d, i) => {
    if (!d.synthetic)
      compareSets(
        emptyCounts(),
        d.candidates.filter((_, j) => (p[i]?.[j] ?? 0) >= threshold).map((c) => c.id),
        d.labels,
        errors,
      );
  });
  const rows = [...errors].sort((a, b) => b[1].tp + b[1].fn - (a[1].tp + a[1].fn));
  return [
    'per theme (cross-validated):  labelled  tagged  P      R      F1',
    ...rows.map(([id, c]) => {
      const { precision, recall, f1 } = prf(c);
      const cells = [c.tp + c.fn, c.tp + c.fp].map((n) => String(n).padStart(8)).join('');
      return `  ${id.padEnd(27)}${cells}  ${[precision, recall, f1].map((x) => x.toFixed(3)).join('  ')}`;
    }),
  ];
}

/** Out-of-fold text probabilities of every release (FOLDS text models). */
export function outOfFoldTextFeature(docs: readonly Doc[]): TextFeature {
  return outOfFoldText(docs, THEME_IDS, FOLDS);
}

/**
 * The model fitted on every given release: the decision model sees out-of-fold text
 * probabilities (`text`), as on new releases; with `ownThresholds`, the per-theme offsets.
 */
export function fitModel(
  docs: readonly Doc[],
  threshold: number,
  ownThresholds: boolean,
  text: TextFeature = outOfFoldTextFeature(docs),
): { model: ThemeModel; candidates: number; slopePenalty: number | null } {
  const all = examples(docs, text);
  const slopePenalty = chooseSlopePenalty(docs, text, FOLDS);
  const fitted = fitLogistic(all, THEME_INDEX, slopes(slopePenalty));
  const themeBias: Record<string, number> = { ...fitted.themeBias };
  if (ownThresholds)
    for (const [theme, offset] of themeOffsets(docs, text, threshold, slopePenalty))
      themeBias[theme] = Math.round(((themeBias[theme] ?? 0) + offset) * 1e4) / 1e4;
  const model: ThemeModel = {
    features: FEATURE_NAMES,
    weights: fitted.weights,
    themeBias,
    themeSlopes: fitted.themeSlopes,
    threshold,
    text: fitTextModel(docs, THEME_IDS),
  };
  return { model, candidates: all.length, slopePenalty };
}
