import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { additionsTopicMatches, selectAdditions, type CorpusItem } from './corpus.js';

const item = (id: string, text: string, language = 'en'): CorpusItem => ({ id, language, text });

describe("the additions' selection rule", () => {
  it('counts every match, in any case and language', () => {
    assert.equal(additionsTopicMatches('Human TRAFFICKING and trafficking victims'), 2);
    assert.equal(additionsTopicMatches('La trata de personas y las víctimas de explotación sexual'), 3);
    assert.equal(additionsTopicMatches('Les passeurs et le retour volontaire'), 2);
    assert.equal(additionsTopicMatches('passerelle, passeport'), 0);
  });

  it('keeps reports with at least two matches that are not labelled yet, in id order', () => {
    const corpus = [
      item('reliefweb-30', 'Smuggling and smugglers on the route.'),
      item('reliefweb-4', 'Victims of trafficking were assisted.'),
      item('reliefweb-20', 'One mention of forced labour only.'),
      item('reliefweb-10', 'Retorno voluntario y reintegración de migrantes.', 'es'),
    ];
    assert.deepEqual(
      selectAdditions(corpus, new Set(['reliefweb-10'])).map((c) => c.id),
      ['reliefweb-4', 'reliefweb-30'],
    );
  });
});
