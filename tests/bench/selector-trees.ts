/*
 * Gradient-boosted regression trees (squared loss) on binned features, for the learned rendering
 * choice (selector-fit.ts) and the block scorer (extraction-blocks.ts): the interactions (a declared
 * product and a region's link share, a block's tag and its name) that a linear model cannot read.
 * Features are cut at up to BINS quantiles once, so that a level of a tree is one pass over the rows.
 */

const BINS = 16;

interface Node {
  /** -1: a leaf. */
  feature: number;
  /** Rows whose bin is at most this go left. */
  bin: number;
  at: number;
  left: number;
  right: number;
  value: number;
}

export interface Boosted {
  base: number;
  rate: number;
  trees: Node[][];
}

export interface TreeOptions {
  rounds: number;
  rate: number;
  depth: number;
  minLeaf: number;
}

export const TREE_DEFAULTS: TreeOptions = { rounds: 60, rate: 0.1, depth: 2, minLeaf: 15 };

function evaluate(tree: readonly Node[], x: ArrayLike<number>): number {
  let node = tree[0]!;
  while (node.feature >= 0) node = tree[x[node.feature]! <= node.at ? node.left : node.right]!;
  return node.value;
}

export function predictBoosted(m: Boosted, x: ArrayLike<number>): number {
  let s = m.base;
  for (const t of m.trees) s += m.rate * evaluate(t, x);
  return s;
}

/** Per feature, the cut points: value <= cuts[b] is bin b or lower. */
function cutsOf(xs: readonly ArrayLike<number>[], d: number): number[][] {
  const step = Math.max(1, Math.floor(xs.length / 5000));
  return Array.from({ length: d }, (_, f) => {
    const values: number[] = [];
    for (let i = 0; i < xs.length; i += step) values.push(xs[i]![f]!);
    values.sort((a, b) => a - b);
    const cuts = new Set<number>();
    for (let b = 1; b < BINS; b++) cuts.add(values[Math.floor((b * (values.length - 1)) / BINS)]!);
    return [...cuts].sort((a, b) => a - b);
  });
}

function binOf(cuts: readonly number[], v: number): number {
  let b = 0;
  while (b < cuts.length && v > cuts[b]!) b++;
  return b;
}

/** One tree grown level by level on the binned rows, fitted to `r`. */
function grow(bins: Uint8Array, d: number, cuts: readonly number[][], r: Float64Array, o: TreeOptions): Node[] {
  const n = r.length;
  const nodeOf = new Int32Array(n);
  const tree: Node[] = [{ feature: -1, bin: 0, at: 0, left: 0, right: 0, value: 0 }];
  let level = [0];
  for (let depth = 0; depth <= o.depth; depth++) {
    const slot = new Map(level.map((id, k) => [id, k]));
    const sums = new Float64Array(level.length * d * BINS);
    const counts = new Float64Array(level.length * d * BINS);
    const total = new Float64Array(level.length);
    const count = new Float64Array(level.length);
    for (let i = 0; i < n; i++) {
      const k = slot.get(nodeOf[i]!);
      if (k === undefined) continue;
      total[k]! += r[i]!;
      count[k]!++;
      if (depth === o.depth) continue;
      const base = k * d * BINS;
      for (let f = 0; f < d; f++) {
        const at = base + f * BINS + bins[i * d + f]!;
        sums[at]! += r[i]!;
        counts[at]!++;
      }
    }
    const next: number[] = [];
    level.forEach((id, k) => {
      const node = tree[id]!;
      node.value = count[k]! === 0 ? 0 : total[k]! / count[k]!;
      if (depth === o.depth || count[k]! < 2 * o.minLeaf) return;
      let best = { gain: 1e-12, feature: -1, bin: 0 };
      const parent = (total[k]! * total[k]!) / count[k]!;
      for (let f = 0; f < d; f++) {
        let ls = 0;
        let ln = 0;
        for (let b = 0; b < BINS - 1; b++) {
          const at = (k * d + f) * BINS + b;
          ls += sums[at]!;
          ln += counts[at]!;
          const rn = count[k]! - ln;
          if (ln < o.minLeaf || rn < o.minLeaf) continue;
          const rs = total[k]! - ls;
          const gain = (ls * ls) / ln + (rs * rs) / rn - parent;
          if (gain > best.gain) best = { gain, feature: f, bin: b };
        }
      }
      if (best.feature < 0 || best.bin >= cuts[best.feature]!.length) return;
      node.feature = best.feature;
      node.bin = best.bin;
      node.at = cuts[best.feature]![best.bin]!;
      node.left = tree.push({ feature: -1, bin: 0, at: 0, left: 0, right: 0, value: 0 }) - 1;
      node.right = tree.push({ feature: -1, bin: 0, at: 0, left: 0, right: 0, value: 0 }) - 1;
      next.push(node.left, node.right);
    });
    if (depth === o.depth) break;
    for (let i = 0; i < n; i++) {
      const node = tree[nodeOf[i]!]!;
      if (node.feature >= 0) nodeOf[i] = bins[i * d + node.feature]! <= node.bin ? node.left : node.right;
    }
    level = next;
    if (level.length === 0) break;
  }
  return tree;
}

export function fitBoosted(xs: readonly ArrayLike<number>[], y: readonly number[], o: TreeOptions = TREE_DEFAULTS): Boosted {
  const d = xs[0]?.length ?? 0;
  const cuts = cutsOf(xs, d);
  const bins = new Uint8Array(xs.length * d);
  xs.forEach((x, i) => {
    for (let f = 0; f < d; f++) bins[i * d + f] = binOf(cuts[f]!, x[f]!);
  });
  const base = y.length === 0 ? 0 : y.reduce((a, b) => a + b, 0) / y.length;
  const residual = Float64Array.from(y, (v) => v - base);
  const trees: Node[][] = [];
  for (let t = 0; t < o.rounds; t++) {
    const tree = grow(bins, d, cuts, residual, o);
    trees.push(tree);
    xs.forEach((x, i) => (residual[i]! -= o.rate * evaluate(tree, x)));
  }
  return { base, rate: o.rate, trees };
}
