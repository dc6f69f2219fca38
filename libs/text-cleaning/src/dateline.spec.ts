import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitDateline } from './dateline.js';

describe('splitDateline', () => {
  const cases: Array<[string, string, string]> = [
    ['Niamey – Cette semaine, les équipes ont distribué des vivres à 2 000 familles.', 'Niamey', 'Cette semaine, les équipes ont distribué des vivres à 2 000 familles.'],
    ['Port-au-Prince, Haïti — Les écoles rouvrent progressivement après le passage du cyclone.', 'Port-au-Prince, Haïti', 'Les écoles rouvrent progressivement après le passage du cyclone.'],
    ['Trinité-et-Tobago - Un nouveau centre d’accueil a ouvert ses portes mardi.', 'Trinité-et-Tobago', 'Un nouveau centre d’accueil a ouvert ses portes mardi.'],
    ['GENEVA - The organization released its annual report on displacement today.', 'GENEVA', 'The organization released its annual report on displacement today.'],
    ["Cox's Bazar, Bangladesh – Heavy rains damaged more than 300 shelters overnight.", "Cox's Bazar, Bangladesh", 'Heavy rains damaged more than 300 shelters overnight.'],
    ['Ciudad de Guatemala — La organización entregó kits de higiene a 500 familias.', 'Ciudad de Guatemala', 'La organización entregó kits de higiene a 500 familias.'],
    ['Buenos Aires, 12 de marzo de 2021 – Más de 300 personas participaron en el taller.', 'Buenos Aires', 'Más de 300 personas participaron en el taller.'],
    ['Nairobi, 4 June 2020 — Partners met to coordinate the response to the locust outbreak.', 'Nairobi', 'Partners met to coordinate the response to the locust outbreak.'],
  ];
  for (const [paragraph, place, rest] of cases) {
    it(`splits "${place}"`, () => {
      assert.deepEqual(splitDateline(paragraph), { dateline: place, rest });
    });
  }

  it('leaves paragraphs without a dateline alone', () => {
    for (const p of [
      'Grâce à un nouvel accord, les équipes pourront intervenir plus vite.',
      'Cette semaine – et pour la première fois – les familles ont voté.',
      'The long-term plan - approved in May - covers four provinces.',
      'Haïti – 2020',
    ]) {
      assert.deepEqual(splitDateline(p), { dateline: null, rest: p });
    }
  });
});
