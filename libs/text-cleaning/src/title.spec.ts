import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gluedHeadline, isMonthName, splitEmphasisLead } from './title.js';

describe('splitEmphasisLead', () => {
  it('splits a headline glued to a bold standfirst or a bold heading', () => {
    assert.deepEqual(splitEmphasisLead('Niger : de nouveaux puits pour les villages du nord **Les travaux ont duré six mois.**'), {
      title: 'Niger : de nouveaux puits pour les villages du nord',
      lead: '**Les travaux ont duré six mois.**',
    });
    assert.deepEqual(splitEmphasisLead('Flood Response Update: Province of Sindh - Update #3 **KEY POINTS**'), {
      title: 'Flood Response Update: Province of Sindh - Update #3',
      lead: '**KEY POINTS**',
    });
  });

  it('accepts an italic standfirst and drops a dash left between headline and standfirst', () => {
    assert.deepEqual(splitEmphasisLead('Nuevas clases para niños desplazados - *La escuela abrió el lunes.*'), {
      title: 'Nuevas clases para niños desplazados',
      lead: '*La escuela abrió el lunes.*',
    });
  });

  it('refuses unclosed emphasis, footnote stars, one-word or lowercase heads', () => {
    assert.equal(splitEmphasisLead('Prices rose by 12 % *according to the ministry'), null);
    assert.equal(splitEmphasisLead('Résumé **Faits saillants**'), null);
    assert.equal(splitEmphasisLead('et ensuite **une phrase en gras**'), null);
    assert.equal(splitEmphasisLead('Une ligne sans emphase du tout'), null);
  });
});

describe('gluedHeadline', () => {
  it('tidies a headline and refuses one that would continue into the body', () => {
    assert.equal(gluedHeadline('Le HCR évacue 74 réfugiés vers le Niger - '), 'Le HCR évacue 74 réfugiés vers le Niger');
    assert.equal(gluedHeadline("La solidarité est urgente, souligne l'"), null);
    assert.equal(gluedHeadline('Experts call for justice in'), null);
    assert.equal(gluedHeadline('Two words'), null);
    assert.equal(gluedHeadline('Les pluies continuent. Les familles attendent des secours'), null);
  });

  it('knows month names and their abbreviations', () => {
    assert.ok(isMonthName('décembre') && isMonthName('Dec.') && isMonthName('DICIEMBRE'));
    assert.ok(!isMonthName('Geneva'));
  });
});
