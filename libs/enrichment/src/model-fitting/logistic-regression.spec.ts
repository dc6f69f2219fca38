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

  it('fits a slope of its own per theme with `slopes`, shrunk toward the shared one by its penalty', () => {
    // Theme x follows feature 0, theme y feature 1; without per-theme slopes both share one compromise.
    const examples: Example[] = [];
    for (let i = 0; i < 400; i++) {
      const [a, b] = [(i % 10) / 10, ((i * 3) % 7) / 7];
      const theme = i % 2 === 0 ? 'x' : 'y';
      examples.push({ x: [a, b], theme, y: (theme === 'x' ? a : b) >= 0.5 ? 1 : 0 });
    }
    const index = new Map([
      ['x', 0],
      ['y', 1],
    ]);
    const gap = (m: ReturnType<typeof fitLogistic>, theme: string): number =>
      m.probability([0.9, 0.1], theme) - m.probability([0.1, 0.9], theme);
    const shared = fitLogistic(examples, index);
    const own = fitLogistic(examples, index, { features: [0, 1], penalty: 1 });
    const stiff = fitLogistic(examples, index, { features: [0, 1], penalty: 1e6 });
    assert.ok(gap(own, 'x') > 0.5 && gap(own, 'y') < -0.5, `${gap(own, 'x')} ${gap(own, 'y')}`);
    assert.ok(gap(shared, 'x') < gap(own, 'x') - 0.2 && gap(shared, 'y') > gap(own, 'y') + 0.2);
    assert.ok(Math.abs(gap(stiff, 'x') - gap(shared, 'x')) < 0.01);
    assert.equal(own.themeSlopes['x']?.length, 2);
    assert.deepEqual(Object.keys(shared.themeSlopes), []);
  });
});
