import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gluedDateline, splitDateline } from './dateline.js';

describe('splitDateline', () => {
  const cases: Array<[string, string, string]> = [
    [
      'Niamey – Cette semaine, les équipes ont distribué des vivres à 2 000 familles.',
      'Niamey',
      'Cette semaine, les équipes ont distribué des vivres à 2 000 familles.',
    ],
    [
      'Port-au-Prince, Haïti — Les écoles rouvrent progressivement après le passage du cyclone.',
      'Port-au-Prince, Haïti',
      'Les écoles rouvrent progressivement après le passage du cyclone.',
    ],
    [
      'Trinité-et-Tobago - Un nouveau centre d’accueil a ouvert ses portes mardi.',
      'Trinité-et-Tobago',
      'Un nouveau centre d’accueil a ouvert ses portes mardi.',
    ],
    [
      'GENEVA - The organization released its annual report on displacement today.',
      'GENEVA',
      'The organization released its annual report on displacement today.',
    ],
    [
      "Cox's Bazar, Bangladesh – Heavy rains damaged more than 300 shelters overnight.",
      "Cox's Bazar, Bangladesh",
      'Heavy rains damaged more than 300 shelters overnight.',
    ],
    [
      'Ciudad de Guatemala — La organización entregó kits de higiene a 500 familias.',
      'Ciudad de Guatemala',
      'La organización entregó kits de higiene a 500 familias.',
    ],
    [
      'Buenos Aires, 12 de marzo de 2021 – Más de 300 personas participaron en el taller.',
      'Buenos Aires',
      'Más de 300 personas participaron en el taller.',
    ],
    [
      'Nairobi, 4 June 2020 — Partners met to coordinate the response to the locust outbreak.',
      'Nairobi',
      'Partners met to coordinate the response to the locust outbreak.',
    ],
    [
      'PLAINE DE LA BEKAA, Liban – Huit enfants syriens ont trouvé la mort la semaine dernière.',
      'PLAINE DE LA BEKAA, Liban',
      'Huit enfants syriens ont trouvé la mort la semaine dernière.',
    ],
    [
      'SAN SALVADOR, Dec 21 2017 (IPS) – The countries of Central America are striving to define a plan.',
      'SAN SALVADOR',
      'The countries of Central America are striving to define a plan.',
    ],
    [
      'BAMAKO / GENEVE (1er décembre 2017) – Au terme de sa visite, l’Expert a rencontré les autorités.',
      'BAMAKO / GENEVE',
      'Au terme de sa visite, l’Expert a rencontré les autorités.',
    ],
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

describe('gluedDateline', () => {
  it('reads the words between a glued headline and its dash as a dateline', () => {
    assert.deepEqual(gluedDateline('Bamako, 1er décembre 2017'), { place: 'Bamako' });
    assert.deepEqual(gluedDateline('19 décembre 2017'), { place: null });
    assert.deepEqual(gluedDateline("21 December 2017 (Cox's Bazar)"), { place: "Cox's Bazar" });
    assert.deepEqual(gluedDateline('JUBA/ADDIS ABABA (22 December 2017)'), { place: 'JUBA / ADDIS ABABA' });
    assert.deepEqual(gluedDateline('Beyrouth/Paris'), { place: 'Beyrouth / Paris' });
    assert.deepEqual(gluedDateline('MANILA, Dec. 26'), { place: 'MANILA' });
  });

  it('refuses words that only look like a date or a place', () => {
    assert.equal(gluedDateline('16 Geneva'), null);
    assert.equal(gluedDateline('Geneva'), null);
    assert.equal(gluedDateline('affected people'), null);
  });
});
