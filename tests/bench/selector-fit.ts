/*
 * The fitting and site-grouped cross-validation of the learned rendering choice (issue 17): one
 * ridge regression per candidate predicts the F1 gain of switching from the rules' rendering to it;
 * a page takes the candidate of largest predicted gain when that gain passes a threshold.
 */
import type { CandidateRow } from './selector-data.js';
import { fitBoosted, predictBoosted } from './selector-trees.js';

/** Intercept then one weight per feature. */
export type Weights = number[];

/** Solves `a x = b` (size n, row-major, overwritten) by Gaussian elimination with partial pivoting. */
export function solve(a: number[], b: number[], n: number): number[] {
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r * n + c]!) > Math.abs(a[pivot * n + c]!)) pivot = r;
    if (pivot !== c) {
      for (let k = 0; k < n; k++) [a[c * n + k], a[pivot * n + k]] = [a[pivot * n + k]!, a[c * n + k]!];
      [b[c], b[pivot]] = [b[pivot]!, b[c]!];
    }
    const d = a[c * n + c]!;
    if (Math.abs(d) < 1e-12) continue;
    for (let r = c + 1; r < n; r++) {
      const f = a[r * n + c]! / d;
      if (f === 0) continue;
      for (let k = c; k < n; k++) a[r * n + k]! -= f * a[c * n + k]!;
      b[r]! -= f * b[c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r]!;
    for (let k = r + 1; k < n; k++) s -= a[r * n + k]! * x[k]!;
    const d = a[r * n + r]!;
    x[r] = Math.abs(d) < 1e-12 ? 0 : s / d;
  }
  return x;
}

/** Ridge regression of `y` on `xs` (the intercept is not penalised). */
export function fitRidge(xs: readonly (readonly number[])[], y: readonly number[], lambda: number): Weights {
  const n = (xs[0]?.length ?? 0) + 1;
  const a = new Array<number>(n * n).fill(0);
  const b = new Array<number>(n).fill(0);
  xs.forEach((x, i) => {
    const row = [1, ...x];
    for (let j = 0; j < n; j++) {
      b[j]! += row[j]! * y[i]!;
      for (let k = 0; k < n; k++) a[j * n + k]! += row[j]! * row[k]!;
    }
  });
  for (let j = 1; j < n; j++) a[j * n + j]! += lambda;
  return solve(a, b, n);
}

export function predict(w: Weights, x: readonly number[]): number {
  let s = w[0] ?? 0;
  for (let i = 0; i < x.length; i++) s += (w[i + 1] ?? 0) * x[i]!;
  return s;
}

/** A model kind and its penalty (ridge: lambda; trees: rounds), and the gain a switch needs. */
export interface Settings {
  kind: 'ridge' | 'trees';
  lambda: number;
  threshold: number;
}

/** A candidate's predicted gain from its features. */
export type Predictor = (x: readonly number[]) => number;

/** One model per candidate but the rules' (index 0 is the rules' and predicts nothing). */
export function fitSelector(rows: readonly CandidateRow[], candidates: number, s: Settings): Predictor[] {
  const models: Predictor[] = [() => 0];
  for (let k = 1; k < candidates; k++) {
    const xs = rows.map((r) => r.features[k]!);
    const y = rows.map((r) => r.f1[k]! - r.f1[0]!);
    if (s.kind === 'ridge') {
      const w = fitRidge(xs, y, s.lambda);
      models.push((x) => predict(w, x));
    } else {
      const m = fitBoosted(xs, y, { rounds: s.lambda, rate: 0.1, depth: 2, minLeaf: 15 });
      models.push((x) => predictBoosted(m, x));
    }
  }
  return models;
}

/** The candidate a page takes: the largest predicted gain over the threshold, else the rules' (0). */
export function pick(models: readonly Predictor[], row: CandidateRow, threshold: number): number {
  let best = 0;
  let bestGain = threshold;
  for (let k = 1; k < models.length; k++) {
    const gain = models[k]!(row.features[k]!);
    if (gain > bestGain) {
      best = k;
      bestGain = gain;
    }
  }
  return best;
}

/** A site's fold (FNV-1a of its domain): all pages of a site are in one fold. */
export function foldOf(domain: string, folds: number, salt = 0): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < domain.length; i++) {
    h ^= domain.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % folds;
}

/**
 * Out-of-fold picks: each fold's pages are chosen for by models fitted on the other folds' sites,
 * with the settings that did best in a cross-validation by site inside those folds (nested).
 */
export function outOfFoldPicks(
  rows: readonly CandidateRow[],
  candidates: number,
  grid: readonly Settings[],
  folds: number,
  salt = 0,
): number[] {
  const picks = new Array<number>(rows.length).fill(0);
  for (let f = 0; f < folds; f++) {
    const train = rows.filter((r) => foldOf(r.domain, folds, salt) !== f);
    const settings = bestSettings(train, candidates, grid, folds - 1, salt + 1);
    const models = fitSelector(train, candidates, settings);
    rows.forEach((r, i) => {
      if (foldOf(r.domain, folds, salt) === f) picks[i] = pick(models, r, settings.threshold);
    });
  }
  return picks;
}

/** The settings of best mean F1 in a cross-validation by site over `rows`. */
export function bestSettings(
  rows: readonly CandidateRow[],
  candidates: number,
  grid: readonly Settings[],
  folds: number,
  salt: number,
): Settings {
  const fits = [...new Map(grid.map((s) => [`${s.kind} ${s.lambda}`, s])).values()];
  const total = new Map<Settings, number>(grid.map((s) => [s, 0]));
  for (let f = 0; f < folds; f++) {
    const train = rows.filter((r) => foldOf(r.domain, folds, salt) !== f);
    const test = rows.filter((r) => foldOf(r.domain, folds, salt) === f);
    for (const fit of fits) {
      const models = fitSelector(train, candidates, fit);
      for (const s of grid) {
        if (s.kind !== fit.kind || s.lambda !== fit.lambda) continue;
        let sum = 0;
        for (const r of test) sum += r.f1[pick(models, r, s.threshold)]!;
        total.set(s, total.get(s)! + sum);
      }
    }
  }
  let best = grid[0]!;
  for (const s of grid) if (total.get(s)! > total.get(best)!) best = s;
  return best;
}
