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
const THEME_INDEX: ReadonlyMap<string, number> = new Map(THEME_IDS.map((t, i) => [t, i]));

/** Per release, the text classifier's probability per theme (empty maps: no text feature). */
type TextFeature = readonly ReadonlyMap<ThemeId, number>[];

function examples(docs: readonly Doc[], text: TextFeature): Example[] {
  return docs.flatMap((d, i) =>
    d.candidates.map((c) => ({ x: themeFeatures(c, text[i]?.get(c.id) ?? 0), theme: c.id, y: d.labels.has(c.id) ? 1 : 0 })),
  );
}

/** Fold of each release: real releases by position modulo FOLDS, synthetic ones none (always training). */
function foldsOf(docs: readonly Doc[]): (number | null)[] {
  let real = 0;
  return docs.map((d) => (d.synthetic ? null : real++ % FOLDS));
}

/** Nested cross-validation: outer out-of-fold probabilities, and per fold what the per-theme thresholds need. */
export interface Nested {
  /** Per (real release, candidate); synthetic releases get none. */
  readonly oof: number[][];
  /** Per outer fold, its training releases and their (inner out-of-fold) text feature. */
  readonly folds: readonly { readonly train: readonly Doc[]; readonly text: TextFeature }[];
}

/**
 * Outer out-of-fold probabilities per (real release, candidate); synthetic releases get none.
 * With `withText`, each outer fold fits the text classifier on its training releases (their own
 * text feature from inner folds) and applies it to the held-out fold.
 */
export function nestedProbabilities(docs: readonly Doc[], withText: boolean): Nested {
  const folds = foldsOf(docs);
  const oof: number[][] = docs.map((d) => d.candidates.map(() => 0));
  const fits: Nested['folds'][number][] = [];
  for (let f = 0; f < FOLDS; f++) {
    const train = docs.filter((_, i) => folds[i] !== f);
    const inner: TextFeature = withText ? outOfFoldText(train, THEME_IDS, INNER_FOLDS) : train.map(() => new Map());
    fits.push({ train, text: inner });
    const model = fitLogistic(examples(train, inner), THEME_INDEX);
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
export function themeOffsets(docs: readonly Doc[], text: TextFeature, threshold: number): Map<string, number> {
  const folds = foldsOf(docs);
  const scored: ScoredCandidate[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const model = fitLogistic(
      examples(
        docs.filter((_, i) => folds[i] !== f),
        text.filter((_, i) => folds[i] !== f),
      ),
      THEME_INDEX,
    );
    docs.forEach((d, i) => {
      if (folds[i] !== f) return;
      for (const c of d.candidates)
        scored.push({ theme: c.id, p: model.probability(themeFeatures(c, text[i]?.get(c.id) ?? 0), c.id), y: d.labels.has(c.id) ? 1 : 0 });
    });
  }
  const labelled = docs.reduce((n, d) => n + (d.synthetic ? 0 : d.labels.size), 0);
  const own = perThemeThresholds(scored, labelled, threshold, OWN_THRESHOLD_POSITIVES);
  return new Map([...own].map(([theme, t]) => [theme, thresholdOffset(threshold, t)]));
}

/**
 * The nested probabilities with each outer fold's per-theme offsets, chosen on its own training
 * releases at `threshold`: what per-theme thresholds do on releases they were not chosen on.
 */
export function withThemeOffsets(docs: readonly Doc[], nested: Nested, threshold: number): number[][] {
  const folds = foldsOf(docs);
  const out = nested.oof.map((row) => [...row]);
  nested.folds.forEach(({ train, text }, f) => {
    const offsets = themeOffsets(train, text, threshold);
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
): { model: ThemeModel; candidates: number } {
  const all = examples(docs, text);
  const fitted = fitLogistic(all, THEME_INDEX);
  const themeBias: Record<string, number> = { ...fitted.themeBias };
  if (ownThresholds)
    for (const [theme, offset] of themeOffsets(docs, text, threshold))
      themeBias[theme] = Math.round(((themeBias[theme] ?? 0) + offset) * 1e4) / 1e4;
  const model: ThemeModel = {
    features: FEATURE_NAMES,
    weights: fitted.weights,
    themeBias,
    threshold,
    text: fitTextModel(docs, THEME_IDS),
  };
  return { model, candidates: all.length };
}
