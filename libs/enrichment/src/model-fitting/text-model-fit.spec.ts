import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textProbability, textVector, type WordBag } from '../themes/text-model.js';
import { fitTextModel, outOfFoldText, type TextExample } from './text-model-fit.js';

/** 90 releases: those about trafficking use "traffi", every release uses filler stems. */
function examples(): TextExample[] {
  return Array.from({ length: 90 }, (_, i) => {
    const about = i % 4 === 0;
    const bag: WordBag = new Map([
      ['report', 1 + (i % 2)],
      ['govern', 1],
      ...(about ? ([['traffi', 2]] as const) : ([['weathe', 1]] as const)),
    ]);
    return { bag, labels: new Set(about ? ['human-trafficking'] : []) };
  });
}

describe('text model fitting', () => {
  it('learns the stems that mark a theme and skips themes without enough examples', () => {
    const model = fitTextModel(examples(), ['human-trafficking', 'gender']);
    assert.equal(model.themes.gender, undefined);
    const p = (stems: [string, number][]): number =>
      textProbability(textVector(new Map(stems), model.stems, model.idf), model, 'human-trafficking');
    assert.ok(
      p([
        ['traffi', 1],
        ['report', 1],
      ]) > 0.7,
    );
    assert.ok(
      p([
        ['weathe', 1],
        ['report', 1],
      ]) < 0.3,
    );
  });

  it('gives out-of-fold probabilities for every example', () => {
    const oof = outOfFoldText(examples(), ['human-trafficking'], 3);
    assert.equal(oof.length, 90);
    assert.ok((oof[0]?.get('human-trafficking') ?? 0) > 0.5);
    assert.ok((oof[1]?.get('human-trafficking') ?? 1) < 0.5);
  });
});
