import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scorePage, shingles, summarize, tokenize } from './shingle-score.js';

describe('shingle scoring', () => {
  it('tokenizes on Unicode word characters, keeping case', () => {
    assert.deepEqual(tokenize('Ça va? Très_bien, 42 — Привет!'), ['Ça', 'va', 'Très_bien', '42', 'Привет']);
  });

  it('builds a multiset of 4-token shingles, or one short shingle', () => {
    const s = shingles('a b c d a b c d');
    assert.equal(s.size, 4);
    assert.equal(
      [...s.values()].reduce((x, y) => x + y, 0),
      5,
    );
    assert.equal(shingles('one two').size, 1);
    assert.equal(shingles('').size, 1);
  });

  it('counts repeated shingles as the smaller of both counts', () => {
    // Predicted has the 4 tokens twice (2 copies of "w x y z"), the reference once.
    const s = scorePage('w x y z. w x y z', 'w x y z');
    assert.equal(s.tp, 1);
    assert.equal(s.fp, 4);
    assert.equal(s.fn, 0);
    assert.equal(s.recall, 1);
    assert.equal(s.precision, 1 / 5);
  });

  it('is case sensitive and ignores punctuation', () => {
    assert.equal(scorePage('The cat sat down.', 'the cat sat down').precision, 0);
    const same = scorePage('Hello, world: it is.', 'Hello world it is');
    assert.deepEqual([same.precision, same.recall, same.exact], [1, 1, true]);
  });

  it('averages precision over non-empty predictions and recall over non-empty references', () => {
    const ref = 'a b c d e f';
    const summary = summarize([
      { predicted: ref, reference: ref }, // P 1, R 1
      { predicted: '', reference: ref }, // no precision; R 0
      { predicted: 'a b c d x y', reference: ref }, // P 1/3, R 1/3
    ]);
    assert.equal(summary.precision, (1 + 1 / 3) / 2);
    assert.equal(summary.recall, (1 + 0 + 1 / 3) / 3);
    const f1 = (2 * summary.precision * summary.recall) / (summary.precision + summary.recall);
    assert.equal(summary.f1, f1);
    assert.equal(summary.accuracy, 1 / 3);
    assert.equal(summary.pages, 3);
  });
});
