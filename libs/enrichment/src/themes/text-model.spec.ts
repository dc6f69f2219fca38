import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../text/tokenize.js';
import { textProbability, textVector, tokenTextProbabilities, wordBag, type TextModel } from './text-model.js';

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

  it('scores from the tokens exactly as from the word bag and its vector', () => {
    const model: TextModel = {
      stems: ['camps', 'refugi', 'traffi', 'victim'],
      idf: [0.7, 1.3, 2.1, 0.9],
      themes: { 'human-trafficking': { bias: -1.5, weights: [0.2, -0.4, 3.1, 1.7] }, gender: { bias: 0.3, weights: [1, 0, -2] } },
    };
    const title = tokenize('Victims of trafficking');
    const body = tokenize('Refugees in camps; the victims of trafficking, réfugiés and victims again. Nothing else.');
    const vector = textVector(wordBag(title, body), model.stems, model.idf);
    const themes = ['gender', 'human-trafficking', 'migration-health'] as const;
    assert.deepEqual(
      tokenTextProbabilities(model, title, body, themes),
      themes.map((t) => textProbability(vector, model, t)),
    );
    assert.deepEqual(tokenTextProbabilities(model, null, tokenize('nothing known here'), ['gender']), [1 / (1 + Math.exp(-0.3))]);
  });

  it('scores exactly with more distinct weights than a 16-bit index holds', () => {
    // 70,000 stems with a distinct weight each: the weight matrix falls back to 32-bit indices.
    const stems = Array.from({ length: 70_000 }, (_, i) => `w${i.toString(36).padStart(5, 'a')}`);
    const weights = stems.map((_, i) => Math.sin(i) * 3);
    const model: TextModel = { stems, idf: stems.map((_, i) => 1 + (i % 7) / 10), themes: { gender: { bias: 0.1, weights } } };
    const body = tokenize(`${stems[3]} ${stems[69_999]} ${stems[40_000]} ${stems[3]} ${stems[65_537]}`);
    const vector = textVector(wordBag(null, body), model.stems, model.idf);
    assert.equal(vector.length, 4);
    assert.deepEqual(tokenTextProbabilities(model, null, body, ['gender']), [textProbability(vector, model, 'gender')]);
  });

  it('reads words from the text as from their folded forms: stopwords that are stems, accents, numbers', () => {
    // 'entre' is a stopword and a stem; 'entrep' the stem of longer words.
    const model: TextModel = {
      stems: ['entre', 'entrep', 'sobre', 'refugi', '2017ab'],
      idf: [1.1, 0.8, 1.7, 1.3, 2],
      themes: { gender: { bias: -0.2, weights: [2, 1.5, -1, 0.7, 3] } },
    };
    const text = 'Entre les entreprises, ÉNTRE sobre SOBREs réfugiés 2017abc entrepôt Réfugiée';
    const bagged = (doc: ReturnType<typeof tokenize>) =>
      textProbability(textVector(wordBag(null, doc), model.stems, model.idf), model, 'gender');
    // Scored from fresh tokens (no folded form made yet), then against the bag.
    const fresh = tokenize(text);
    const p = tokenTextProbabilities(model, null, fresh, ['gender']);
    assert.deepEqual(p, [bagged(tokenize(text))]);
    assert.ok((p[0] ?? 0) > 0.5);
  });
});
