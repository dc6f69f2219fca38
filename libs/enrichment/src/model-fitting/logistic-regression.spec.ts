import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fitLogistic, type Example } from './logistic-regression.js';

describe('theme model fitting', () => {
  it('learns which feature separates the labels, and a per-theme offset', () => {
    const examples: Example[] = [];
    for (let i = 0; i < 200; i++) {
      const a = (i % 10) / 10;
      const noise = ((i * 7) % 10) / 10;
      examples.push({ x: [a, noise], theme: i % 2 === 0 ? 'x' : 'y', y: a >= 0.5 && (i % 2 === 0 || a >= 0.7) ? 1 : 0 });
    }
    const model = fitLogistic(
      examples,
      new Map([
        ['x', 0],
        ['y', 1],
      ]),
    );
    assert.ok(model.probability([0.9, 0.5], 'x') > 0.8);
    assert.ok(model.probability([0.1, 0.5], 'x') < 0.2);
    // The noise feature barely moves the probability; theme y needs more evidence than x.
    assert.ok(Math.abs(model.probability([0.6, 0.9], 'x') - model.probability([0.6, 0.1], 'x')) < 0.15);
    assert.ok(model.probability([0.6, 0.5], 'y') < model.probability([0.6, 0.5], 'x'));
    assert.equal(model.weights.length, 3);
    assert.ok((model.themeBias['x'] ?? 0) > (model.themeBias['y'] ?? 0));
  });
});
