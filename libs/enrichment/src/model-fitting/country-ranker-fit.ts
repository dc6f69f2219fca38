/**
 * A conditional logit over a release's candidate primary countries (issue 15, wave 10): the score of a
 * candidate is w · x, the probability its softmax over the release's candidates; w is fitted by
 * Newton's method with an L2 penalty on maximum likelihood of the gold primary.
 */
import { solveSpd } from './logistic-regression.js';

/** One release: its candidates' feature vectors and the index of the gold primary among them. */
export interface RankerGroup {
  readonly xs: readonly (readonly number[])[];
  readonly gold: number;
}

const ITERATIONS = 40;

export function scoreOf(w: readonly number[], x: readonly number[]): number {
  let z = 0;
  x.forEach((v, i) => (z += v * (w[i] ?? 0)));
  return z;
}

/** Softmax probabilities of a release's candidates under weights `w`. */
export function candidateProbabilities(w: readonly number[], xs: readonly (readonly number[])[]): number[] {
  const z = xs.map((x) => scoreOf(w, x));
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** Weights maximising the penalised log-likelihood of the gold candidates (groups of one candidate carry nothing). */
export function fitRanker(groups: readonly RankerGroup[], features: number, penalty: number): number[] {
  let w = new Array<number>(features).fill(0);
  for (let it = 0; it < ITERATIONS; it++) {
    const g = new Float64Array(features);
    const h = new Float64Array(features * features);
    for (let i = 0; i < features; i++) {
      g[i] = -penalty * (w[i] ?? 0);
      h[i * features + i] = penalty;
    }
    for (const { xs, gold } of groups) {
      if (xs.length < 2) continue;
      const p = candidateProbabilities(w, xs);
      const mean = new Float64Array(features);
      xs.forEach((x, c) => x.forEach((v, i) => (mean[i] = (mean[i] ?? 0) + (p[c] ?? 0) * v)));
      const xg = xs[gold] ?? [];
      for (let i = 0; i < features; i++) g[i] = (g[i] ?? 0) + (xg[i] ?? 0) - (mean[i] ?? 0);
      xs.forEach((x, c) => {
        const pc = p[c] ?? 0;
        for (let i = 0; i < features; i++) {
          const di = (x[i] ?? 0) - (mean[i] ?? 0);
          if (di === 0) continue;
          for (let j = 0; j < features; j++) h[i * features + j] = (h[i * features + j] ?? 0) + pc * di * ((x[j] ?? 0) - (mean[j] ?? 0));
        }
      });
    }
    const step = solveSpd(h, g, features);
    let moved = 0;
    w = w.map((v, i) => {
      const d = step[i] ?? 0;
      moved = Math.max(moved, Math.abs(d));
      return v + d;
    });
    if (moved < 1e-8) break;
  }
  return w;
}
