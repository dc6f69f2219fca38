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
  /** Intercept then one weight per feature, and the non-zero per-theme offsets and slopes, rounded as shipped. */
  readonly weights: readonly number[];
  readonly themeBias: Readonly<Record<string, number>>;
  /** Per theme, one slope per feature added to the shared weights (0 for features without one); only themes with one. */
  readonly themeSlopes: Readonly<Record<string, readonly number[]>>;
}

/** Per-theme slopes: which features get one, and how strongly they are shrunk toward the shared slope. */
export interface ThemeSlopes {
  readonly features: readonly number[];
  readonly penalty: number;
}

/** Penalties: the features' weights are lightly shrunk, per-theme offsets strongly (few examples each). */
const FEATURE_PENALTY = 0.5;
const THEME_PENALTY = 3;
const ITERATIONS = 30;

/** Solves `a x = b` for a symmetric positive definite `a` (size n, row-major) by Cholesky; `a` is overwritten. */
export function solveSpd(a: Float64Array, b: Float64Array, n: number): Float64Array {
  for (let j = 0; j < n; j++) {
    let d = a[j * n + j] ?? 0;
    for (let k = 0; k < j; k++) d -= (a[j * n + k] ?? 0) ** 2;
    d = Math.sqrt(d);
    a[j * n + j] = d;
    for (let i = j + 1; i < n; i++) {
      let s = a[i * n + j] ?? 0;
      for (let k = 0; k < j; k++) s -= (a[i * n + k] ?? 0) * (a[j * n + k] ?? 0);
      a[i * n + j] = s / d;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i] ?? 0;
    for (let k = 0; k < i; k++) s -= (a[i * n + k] ?? 0) * (y[k] ?? 0);
    y[i] = s / (a[i * n + i] ?? 1);
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i] ?? 0;
    for (let k = i + 1; k < n; k++) s -= (a[k * n + i] ?? 0) * (x[k] ?? 0);
    x[i] = s / (a[i * n + i] ?? 1);
  }
  return x;
}

/**
 * Parameters: intercept, shared feature weights, per-theme offsets, then (with `slopes`) per theme one
 * slope per listed feature, penalised by `slopes.penalty` toward 0 (the shared slope).
 */
export function fitLogistic(examples: readonly Example[], themeIndex: ReadonlyMap<string, number>, slopes?: ThemeSlopes): FittedModel {
  const features = examples[0]?.x.length ?? 0;
  const own = slopes?.features ?? [];
  const themes = themeIndex.size;
  const slopeAt = 1 + features + themes;
  const size = slopeAt + themes * own.length;
  // Sparse rows: each example touches the intercept, its features, its theme's offset and slopes.
  const rows = examples.map((e) => {
    const idx: number[] = [];
    const val: number[] = [];
    const put = (i: number, v: number): void => {
      if (v !== 0) {
        idx.push(i);
        val.push(v);
      }
    };
    put(0, 1);
    e.x.forEach((v, i) => put(1 + i, v));
    const t = themeIndex.get(e.theme);
    if (t !== undefined) {
      put(1 + features + t, 1);
      own.forEach((f, s) => put(slopeAt + t * own.length + s, e.x[f] ?? 0));
    }
    return { idx, val, y: e.y };
  });
  const penalty = Float64Array.from({ length: size }, (_, i) =>
    i === 0 ? 1e-6 : i <= features ? FEATURE_PENALTY : i < slopeAt ? THEME_PENALTY : (slopes?.penalty ?? 0),
  );
  const w = new Float64Array(size);
  const hess = new Float64Array(size * size);
  const grad = new Float64Array(size);
  for (let it = 0; it < ITERATIONS; it++) {
    hess.fill(0);
    for (let i = 0; i < size; i++) {
      grad[i] = (penalty[i] ?? 0) * (w[i] ?? 0);
      hess[i * size + i] = penalty[i] ?? 0;
    }
    for (const { idx, val, y } of rows) {
      let z = 0;
      for (let a = 0; a < idx.length; a++) z += (w[idx[a] ?? 0] ?? 0) * (val[a] ?? 0);
      const p = 1 / (1 + Math.exp(-z));
      const r = p - y;
      const q = p * (1 - p);
      for (let a = 0; a < idx.length; a++) {
        const ia = idx[a] ?? 0;
        const va = val[a] ?? 0;
        grad[ia] = (grad[ia] ?? 0) + r * va;
        for (let b = 0; b < idx.length; b++)
          hess[ia * size + (idx[b] ?? 0)] = (hess[ia * size + (idx[b] ?? 0)] ?? 0) + q * va * (val[b] ?? 0);
      }
    }
    const step = solveSpd(hess, grad, size);
    let largest = 0;
    for (let i = 0; i < size; i++) {
      w[i] = (w[i] ?? 0) - (step[i] ?? 0);
      largest = Math.max(largest, Math.abs(step[i] ?? 0));
    }
    if (largest < 1e-9) break;
  }
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  const shared = [...w.subarray(0, 1 + features)];
  const offsetOf = (t: number): number => w[1 + features + t] ?? 0;
  const slopesOf = (t: number): number[] => {
    const out = new Array<number>(features).fill(0);
    own.forEach((f, s) => (out[f] = w[slopeAt + t * own.length + s] ?? 0));
    return out;
  };
  const themeBias = Object.fromEntries([...themeIndex].map(([id, t]) => [id, round(offsetOf(t))] as const).filter(([, b]) => b !== 0));
  const themeSlopes = Object.fromEntries(
    [...themeIndex].map(([id, t]) => [id, slopesOf(t).map(round)] as const).filter(([, s]) => s.some((v) => v !== 0)),
  );
  return {
    // The shipped model's own formula (themes/model.ts), so cross-validated figures are what the enricher would do.
    probability(x, theme) {
      const t = themeIndex.get(theme);
      if (t === undefined) return logisticProbability(shared, x, 0);
      const s = slopesOf(t);
      return logisticProbability(
        shared,
        x,
        x.reduce((o, v, i) => o + v * (s[i] ?? 0), offsetOf(t)),
      );
    },
    weights: shared.map(round),
    themeBias,
    themeSlopes,
  };
}

/** The hand rule's decision, as candidates (for comparison on the same folds). */
export function ruleDecision(candidates: readonly ThemeCandidate[]): ThemeCandidate[] {
  const ids = new Set(ruleThemes(candidates).map((t) => t.id));
  return candidates.filter((c) => ids.has(c.id));
}
