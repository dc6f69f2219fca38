import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrich, THEME_IDS, type EnrichmentInput } from './index.js';
import { themeInputsFor } from './enrich.js';
import { themeLabel } from './themes/detect.js';

const RELEASE: EnrichmentInput = {
  title: 'La Colombie renforce la lutte contre la traite des personnes',
  dateline: 'Bogotá',
  language: 'fr',
  contacts: [{ name: 'Laura Rincón', office: 'OIM Bogotá' }],
  body:
    "L'OIM et le Ministère colombien de l'intérieur ont signé un accord de 440 000 dollars pour prévenir la traite des personnes. " +
    "Le financement de l'Union européenne soutiendra une campagne de sensibilisation destinée aux jeunes dans 16 départements. " +
    'Les victimes de traite, souvent des femmes colombiennes exploitées au Mexique et en Équateur, recevront une assistance. ' +
    "« La lutte contre la traite exige une coopération entre pays », a déclaré Andrés Salazar, chef de mission de l'OIM en Colombie. " +
    'La campagne de prévention utilisera la radio et les réseaux sociaux pour informer sur les risques de la traite.',
};

describe('enrich', () => {
  it('returns every field of the contract', () => {
    const r = enrich(RELEASE);
    assert.deepEqual(Object.keys(r).sort(), [
      'amounts',
      'countries',
      'datelineCountry',
      'location',
      'organizations',
      'persons',
      'regions',
      'themes',
    ]);
  });

  it('tags a whole release', () => {
    const r = enrich(RELEASE);
    assert.equal(r.datelineCountry, 'CO');
    assert.deepEqual(r.countries[0], { code: 'CO', name: 'Colombia', role: 'primary', mentions: 5 });
    assert.deepEqual(
      r.countries.map((c) => c.code),
      ['CO', 'MX', 'EC'],
    );
    assert.deepEqual(r.regions, [
      { code: '005', name: 'South America' },
      { code: '419', name: 'Latin America and the Caribbean' },
      { code: '013', name: 'Central America' },
    ]);
    assert.deepEqual(r.location, { lat: 4, lon: -72 });
    assert.equal(r.themes[0]?.id, 'human-trafficking');
    assert.ok(r.themes.some((t) => t.id === 'awareness-campaign'));
    assert.deepEqual(
      r.organizations.map((o) => o.id),
      ['IOM', 'EU', 'MINISTRY:CO:interior'],
    );
    assert.deepEqual(r.persons, [
      { name: 'Andrés Salazar', role: "chef de mission de l'OIM en Colombie" },
      { name: 'Laura Rincón', role: 'press contact' },
    ]);
    assert.deepEqual(r.amounts, [{ value: 440000, currency: 'USD', text: '440 000 dollars' }]);
  });

  it('reads the dateline the cleaner found and guesses none of its own', () => {
    const body = 'Cette semaine, l’OIM a lancé des ateliers au Chiapas avec les autorités.';
    assert.equal(enrich({ ...RELEASE, title: null, dateline: 'Mexique', body }).datelineCountry, 'MX');
    // "Mexique – ..." left in the body means the cleaner decided it is not a dateline.
    assert.equal(enrich({ ...RELEASE, title: null, dateline: null, body: `Mexique – ${body}` }).datelineCountry, null);
  });

  it('does not count country words inside people’s or longer place names', () => {
    const r = enrich({
      title: null,
      dateline: 'Guatemala',
      language: 'es',
      contacts: [],
      body:
        '«La respuesta debe ser rápida», afirmó Kenya Morales, fiscal especializada. En San Pedro Carchá y en Cobán se abrieron albergues. ' +
        '« Nous restons mobilisés », a déclaré Marie-France Dupuis, responsable du programme.',
    });
    assert.deepEqual(
      r.countries.map((c) => c.code),
      ['GT'],
    );
    assert.deepEqual(
      r.persons.map((p) => p.name),
      ['Kenya Morales', 'Marie-France Dupuis'],
    );
  });

  it('counts a lowercase demonym that is spelled like the country name', () => {
    const r = enrich({
      ...RELEASE,
      title: null,
      dateline: null,
      body: 'Le projet est financé par la Coopération suisse au Niger. Les autorités nigériennes.',
    });
    assert.deepEqual(
      r.countries.map((c) => c.code),
      ['NE', 'CH'],
    );
    assert.ok(r.organizations.some((o) => o.id === 'SDC'));
  });

  it('counts theme words inside organisation names for less than in running text', () => {
    const filler = ' Les ateliers se tiendront dans trois villes du pays pendant deux mois avec les autorités locales.';
    const score = (body: string): number =>
      themeInputsFor({ ...RELEASE, title: null, body: body + filler }).candidates.find((c) => c.id === 'human-rights')?.score ?? 0;
    const inName = score("La Commission nationale des droits de l'homme et la Commission étatique des droits de l'homme participent.");
    const inText = score("Le respect des droits de l'homme est central ; les droits de l'homme des migrants doivent être garantis.");
    assert.ok(inName > 0 && inName < inText, `${inName} vs ${inText}`);
  });

  it('handles an empty release', () => {
    const r = enrich({ title: null, body: '', dateline: null, language: 'en', contacts: [] });
    assert.deepEqual(r, {
      countries: [],
      regions: [],
      themes: [],
      organizations: [],
      persons: [],
      amounts: [],
      location: null,
      datelineCountry: null,
    });
  });

  it('exports theme ids and labels', () => {
    assert.ok(THEME_IDS.includes('migrant-smuggling'));
    assert.equal(themeLabel('migrant-smuggling', 'fr'), 'Trafic illicite de migrants');
  });
});
