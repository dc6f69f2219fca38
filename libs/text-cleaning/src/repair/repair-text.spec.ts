import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { repairText } from './repair-text.js';
import { fixMojibake } from './mojibake.js';
import { decodeEntities } from './entities.js';
import { restoreLostOe } from './lost-ligatures.js';

/** Encodes text as UTF-8 and decodes the bytes as Windows-1252, like a misconfigured scraper. */
function asCp1252(text: string): string {
  return new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));
}

describe('fixMojibake', () => {
  it('repairs UTF-8 read as cp1252', () => {
    const damaged = asCp1252('Les élèves d’Haïti reçoivent « un coup de pouce » – déjà 3 000 €.');
    assert.notEqual(damaged, 'Les élèves d’Haïti reçoivent « un coup de pouce » – déjà 3 000 €.');
    assert.equal(fixMojibake(damaged), 'Les élèves d’Haïti reçoivent « un coup de pouce » – déjà 3 000 €.');
  });

  it('repairs the classic sequences and double encoding', () => {
    assert.equal(fixMojibake('cafÃ© â€™ NiÃ±o'), 'café ’ Niño');
    assert.equal(fixMojibake(asCp1252(asCp1252('Bogotá'))), 'Bogotá');
  });

  it('leaves correct text with accented capitals alone', () => {
    const text = 'ÉTATS-UNIS, NAÇÃO, Ñandú, «Ça va» — São Tomé';
    assert.equal(fixMojibake(text), text);
  });
});

describe('decodeEntities', () => {
  it('decodes named, numeric and cp1252 numeric references', () => {
    assert.equal(decodeEntities('caf&eacute; &amp; th&eacute;&nbsp;: &#8220;oui&#8221; &#x2013; l&#146;OIM'), 'café & thé : “oui” – l’OIM');
  });

  it('keeps unknown references and bare ampersands', () => {
    assert.equal(decodeEntities('AT&T &unknown; R&D'), 'AT&T &unknown; R&D');
  });
});

describe('restoreLostOe', () => {
  const french = 'Les partenaires sont dans la région pour les familles et les enfants. ';

  it('restores œuvre, cœur and sœur in French text', () => {
    assert.equal(
      restoreLostOe(`${french}Le projet sera mis en uvre au cur de la ville avec sa sur. Uvre collective.`),
      `${french}Le projet sera mis en œuvre au cœur de la ville avec sa sœur. Œuvre collective.`,
    );
  });

  it('restores sœur(s) only after a determiner', () => {
    assert.equal(
      restoreLostOe(`${french}Elle a retrouvé ses surs et sa sur, ils sont surs de partir sur la route.`),
      `${french}Elle a retrouvé ses sœurs et sa sœur, ils sont surs de partir sur la route.`,
    );
  });

  it('restores œ replaced by a question mark or U+FFFD', () => {
    assert.equal(restoreLostOe('la mise en ?uvre et les v\uFFFDux'), 'la mise en œuvre et les vœux');
  });

  it('reads a damaged word at either end of the text, and a compound there as a compound', () => {
    assert.equal(restoreLostOe('Uvre collective et mise en uvre'), 'Œuvre collective et mise en œuvre');
    assert.equal(restoreLostOe('uvre-collective et anti-uvre'), 'uvre-collective et anti-uvre');
  });

  it('does not touch real words', () => {
    const text = `${french}Le débat porte sur la sécurité et le procureur; ils sont sur place, la sur-représentation.`;
    assert.equal(restoreLostOe(text), text);
    // "cur" is English: not repaired outside French text.
    assert.equal(restoreLostOe('The old cur slept by the door.'), 'The old cur slept by the door.');
  });
});

describe('repairText', () => {
  it('removes the mailto remnant of a cut anchor', () => {
    assert.equal(repairText('E-mail:\n"mailto:ana.lopez@example.org">ana.lopez@example.org'), 'E-mail:\nana.lopez@example.org');
  });

  it('removes stray tags but keeps "<" in text and addresses', () => {
    assert.equal(
      repairText('Plus de <b>300</b> familles, <5 ans, <span class="x">écrire à</span> <info@example.org>'),
      'Plus de 300 familles, <5 ans, écrire à <info@example.org>',
    );
  });

  it('normalises to NFC', () => {
    const decomposed = 'Re\u0301publique de Co\u0302te d’Ivoire';
    const repaired = repairText(decomposed);
    assert.equal(repaired, 'République de Côte d’Ivoire');
    assert.equal(repaired, repaired.normalize('NFC'));
    assert.notEqual(decomposed, repaired);
  });

  it('normalises whitespace but keeps single blank lines', () => {
    assert.equal(repairText('  Titre\u00a0:  un\t test \r\n\r\n\r\n\r\nSuite\u200b du texte  \n'), 'Titre : un test\n\nSuite du texte');
  });

  it('returns already normal text as it is, and normalises each kind of abnormal whitespace', () => {
    const normal = 'Titre : un test\n\nSuite du texte';
    assert.equal(repairText(normal), normal);
    for (const [text, expected] of [
      ['a  b', 'a b'],
      ['a \nb', 'a\nb'],
      ['a\n b', 'a\nb'],
      ['a\n\n\nb', 'a\n\nb'],
      ['a\tb', 'a b'],
      ['a\u2028b', 'a\nb'],
      ['a\u0007b', 'ab'],
      ['a\u200bb', 'ab'],
    ]) {
      assert.equal(repairText(text ?? ''), expected, JSON.stringify(text));
    }
  });

  it('joins a word split by a soft hyphen at a line end', () => {
    assert.equal(repairText('huma\u00ad\nnitaire'), 'humanitaire');
  });
});
