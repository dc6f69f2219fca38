import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chainFeature, cooccurrence, documentKinds } from './decision-extras.js';

describe('decision extras (wave 11 experiments)', () => {
  const labels = [new Set(['return-reintegration', 'migrant-protection']), new Set(['return-reintegration']), new Set(['gender'])];
  const cooc = cooccurrence(labels);

  it('estimates P(t | s) from the labels, smoothed toward P(t) by one pseudo-release', () => {
    // 1 of 2 returns also protection, P(protection) = 1/3: (1 + 1/3) / (2 + 1).
    assert.ok(Math.abs((cooc.get('return-reintegration')?.get('migrant-protection') ?? 0) - 4 / 9) < 1e-12);
    // never together: only the prior's share, (0 + 1/3) / (1 + 1).
    assert.ok(Math.abs((cooc.get('gender')?.get('migrant-protection') ?? 0) - 1 / 6) < 1e-12);
    assert.equal(cooc.get('gender')?.has('gender'), false);
  });

  it("combines the other candidates' first-stage probabilities by noisy-or or the largest, never a candidate's own", () => {
    const candidates = [{ id: 'migrant-protection' }, { id: 'return-reintegration' }, { id: 'gender' }];
    const first = [0.9, 0.5, 0.6];
    const a = 0.5 * (4 / 9);
    const b = 0.6 * (1 / 6);
    const noisy = chainFeature(candidates, first, cooc, 'noisyOr');
    assert.ok(Math.abs((noisy[0] ?? 0) - (1 - (1 - a) * (1 - b))) < 1e-12);
    assert.ok(Math.abs((chainFeature(candidates, first, cooc, 'max')[0] ?? 0) - Math.max(a, b)) < 1e-12);
    assert.deepEqual(chainFeature([{ id: 'gender' }], [1], cooc, 'noisyOr'), [0]);
  });

  it('reads document kinds in the title and the lead only', () => {
    assert.deepEqual(documentKinds('Flash Update No. 3', 'Fighting displaced 3,000 people.'), [1, 0, 0, 0, 0, 0]);
    assert.deepEqual(documentKinds(null, 'IOM held a training workshop for border officials.'), [0, 0, 0, 1, 0, 0]);
    assert.deepEqual(documentKinds('Returns', `${'x'.repeat(400)} a survey`), [0, 0, 0, 0, 0, 0]);
  });
});
