/*
 * Logistic regression with soft labels (the share of a block's words in the reference) by
 * mini-batch gradient descent, for the block-scorer experiment (extraction-blocks.ts): the blocks
 * are too many for Newton's method on every fold.
 */

export interface Block {
  page: number;
  x: Float32Array;
  /** Share of the block's words found in the page's reference, 0 to 1. */
  y: number;
  weight: number;
}

/** Intercept then one weight per feature. */
export type LogisticModel = Float64Array;

export function logistic(w: LogisticModel, x: ArrayLike<number>): number {
  let s = w[0]!;
  for (let i = 0; i < x.length; i++) s += w[i + 1]! * x[i]!;
  return 1 / (1 + Math.exp(-s));
}

export interface SgdOptions {
  epochs: number;
  rate: number;
  batch: number;
  l2: number;
}

const DEFAULTS: SgdOptions = { epochs: 8, rate: 0.5, batch: 64, l2: 1e-5 };

/** A deterministic shuffle (xorshift), so that a fold's model is the same from run to run. */
function shuffled(n: number, seed: number): Uint32Array {
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  let s = seed >>> 0 || 1;
  for (let i = n - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = (s >>> 0) % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

export function fitLogisticSgd(blocks: readonly Block[], o: SgdOptions = DEFAULTS): LogisticModel {
  const d = blocks[0]?.x.length ?? 0;
  const w = new Float64Array(d + 1);
  const grad = new Float64Array(d + 1);
  let meanWeight = 0;
  for (const b of blocks) meanWeight += b.weight / Math.max(1, blocks.length);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const order = shuffled(blocks.length, 12345 + epoch);
    const rate = o.rate / (1 + epoch);
    for (let start = 0; start < order.length; start += o.batch) {
      grad.fill(0);
      const end = Math.min(order.length, start + o.batch);
      for (let j = start; j < end; j++) {
        const b = blocks[order[j]!]!;
        const g = ((logistic(w, b.x) - b.y) * b.weight) / meanWeight;
        grad[0]! += g;
        for (let i = 0; i < d; i++) grad[i + 1]! += g * b.x[i]!;
      }
      const n = end - start;
      w[0]! -= (rate * grad[0]!) / n;
      for (let i = 1; i <= d; i++) w[i]! -= rate * (grad[i]! / n + o.l2 * w[i]!);
    }
  }
  return w;
}
