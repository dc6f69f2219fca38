import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fitLogisticSgd, logistic } from './block-fit.js';
import { fitRidge, foldOf, pick, predict, solve } from './selector-fit.js';
import { fitBoosted, predictBoosted } from './selector-trees.js';

describe('the selector fitters', () => {
  it('solves a linear system', () => {
    const x = solve([2, 1, 1, 3], [3, 5], 2);
    assert.ok(Math.abs(x[0]! - 0.8) < 1e-9 && Math.abs(x[1]! - 1.4) < 1e-9, String(x));
  });

  it('recovers a linear gain by ridge regression', () => {
    const xs = Array.from({ length: 50 }, (_, i) => [i / 50, (i % 7) / 7]);
    const y = xs.map(([a, b]) => 0.1 + 2 * a! - b!);
    const w = fitRidge(xs, y, 1e-6);
    assert.ok(Math.abs(predict(w, [0.5, 0.5]) - 0.6) < 1e-3);
  });

  it('picks the candidate of largest predicted gain over the threshold, else the rules', () => {
    const row = { id: '1', type: 'article', domain: 'a.org', f1: [0.5, 0.6, 0.7], same: [true, false, false], features: [[0], [0], [0]] };
    assert.equal(pick([() => 0, () => 0.02, () => 0.05], row, 0.01), 2);
    assert.equal(pick([() => 0, () => 0.02, () => 0.05], row, 0.1), 0);
  });

  it('puts all pages of one site in one fold', () => {
    assert.equal(foldOf('example.org', 5), foldOf('example.org', 5));
    assert.ok(new Set(['a.org', 'b.org', 'c.org', 'd.org', 'e.org', 'f.org', 'g.org'].map((d) => foldOf(d, 5))).size > 1);
  });

  it('fits a step that a linear model cannot read with boosted trees', () => {
    const xs = Array.from({ length: 400 }, (_, i) => [(i % 20) / 20, Math.floor(i / 20) / 20]);
    const y = xs.map(([a, b]) => (a! > 0.5 && b! > 0.5 ? 1 : 0));
    const m = fitBoosted(xs, y, { rounds: 40, rate: 0.3, depth: 2, minLeaf: 5 });
    assert.ok(predictBoosted(m, [0.9, 0.9]) > 0.8);
    assert.ok(predictBoosted(m, [0.9, 0.1]) < 0.2);
    assert.ok(predictBoosted(m, [0.1, 0.9]) < 0.2);
  });

  it('fits soft labels by logistic regression', () => {
    const blocks = Array.from({ length: 2000 }, (_, i) => {
      const v = (i % 10) / 10;
      return { page: 0, x: Float32Array.of(v), y: v > 0.5 ? 0.9 : 0.1, weight: 1 };
    });
    const w = fitLogisticSgd(blocks);
    assert.ok(logistic(w, [0.9]) > 0.6 && logistic(w, [0.1]) < 0.4);
  });
});
