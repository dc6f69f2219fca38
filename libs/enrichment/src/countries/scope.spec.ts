import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrich, type EnrichmentInput } from '../enrich.js';

const release = (title: string | null, body: string, dateline: string | null = null): EnrichmentInput => ({
  title,
  body,
  dateline,
  language: 'fr',
  contacts: [],
});
const primaryOf = (input: EnrichmentInput): string | null => enrich(input).countries.find((c) => c.role === 'primary')?.code ?? null;

describe('release scope: one country or several', () => {
  it('gives a release framed by a region its region and no primary country, hence no point', () => {
    const r = enrich(
      release(
        'Afrique de l’Ouest : aperçu humanitaire hebdomadaire',
        'Au Niger, des inondations ont touché 2 000 familles. Au Mali, les déplacements continuent. Au Burkina Faso, les écoles ferment.',
      ),
    );
    assert.equal(
      r.countries.find((c) => c.role === 'primary'),
      undefined,
    );
    assert.deepEqual(r.countries.map((c) => c.code).sort(), ['BF', 'ML', 'NE']);
    assert.equal(r.regions[0]?.code, '011');
    assert.equal(r.location, null);
  });

  it('keeps the country a title announces, whatever the framing', () => {
    assert.equal(
      primaryOf(
        release(
          'Mali : la crise au Sahel s’aggrave',
          'Au Niger, au Mali et au Tchad, les besoins augmentent. Le Niger accueille des réfugiés.',
        ),
      ),
      'ML',
    );
  });

  it('gives none when several countries share the weight and the title names none', () => {
    const body =
      'Des équipes travaillent au Niger, au Mali, au Tchad et au Burkina Faso. Le Niger, le Mali, le Tchad et le Burkina Faso reçoivent des kits.';
    assert.equal(primaryOf(release('Distribution de kits avant la saison sèche', body)), null);
  });

  it('reads a country naming a crisis in the title ("Syria Crisis Response") as no country named there', () => {
    const body =
      'In Syria, teams reach 2,000 families. In Lebanon and Jordan, refugees get cash. Iraq, Egypt and Turkey host others. Lebanon, Jordan, Iraq, Egypt and Turkey need funds.';
    assert.equal(primaryOf(release('Save the Children: Syria Crisis Response - Updated December 2017', body)), null);
    assert.equal(primaryOf(release('Save the Children: Syria Response - Updated December 2017', body)), 'SY');
  });

  it('keeps a primary when one country leads', () => {
    const body =
      'Au Niger, le HCR a accueilli 300 réfugiés venus du Mali. Les autorités du Niger ont ouvert un site à Niamey pour les familles.';
    assert.equal(primaryOf(release('Le HCR accueille des réfugiés à Niamey', body)), 'NE');
  });

  it('gives none when only headquarters cities are named', () => {
    assert.equal(
      primaryOf(release('Journée des migrants', 'À Genève, l’organisation a publié un rapport sur les migrants disparus en 2017.')),
      null,
    );
  });

  it('keeps the country a framed title places the story in', () => {
    const body =
      'La réunion mondiale sur le pacte se tient à Puerto Vallarta. Le Mexique et la Suisse la président; les États-Unis sont absents.';
    assert.equal(primaryOf(release('Les États se réunissent au Mexique pour un pacte mondial', body)), 'MX');
    assert.equal(primaryOf(release('Les États se réunissent pour un pacte mondial', body)), null);
  });

  it('keeps the country that leads several others under a region-framed title, not a lone one', () => {
    const kenya =
      'Au Kenya, les entreprises kenyanes soutiennent la réponse. À Nairobi, au Kenya, une plateforme réunit 40 sociétés. Le Kenya accueille aussi des partenaires de Somalie.';
    assert.equal(primaryOf(release('Afrique de l’Est : lettre des partenaires privés', kenya)), 'KE');
    const lone = 'Un rapport publié à Tokyo montre que la moitié de la planète n’a pas accès aux soins.';
    assert.equal(primaryOf(release('La moitié de la population mondiale sans soins essentiels', lone)), null);
  });
});

describe('a release whose countries all weigh nothing', () => {
  it('has no primary country: a U.S.-based organisation on displacement in the world', () => {
    const body =
      'Conflict has left 65 million people displaced, says the head of the International Rescue Committee, a U.S.-based humanitarian organization.';
    assert.equal(primaryOf(release('Another Year of Record Displacement', body)), null);
    assert.equal(primaryOf(release('Another Year of Record Displacement', body.replace('U.S.-based', 'U.S. humanitarian'))), 'US');
  });
});

describe('a title placing the story in two coordinated countries', () => {
  it('has no primary country ("au Burundi et en Tunisie"), unlike a title placing it in one', () => {
    const body =
      'Le projet au Burundi aide les jeunes. Au Burundi, KIYO forme des juristes. Au Burundi encore. En Tunisie, une ONG aide les victimes.';
    assert.equal(primaryOf(release('Des projets pour les droits humains au Burundi et en Tunisie', body)), null);
    assert.equal(primaryOf(release('Des projets pour les droits humains au Burundi', body)), 'BI');
  });
});
