import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitGluedHeadline } from './glued-headline.js';

describe('splitGluedHeadline', () => {
  it('splits at a word that opens a sentence', () => {
    const p =
      'Le HCR évacue 74 réfugiés vulnérables depuis la Libye vers le Niger Le HCR, l’Agence des Nations Unies pour les réfugiés, a évacué 74 personnes.';
    assert.deepEqual(splitGluedHeadline(p), {
      title: 'Le HCR évacue 74 réfugiés vulnérables depuis la Libye vers le Niger',
      dateline: null,
      rest: 'Le HCR, l’Agence des Nations Unies pour les réfugiés, a évacué 74 personnes.',
    });
    assert.equal(
      splitGluedHeadline(
        'Point de suivi des flux, Guinée - Kouremalé - Dashboard #2 (1-30 juin 2017) L’OIM travaille avec les autorités locales depuis 2017.',
      )?.title,
      'Point de suivi des flux, Guinée - Kouremalé - Dashboard #2 (1-30 juin 2017)',
    );
  });

  it('splits at a dash after a dateline, which it keeps', () => {
    assert.deepEqual(
      splitGluedHeadline(
        "A Genève, l'ONU lance un appel record pour 2018 1 décembre 2017 – L'ONU a réclamé vendredi 22,5 milliards de dollars pour 2018.",
      ),
      {
        title: "A Genève, l'ONU lance un appel record pour 2018",
        dateline: null,
        rest: "L'ONU a réclamé vendredi 22,5 milliards de dollars pour 2018.",
      },
    );
    const mali =
      "Mali : l'Expert conclut sa mission au Mali BAMAKO / GENEVE (1er décembre 2017) – Au terme de sa visite, l'Expert a rencontré les autorités.";
    assert.deepEqual(
      [splitGluedHeadline(mali)?.title, splitGluedHeadline(mali)?.dateline],
      ["Mali : l'Expert conclut sa mission au Mali", 'BAMAKO / GENEVE'],
    );
    const sudan =
      'Experts call for justice in South Sudan JUBA/ADDIS ABABA (22 December 2017) – Four years after the start of the conflict, abuses continue.';
    assert.deepEqual(
      [splitGluedHeadline(sudan)?.title, splitGluedHeadline(sudan)?.dateline],
      ['Experts call for justice in South Sudan', 'JUBA / ADDIS ABABA'],
    );
  });

  it('ends the headline at a dash between a place and a sentence, the place kept in it', () => {
    assert.equal(
      splitGluedHeadline(
        'New Mobile Clinic for Stranded Migrants in Djibouti Djibouti – The Ministry of Health opened a clinic for stranded migrants.',
      )?.title,
      'New Mobile Clinic for Stranded Migrants in Djibouti Djibouti',
    );
    assert.equal(
      splitGluedHeadline(
        'Arrivals Reach 170,249 in 2017; Deaths Reach 3,116 Geneva – IOM, the UN Migration Agency, reports that 170,249 migrants arrived.',
      )?.title,
      'Arrivals Reach 170,249 in 2017; Deaths Reach 3,116 Geneva',
    );
  });

  it('leaves a paragraph that opens with prose alone', () => {
    for (const p of [
      'Le Haut-Commissaire, Filippo Grandi – qui visitait le camp – a rencontré les familles déplacées par les combats.',
      'According to the report by The New York Times, more than 300 families were displaced by the floods this week.',
      'Cette semaine, les équipes ont distribué des vivres. Les pluies continuent dans le sud du pays depuis lundi.',
      'Over 2,000 people fled the violence in the region. The agency is sending teams to the camps this week.',
    ]) {
      assert.equal(splitGluedHeadline(p), null, p);
    }
  });
});
