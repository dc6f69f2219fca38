/*
 * The theme model's learning curve: fitted on growing subsets of the real training releases, alone
 * and with every synthetic release added, and scored on real releases no model was fitted on (the
 * held-out half and the additions of the evaluation set) against their gold. Every point is fitted
 * as the shipped model is (out-of-fold text feature, then the decision model), at the shipped
 * model's threshold, so the full real-only point is the shipped model when it was fitted on real
 * releases only.
 */
import { compareSets, emptyCounts, prf, PRODUCT_THEMES, type Counts } from '@presswatch/enrichment-evaluation';
import { decideThemes, type ThemeModel } from '@presswatch/enrichment/model-fitting';
import { fitModel } from './cross-validation.js';
import type { Doc } from './training-docs.js';

export const CURVE_FRACTIONS: readonly number[] = [0.25, 0.5, 0.75, 1];

/** FNV-1a: a fixed, content-free order of the releases, so that smaller subsets are inside larger ones. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

interface Score {
  readonly all: Counts;
  readonly product: Counts;
}

/** Theme F1 of `model` on `docs`: every theme, and the product's own themes only. */
export function scoreModel(model: ThemeModel, docs: readonly Doc[]): Score {
  const all = emptyCounts();
  const product = emptyCounts();
  const own = (ids: Iterable<string>): string[] => [...ids].filter((id) => PRODUCT_THEMES.includes(id));
  for (const d of docs) {
    const tagged = decideThemes(d.candidates, model, d.bag).map((t) => t.id);
    compareSets(all, tagged, d.labels);
    compareSets(product, own(tagged), own(d.labels));
  }
  return { all, product };
}

function cells(s: Score): string[] {
  return [prf(s.all).f1.toFixed(3), prf(s.product).f1.toFixed(3)];
}

export function learningCurve(
  real: readonly Doc[],
  synthetic: readonly Doc[],
  evaluation: readonly Doc[],
  threshold: number,
  ownThresholds: boolean,
): string[] {
  const ranked = [...real].sort((a, b) => hash(a.key) - hash(b.key) || a.key.localeCompare(b.key));
  const productSupport = evaluation.reduce((n, d) => n + [...d.labels].filter((id) => PRODUCT_THEMES.includes(id)).length, 0);
  const lines = [
    `learning curve at threshold ${threshold}${ownThresholds ? ' with per-theme thresholds' : ''}: ` +
      `theme F1 on ${evaluation.length} unseen real releases (held-out half + additions; ${productSupport} labels of the product's own themes)`,
    synthetic.length === 0
      ? '  no synthetic releases: real only'
      : `  + synthetic: every one of the ${synthetic.length} synthetic releases added to the real subset`,
    '',
    `  real releases   real only: F1 (own themes)${synthetic.length === 0 ? '' : '   + synthetic: F1 (own themes)'}`,
  ];
  for (const fraction of CURVE_FRACTIONS) {
    // The subset in the training set's own order, so that its folds are the fitter's (the full set is the shipped fit).
    const chosen = new Set(ranked.slice(0, Math.round(fraction * ranked.length)));
    const subset = real.filter((d) => chosen.has(d));
    const fit = (docs: readonly Doc[]): ThemeModel => fitModel(docs, threshold, ownThresholds).model;
    const row = [String(subset.length).padStart(15), ...cells(scoreModel(fit(subset), evaluation)).map((c) => c.padStart(8))];
    if (synthetic.length > 0) row.push(...cells(scoreModel(fit([...subset, ...synthetic]), evaluation)).map((c) => c.padStart(10)));
    lines.push(row.join('  '));
  }
  return lines;
}
