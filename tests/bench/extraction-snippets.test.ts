import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { judgeSnippets, occurrences, shareSnippets, tokenLine } from './extraction-snippets.js';

describe('annotator snippet matching', () => {
  it('matches on word tokens, whatever the case, whitespace, punctuation or dash style', () => {
    const out = tokenLine('Protein continues to dominate —\n it  SUPPORTS muscle recovery.');
    assert.equal(occurrences(out, tokenLine('protein continues to dominate - it supports muscle recovery')), 1);
  });

  it('matches whole tokens only', () => {
    assert.equal(occurrences(tokenLine('Homepage and homes'), tokenLine('Home')), 0);
    assert.equal(occurrences(tokenLine('Go home, home again'), tokenLine('home')), 2);
  });

  it('never finds a snippet without a word', () => {
    assert.equal(occurrences(tokenLine('a — b'), tokenLine(' — ')), 0);
  });

  it('finds a missed sentence and a leaked phrase', () => {
    const o = judgeSnippets('Body text here. Add to cart', 'Body text here. More body.', {
      with: ['body text here', 'More body.'],
      without: ['Add to Cart', 'Related products'],
    });
    assert.deepEqual(o.missed, [1]);
    assert.deepEqual(o.leaked, [0]);
  });

  it('does not count a phrase as leaked when the reference holds it as often', () => {
    const o = judgeSnippets('We work from home. Home', 'We work from home.', { with: [], without: ['Home'] });
    assert.deepEqual(o.leaked, [0]);
    const same = judgeSnippets('We work from home.', 'We work from home.', { with: [], without: ['Home'] });
    assert.deepEqual(same.leaked, []);
  });

  it('shares count snippets, not pages', () => {
    const a = judgeSnippets('x', '', { with: ['x', 'y'], without: ['x'] });
    const b = judgeSnippets('z', '', { with: ['z', 'w'], without: ['q', 'r'] });
    const s = shareSnippets([a, b]);
    assert.equal(s.found, 0.5);
    assert.equal(s.leaked, 1 / 3);
    assert.equal(s.leakyPages, 1);
  });
});
