import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { summariseBoundary, type BoundaryRow } from './declared-boundary.js';

const row = (declared: boolean, asDeclared: number, asUndeclared: number): BoundaryRow => ({
  type: 'article',
  half: 'tune',
  declared,
  asDeclared,
  asUndeclared,
});

describe('summariseBoundary', () => {
  it('counts the pages whose renderings differ on each side and the mean change of each switch', () => {
    const s = summariseBoundary([row(true, 0.9, 1), row(true, 0.8, 0.8), row(false, 0.5, 0.7), row(false, 0.6, 0.6)]);
    assert.equal(s.pages, 4);
    assert.equal(s.differDeclared, 1);
    assert.equal(s.differUndeclared, 1);
    assert.ok(Math.abs(s.declaredToRegion - 0.1 / 4) < 1e-12);
    assert.ok(Math.abs(s.undeclaredToArticle - -0.2 / 4) < 1e-12);
  });

  it("takes the oracle as the better rendering over the rules' own, never below zero", () => {
    const s = summariseBoundary([row(true, 0.9, 1), row(false, 0.5, 0.7), row(false, 0.9, 0.4)]);
    assert.ok(Math.abs(s.oracle - 0.6 / 3) < 1e-12);
  });

  it('reads an empty group as zero', () => {
    assert.deepEqual(summariseBoundary([]), {
      pages: 0,
      differDeclared: 0,
      differUndeclared: 0,
      declaredToRegion: 0,
      undeclaredToArticle: 0,
      oracle: 0,
    });
  });
});
