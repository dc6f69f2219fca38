import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { declaredPublicationDate, parseWrittenDate } from './published-date.js';

describe('parseWrittenDate', () => {
  it('reads dates as French, English and Spanish releases print them', () => {
    assert.equal(parseWrittenDate('Publié le 3 février 2014'), '2014-02-03T00:00:00.000Z');
    assert.equal(parseWrittenDate('1er juillet 2010'), '2010-07-01T00:00:00.000Z');
    assert.equal(parseWrittenDate('Posted on March 12, 2013'), '2013-03-12T00:00:00.000Z');
    assert.equal(parseWrittenDate('12 de marzo de 2013'), '2013-03-12T00:00:00.000Z');
    assert.equal(parseWrittenDate('Fecha: 05/11/2019'), '2019-11-05T00:00:00.000Z');
  });

  it('keeps the time and zone of ISO timestamps', () => {
    assert.equal(parseWrittenDate('2016-09-08T14:30:00+02:00'), '2016-09-08T12:30:00.000Z');
    assert.equal(parseWrittenDate('2016-09-08'), '2016-09-08T00:00:00.000Z');
  });

  it('rejects impossible dates and text without a date', () => {
    assert.equal(parseWrittenDate('31/02/2015'), null);
    assert.equal(parseWrittenDate('Plus de 440 000 dollars en 2013'), null);
    assert.equal(parseWrittenDate('12 pommes 2013'), null);
  });
});

describe('declaredPublicationDate', () => {
  it('prefers the article meta tag, then JSON-LD', () => {
    assert.equal(declaredPublicationDate(new Map([['article:published_time', '2020-01-02T03:04:05Z']]), []), '2020-01-02T03:04:05.000Z');
    assert.equal(declaredPublicationDate(new Map(), ['{"@type":"NewsArticle","datePublished":"2019-05-06"}']), '2019-05-06T00:00:00.000Z');
    assert.equal(declaredPublicationDate(new Map([['description', 'x']]), []), null);
  });
});

describe('cleanText publication date', () => {
  it('takes the date line under the headline out of the body into publishedAt', async () => {
    const { cleanText } = await import('./clean-text.js');
    const text = [
      'Accueil',
      'Actualités',
      'Des abris pour les familles sinistrées du Nord',
      'Publié le 14 octobre 2016',
      'Haïti – Les équipes ont distribué des bâches, des kits d’hygiène et des jerricans à plus de deux mille familles dont les maisons ont été détruites par la tempête, a indiqué le bureau local.',
      'Les distributions se poursuivront la semaine prochaine dans les communes les plus isolées, accessibles seulement par la mer.',
    ].join('\n');
    const cleaned = cleanText(text);
    assert.equal(cleaned.publishedAt, '2016-10-14T00:00:00.000Z');
    assert.doesNotMatch(cleaned.body, /Publié/);
    assert.equal(
      cleanText('Un titre\nHaïti – Un texte sans date, mais assez long pour être un corps de texte plausible ici.').publishedAt,
      null,
    );
  });
});

describe('parseWrittenDate calendar', () => {
  it('accepts exactly the days the UTC calendar has, from 1950 to 2100', () => {
    // The calendar as Date reads it: a day that does not exist rolls over into another month.
    const reference = (year: number, month: number, day: number): string | null => {
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1950 || year > 2100) return null;
      return date.toISOString();
    };
    for (let year = 1946; year <= 2104; year++) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const written = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
          assert.equal(parseWrittenDate(written), reference(year, month, day), written);
        }
      }
    }
  });
});
