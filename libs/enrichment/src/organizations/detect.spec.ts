import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCountries } from '../countries/detect.js';
import { detectOrganizations } from './detect.js';
import { tokenize } from '../text/tokenize.js';

function orgs(text: string, language: string, dateline: string | null = null): { id: string; name: string }[] {
  const doc = tokenize(text);
  const det = detectCountries(null, doc, dateline);
  return detectOrganizations([doc], language, [det.bodyMatches], det.primary);
}

const ids = (text: string, language: string, dateline: string | null = null): string[] => orgs(text, language, dateline).map((o) => o.id);

describe('known organisations', () => {
  it('recognises IOM in three languages and as acronyms', () => {
    assert.deepEqual(ids("L'Organisation internationale pour les migrations (OIM) et l'OIM", 'fr'), ['IOM']);
    assert.deepEqual(ids('La Organización Internacional para las Migraciones', 'es'), ['IOM']);
    assert.deepEqual(ids('IOM, the International Organization for Migration', 'en'), ['IOM']);
  });

  it('maps translations and acronyms to one canonical id', () => {
    assert.deepEqual(ids("L'ONUDC, le HCR et l'Union européenne", 'fr'), ['UNODC', 'UNHCR', 'EU']);
    assert.deepEqual(ids('ACNUR, la UE, ONU Mujeres y la OIT', 'es'), ['UNHCR', 'EU', 'UN-WOMEN', 'ILO']);
    assert.deepEqual(ids('UNICEF, UNFPA, WHO, WFP, UNDP, OAS, ECOWAS, USAID, ECHO and INTERPOL', 'en'), [
      'UNICEF',
      'UNFPA',
      'WHO',
      'WFP',
      'UNDP',
      'OAS',
      'ECOWAS',
      'USAID',
      'ECHO',
      'INTERPOL',
    ]);
    assert.deepEqual(ids('le PNUD, la CEDEAO, le PAM, l’OMS et ONU Femmes', 'fr'), ['UNDP', 'ECOWAS', 'WFP', 'WHO', 'UN-WOMEN']);
  });

  it('recognises the US Department of State in each language', () => {
    assert.deepEqual(ids('financé par le Département d’État américain', 'fr'), ['US-DOS']);
    assert.deepEqual(ids('con fondos del Departamento de Estado de los Estados Unidos', 'es'), ['US-DOS']);
    assert.deepEqual(ids('funded by the U.S. Department of State', 'en'), ['US-DOS']);
  });

  it('leaves lowercase words that look like acronyms alone', () => {
    assert.deepEqual(ids('who said the echo was loud', 'en'), []);
  });
});

describe('ministries', () => {
  it('infers the country from an adjective inside the name', () => {
    assert.deepEqual(orgs("le Ministère colombien de l'intérieur et de la justice a signé", 'fr'), [
      { id: 'MINISTRY:CO:interior', name: "Ministère colombien de l'intérieur et de la justice" },
    ]);
    assert.deepEqual(ids('The Colombian Ministry of Labour and IOM', 'en'), ['IOM', 'MINISTRY:CO:labour']);
  });

  it('infers the country from the name or falls back to the primary country', () => {
    assert.deepEqual(ids('el Ministerio de Relaciones Exteriores de Guatemala', 'es'), ['MINISTRY:GT:foreign-affairs']);
    assert.deepEqual(ids('Au Mexique, le ministère de la Santé a ouvert des cliniques. Le Mexique', 'fr'), ['MINISTRY:MX:health']);
    assert.deepEqual(ids('La Secretaría de Gobernación en México.', 'es'), ['MINISTRY:MX:interior']);
  });
});

describe('other organisations', () => {
  it('builds ORG ids from capitalised institution names', () => {
    assert.deepEqual(ids('l’Institut national de la migration, afin de coordonner', 'fr'), ['ORG:institut-national-de-la-migration']);
    assert.deepEqual(ids('con la Fundación Esperanza para la Niñez y otras', 'es'), ['ORG:fundacion-esperanza-para-la-ninez']);
    assert.deepEqual(ids('the National Human Rights Commission said', 'en'), ['ORG:national-human-rights-commission']);
  });

  it('stops a name at a conjunction that starts another institution', () => {
    assert.deepEqual(ids('la Police fédérale et la Commission nationale des droits humains', 'fr'), [
      'ORG:police-federale',
      'ORG:commission-nationale-des-droits-humains',
    ]);
  });

  it('ignores a lone head word', () => {
    assert.deepEqual(ids('Police officers were trained.', 'en'), []);
  });
});
