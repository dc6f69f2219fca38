import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../text/tokenize.js';
import { detectCountries } from './detect.js';

function primaryOf(title: string, body: string): string | null {
  return detectCountries(tokenize(title), tokenize(body), null).primary;
}

describe('a title that takes people to a country or holds its event there', () => {
  const libya = 'Les réfugiés étaient détenus en Libye. La Libye reste dangereuse. Ils ont été accueillis au Niger.';

  it('names where people are taken ("vers le Niger", "hacia México") as the primary country', () => {
    assert.equal(primaryOf('Le HCR évacue 74 réfugiés vulnérables depuis la Libye vers le Niger', libya), 'NE');
    const body = 'Salieron de Guatemala. En Guatemala la violencia crece. Guatemala los expulsa. Guatemala calla.';
    assert.equal(primaryOf('Caravana de migrantes avanza hacia México', body), 'MX');
  });

  it('names the venue after a verb of holding ("tenue à Arusha", "held in Addis Ababa")', () => {
    const burundi = 'Le Burundi salue le dialogue. Les partis du Burundi étaient présents. Le Burundi a signé.';
    assert.equal(primaryOf('Communiqué à l’issue de la 4ème session du dialogue inter-Burundais tenue à Arusha', burundi), 'TZ');
    const sudan = 'South Sudan parties met. South Sudan signed. The people of South Sudan hope.';
    assert.equal(primaryOf('Revitalization forum held in Ethiopia', sudan), 'ET');
  });

  it('leaves the choice to the weights otherwise: the origin alone, a bare "à"', () => {
    assert.equal(primaryOf('Le HCR évacue 74 réfugiés depuis la Libye', libya), 'LY');
    assert.equal(primaryOf('Le Burundi a signé à Arusha', 'Le Burundi salue le dialogue. Le Burundi a signé.'), 'BI');
  });
});

describe('a country the title asks to act', () => {
  it('is addressed, not where the story is ("Australia must ...")', () => {
    const body =
      'Australia detained the men. Australia pays for the centre. Australia refuses them. Australia must act. The men remain in Papua New Guinea.';
    assert.equal(primaryOf('Australia must secure solutions for refugees abandoned on Manus Island', body), 'PG');
    assert.equal(primaryOf('Australia secures solutions for refugees abandoned on Manus Island', body), 'AU');
  });
});

describe('a country people come from ("from", "depuis", "desde")', () => {
  it('weighs nothing: the evacuees are received in Italy', () => {
    const body =
      'The refugees were evacuated from Libya to Italy. They had been held captive in Libya. They landed in Italy, were flown from Libya and left from Libya.';
    assert.equal(primaryOf('First evacuation of refugees', body), 'IT');
  });

  it('still counts as a mention, and other mentions of the country weigh as before', () => {
    const body = 'Los migrantes llegan desde Venezuela. Venezuela vive una crisis. En Venezuela faltan alimentos. Colombia los recibe.';
    const found = detectCountries(tokenize('Crisis migratoria'), tokenize(body), null);
    assert.equal(found.primary, 'VE');
    assert.ok(found.countries.some((c) => c.code === 'CO'));
  });
});

describe('a country naming a crisis ("DRC Situation", "Syria Crisis")', () => {
  it('weighs nothing: the refugee response is in the country that receives them', () => {
    const body =
      'Arrivals cross to Uganda. Uganda opened a settlement. Uganda registers them. Fighting goes on in the DRC. The DRC border is busy.';
    assert.equal(primaryOf('Emergency Update on the DRC Situation', body), 'UG');
    assert.equal(primaryOf('Emergency Update on the DRC', body), 'CD');
  });
});

describe('the nationality of displaced people', () => {
  it('weighs nothing, like refugees\' ("displaced Syrians" in Lebanon)', () => {
    const body = 'Displaced Syrians brace for winter. Many displaced Syrians live in tents. Aid reaches displaced Syrians in Lebanon.';
    assert.equal(primaryOf('Aid steps up for the winter', body), 'LB');
  });
});

describe('an organisation\'s seat ("U.S.-based", "Geneva-based")', () => {
  it('weighs nothing: the work it reports is elsewhere', () => {
    const body = 'The U.S.-based agency works in Kenya. The U.S.-based group, a U.S.-based charity, funds schools in Kenya.';
    assert.equal(primaryOf('A year of schooling', body), 'KE');
    assert.equal(primaryOf('A year of schooling', body.replace(/\.-based/g, '. based')), 'US');
  });
});
