import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { candidateProbabilities, fitRanker, type RankerGroup } from './country-ranker-fit.js';

describe('country ranker fitting', () => {
  it('learns which feature marks the gold candidate, and ignores a noise feature', () => {
    const groups: RankerGroup[] = [];
    for (let i = 0; i < 60; i++) {
      const gold = i % 3;
      // Feature 0 is 1 for the gold candidate in 5 releases of 6; feature 1 marks a candidate unrelated to the gold.
      const noisy = (2 * i + Math.floor(i / 3)) % 3;
      const xs = [0, 1, 2].map((c) => [
        c === gold ? (i % 6 === 0 ? 0 : 1) : i % 6 === 0 && c === (gold + 1) % 3 ? 1 : 0,
        c === noisy ? 1 : 0,
      ]);
      groups.push({ xs, gold });
    }
    const w = fitRanker(groups, 2, 0.1);
    assert.ok((w[0] ?? 0) > 1, `weight of the marking feature: ${w[0]}`);
    assert.ok(Math.abs(w[1] ?? 0) < 0.5, `weight of the noise: ${w[1]}`);
    const p = candidateProbabilities(w, [
      [1, 0],
      [0, 1],
    ]);
    assert.ok((p[0] ?? 0) > 0.7);
    assert.ok(Math.abs((p[0] ?? 0) + (p[1] ?? 0) - 1) < 1e-9);
  });

  it('shrinks toward zero as the penalty grows', () => {
    const groups: RankerGroup[] = [
      { xs: [[1], [0]], gold: 0 },
      { xs: [[0], [1]], gold: 1 },
    ];
    assert.ok(Math.abs(fitRanker(groups, 1, 100)[0] ?? 0) < Math.abs(fitRanker(groups, 1, 0.1)[0] ?? 0));
  });
});
