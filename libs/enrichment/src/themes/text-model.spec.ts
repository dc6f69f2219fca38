import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../text/tokenize.js';
import { textProbability, textVector, wordBag, type TextModel } from './text-model.js';

describe('text model', () => {
  it('bags folded stems, title words weighing more, without function words or numbers', () => {
    const bag = wordBag(tokenize('Trafficking victims'), tokenize('The victims of trafficking in 2017, and réfugiés.'));
    assert.equal(bag.get('traffi'), 4); // 3 for the title word, 1 for the body's
    assert.equal(bag.get('victim'), 4);
    assert.equal(bag.get('refugi'), 1);
    assert.equal(bag.get('the'), undefined);
    assert.equal(bag.get('2017'), undefined);
  });

  it('scores a release by the stems it shares with the theme, 0 for a theme without a classifier', () => {
    const model: TextModel = {
      stems: ['refugi', 'traffi'],
      idf: [1, 1],
      themes: { 'human-trafficking': { bias: -2, weights: [0, 6] } },
    };
    const about = textVector(wordBag(null, tokenize('trafficking trafficking refugees')), model.stems, model.idf);
    const other = textVector(wordBag(null, tokenize('refugees in camps')), model.stems, model.idf);
    assert.ok(textProbability(about, model, 'human-trafficking') > 0.9);
    assert.ok(textProbability(other, model, 'human-trafficking') < 0.2);
    assert.equal(textProbability(about, model, 'gender'), 0);
  });
});
