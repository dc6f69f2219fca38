/** L2-regularised logistic regression by Newton's method, for the theme decision model (tools/theme-model). */
import { ruleThemes, type ThemeCandidate } from '../themes/detect.js';
import { logisticProbability } from '../themes/model.js';

export interface Example {
  readonly x: readonly number[];
  readonly theme: string;
  readonly y: 0 | 1;
}

export interface FittedModel {
  probability(x: readonly number[], theme: string): number;
  /** Intercept then one weight per feature, and the non-zero per-theme offsets, rounded as shipped. */
  readonly weights: readonly number[];
  readonly themeBias: Readonly<Record<string, number>>;
}

/** Penalties: the features' weights are lightly shrunk, per-theme offsets strongly (few examples each). */
const FEATURE_PENALTY = 0.5;
const THEME_PENALTY = 3;
const ITERATIONS = 30;

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]?.[col] ?? 0) > Math.abs(m[pivot]?.[col] ?? 0)) pivot = r;
    [m[col], m[pivot]] = [m[pivot] ?? [], m[col] ?? []];
    const p = m[col] ?? [];
    const d = p[col] ?? 1;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = m[r] ?? [];
      const f = (row[col] ?? 0) / d;
      if (f !== 0) for (let c = col; c <= n; c++) row[c] = (row[c] ?? 0) - f * (p[c] ?? 0);
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / (row[i] ?? 1));
}

export function fitLogistic(examples: readonly Example[], themeIndex: ReadonlyMap<string, number>): FittedModel {
  const features = examples[0]?.x.length ?? 0;
  const size = 1 + features + themeIndex.size;
  const row = (e: Example): number[] => {
    const v = new Array<number>(size).fill(0);
    v[0] = 1;
    e.x.forEach((x, i) => (v[1 + i] = x));
    const t = themeIndex.get(e.theme);
    if (t !== undefined) v[1 + features + t] = 1;
    return v;
  };
  const rows = examples.map(row);
  const penalty: number[] = Array.from({ length: size }, (_, i) => (i === 0 ? 1e-6 : i <= features ? FEATURE_PENALTY : THEME_PENALTY));
  let w = new Array<number>(size).fill(0);
  for (let it = 0; it < ITERATIONS; it++) {
    const grad: number[] = w.map((wi, i) => (penalty[i] ?? 0) * wi);
    const hess = Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => (i === j ? (penalty[i] ?? 0) : 0)));
    rows.forEach((v, k) => {
      const z = v.reduce((s, x, i) => s + x * (w[i] ?? 0), 0);
      const p = 1 / (1 + Math.exp(-z));
      const r = p - (examples[k]?.y ?? 0);
      const q = p * (1 - p);
      for (let i = 0; i < size; i++) {
        const vi = v[i] ?? 0;
        if (vi === 0) continue;
        grad[i] = (grad[i] ?? 0) + r * vi;
        const hi = hess[i] ?? [];
        for (let j = 0; j < size; j++) hi[j] = (hi[j] ?? 0) + q * vi * (v[j] ?? 0);
      }
    });
    const step = solve(hess, grad);
    w = w.map((wi, i) => wi - (step[i] ?? 0));
  }
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  const themeBias = Object.fromEntries(
    [...themeIndex].map(([id, i]) => [id, round(w[1 + features + i] ?? 0)] as const).filter(([, b]) => b !== 0),
  );
  return {
    // The shipped model's own formula, so cross-validated figures are what the enricher would do.
    probability(x, theme) {
      const t = themeIndex.get(theme);
      return logisticProbability(w.slice(0, 1 + features), x, t === undefined ? 0 : (w[1 + features + t] ?? 0));
    },
    weights: w.slice(0, 1 + features).map(round),
    themeBias,
  };
}

/** The hand rule's decision, as candidates (for comparison on the same folds). */
export function ruleDecision(candidates: readonly ThemeCandidate[]): ThemeCandidate[] {
  const ids = new Set(ruleThemes(candidates).map((t) => t.id));
  return candidates.filter((c) => ids.has(c.id));
}
