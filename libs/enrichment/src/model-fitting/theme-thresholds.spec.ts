import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { perThemeThresholds, thresholdOffset, type ScoredCandidate } from './theme-thresholds.js';

const many = (theme: string, p: number, y: 0 | 1, n: number): ScoredCandidate[] => Array.from({ length: n }, () => ({ theme, p, y }));

describe('per-theme thresholds', () => {
  it('lowers the threshold of a theme whose true labels score low, and leaves a well-served theme at the global one', () => {
    const scored = [
      ...many('funding', 0.3, 1, 12), // under-rated: every one missed at 0.5
      ...many('funding', 0.1, 0, 12),
      ...many('refugees', 0.9, 1, 12),
      ...many('refugees', 0.2, 0, 12),
    ];
    const chosen = perThemeThresholds(scored, 24, 0.5, 10);
    assert.equal(chosen.get('funding'), 0.3);
    assert.equal(chosen.has('refugees'), false);
  });

  it('gives no theme with fewer labelled candidates than the minimum a threshold of its own', () => {
    const scored = [...many('rare', 0.3, 1, 4), ...many('rare', 0.1, 0, 4)];
    assert.equal(perThemeThresholds(scored, 4, 0.5, 10).size, 0);
  });

  it('ships a threshold as a bias offset that decides the same at the global threshold', () => {
    const offset = thresholdOffset(0.5, 0.3);
    for (const z of [-0.9, -0.8, -0.5, 0, 0.3]) {
      const p = 1 / (1 + Math.exp(-z));
      const shifted = 1 / (1 + Math.exp(-(z + offset)));
      assert.equal(p >= 0.3, shifted >= 0.5, `z=${z}`);
    }
  });
});
