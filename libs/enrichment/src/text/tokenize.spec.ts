import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expandForms } from './phrase-trie.js';
import { fold, tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('folds case and accents but keeps case facts', () => {
    const { tokens } = tokenize("l'OIM au Pérou");
    assert.deepEqual(
      tokens.map((t) => [t.norm, t.cap, t.upper]),
      [
        ['l', false, false],
        ['oim', true, true],
        ['au', false, false],
        ['perou', true, false],
      ],
    );
    assert.equal(fold('Œuvre Ñandú ÉTATS'), 'oeuvre nandu etats');
  });

  it('joins across hyphens, apostrophes, single line breaks and abbreviation dots only', () => {
    const join = (s: string) => tokenize(s).tokens.map((t) => t.join);
    assert.deepEqual(join("Côte d'Ivoire"), [false, true, true]);
    assert.deepEqual(join('Guinée-Bissau'), [false, true]);
    assert.deepEqual(join('Union\neuropéenne'), [false, true]);
    assert.deepEqual(join('Mexique.\n\nLe'), [false, false]);
    assert.deepEqual(join('U.S. Department'), [false, true, true]);
    assert.deepEqual(join('Mexique, Guatemala'), [false, false]);
  });

  it('expands the dictionary notation', () => {
    assert.deepEqual(expandForms('colombien(ne)(s)'), ['colombien', 'colombiens', 'colombienne', 'colombiennes']);
    assert.deepEqual(expandForms('recruitment agenc(y|ies)'), ['recruitment agency', 'recruitment agencies']);
  });
});
