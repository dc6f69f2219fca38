import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findContactBlockStart, locateContactBlock, splitContactBlock } from './find-block.js';
import { MAY_ORG_WORD_RE, parseContacts, trimTrailingPunctuation } from './parse.js';
import { extractPhones, normalisePhone } from './phones.js';
import { CONTACT_INTRO, CONTACT_LABEL } from './patterns.js';

describe('findContactBlockStart', () => {
  it('finds French, English and Spanish intros at a line start', () => {
    const tail = ['Contenu du dernier paragraphe.', '', 'X', 'Tel: +41 22 000 00 00'];
    for (const intro of [
      'Pour plus d’informations, veuillez contacter :',
      "Pour plus d'informations :",
      'For more information, please contact:',
      'For more information:',
      'Para más información, contacte a:',
      'Para mayor información contactar a:',
      'Para mas informacion:',
    ]) {
      const lines = ['Titre', 'Premier paragraphe du texte.', intro, 'Nadia Ali', 'Email: nali@example.org', ...tail];
      assert.equal(findContactBlockStart(lines), 2, intro);
    }
  });

  it('returns -1 without a contact block, or when the intro only points to a website', () => {
    assert.equal(findContactBlockStart(['Un texte sans contact.', 'Encore une ligne.']), -1);
    assert.equal(findContactBlockStart(['For more information, visit www.example.org.', 'The end.']), -1);
  });

  it('finds a block that starts mid-line and splits the line', () => {
    const lines = [
      'First paragraph of the release.',
      'The project runs until 2025. For more information, please contact Lin Chen, IOM Bangkok, Email: lchen@example.org',
    ];
    assert.deepEqual(locateContactBlock(lines), { line: 1, column: 29 });
    const split = splitContactBlock(lines);
    assert.deepEqual(split?.before, ['First paragraph of the release.', 'The project runs until 2025.']);
    assert.deepEqual(split?.block, ['For more information, please contact Lin Chen, IOM Bangkok, Email: lchen@example.org']);
  });

  it('ends the block at the first line of prose', () => {
    const lines = [
      'Body.',
      'Para más información:',
      'Rosa Díaz, OIM Quito',
      'Correo: rdiaz@example.org',
      'La OIM es la principal organización intergubernamental en el ámbito de la migración y trabaja con sus asociados.',
    ];
    const split = splitContactBlock(lines);
    assert.deepEqual(split?.block, ['Para más información:', 'Rosa Díaz, OIM Quito', 'Correo: rdiaz@example.org']);
    assert.equal(split?.after.length, 1);
  });
});

describe('parseContacts', () => {
  it('parses an inline French block with two contacts joined by "ou"', () => {
    const block =
      'Pour plus d’informations, veuillez contacter Awa Traoré, Agence Cotonou, Tél : +229 21 30 45 67 poste 12, ' +
      'Courriel : atraore@example.org ou Marc Dubois, Tél. : +41 (0)22 555 01 23, Courriel : mdubois@example.org';
    assert.deepEqual(parseContacts(block), [
      { name: 'Awa Traoré', office: 'Agence Cotonou', email: 'atraore@example.org', phones: ['+229 21 30 45 67 ext. 12'] },
      { name: 'Marc Dubois', office: null, email: 'mdubois@example.org', phones: ['+41 22 555 01 23'] },
    ]);
  });

  it('parses a French block with one field per line and a label alone on its line', () => {
    const block = [
      "Pour plus d'informations, veuillez contacter:",
      'Lucie Martin',
      'OIM Dakar',
      'Tél. +221 33 869 62 00',
      'E-mail:',
      'lmartin@example.org',
    ].join('\n');
    assert.deepEqual(parseContacts(block), [
      { name: 'Lucie Martin', office: 'OIM Dakar', email: 'lmartin@example.org', phones: ['+221 33 869 62 00'] },
    ]);
  });

  it('parses a multiline English block with two people separated by a blank line', () => {
    const block = [
      'For more information, please contact:',
      'Peter Hall, IOM Nairobi',
      'Tel: +254 20 444 0000 ext. 301',
      'Mobile: +254 733 555 000',
      'Email: phall@example.org',
      '',
      'Grace Wanjiru, IOM Nairobi',
      'Mobile: 00254 722 111 222',
      'Email: gwanjiru@example.org',
    ].join('\n');
    assert.deepEqual(parseContacts(block), [
      { name: 'Peter Hall', office: 'IOM Nairobi', email: 'phall@example.org', phones: ['+254 20 444 0000 ext. 301', '+254 733 555 000'] },
      { name: 'Grace Wanjiru', office: 'IOM Nairobi', email: 'gwanjiru@example.org', phones: ['+254 722 111 222'] },
    ]);
  });

  it('parses an inline English block with "or" and "at"', () => {
    const block =
      'For further information please contact Sam Okafor at IOM Abuja, Tel: +234 9 461 0000, Email: sokafor@example.org or Joy Eze, Email: jeze@example.org';
    assert.deepEqual(parseContacts(block), [
      { name: 'Sam Okafor', office: 'IOM Abuja', email: 'sokafor@example.org', phones: ['+234 9 461 0000'] },
      { name: 'Joy Eze', office: null, email: 'jeze@example.org', phones: [] },
    ]);
  });

  it('parses Spanish blocks with "y" and "o" and keeps "y" inside office names', () => {
    const block =
      'Para más información, contacte a María Fernanda Ruiz, OIM Trinidad y Tobago, Tel: +1 868 623 0000, ' +
      'Correo electrónico: mruiz@example.org y Jorge Paredes, Cel: +57 310 555 1234, Correo: jparedes@example.org';
    assert.deepEqual(parseContacts(block), [
      { name: 'María Fernanda Ruiz', office: 'OIM Trinidad y Tobago', email: 'mruiz@example.org', phones: ['+1 868 623 0000'] },
      { name: 'Jorge Paredes', office: null, email: 'jparedes@example.org', phones: ['+57 310 555 1234'] },
    ]);
    const multiline = [
      'Para mayor información contactar a:',
      'Ana Gómez',
      'OIM Lima',
      'Teléfono: (51-1) 633 1000 anexo 45',
      'Correo: agomez@example.org',
    ].join('\n');
    assert.deepEqual(parseContacts(multiline), [
      { name: 'Ana Gómez', office: 'OIM Lima', email: 'agomez@example.org', phones: ['51 1 633 1000 ext. 45'] },
    ]);
  });

  it('ignores fax numbers and returns nothing for text without contacts', () => {
    assert.deepEqual(parseContacts('Contact: Tom Reed, IOM Geneva, Fax: +41 22 798 6150, Email: treed@example.org'), [
      { name: 'Tom Reed', office: 'IOM Geneva', email: 'treed@example.org', phones: [] },
    ]);
    assert.deepEqual(parseContacts('For more information, please visit our website.'), []);
  });
});

describe('phones', () => {
  it('normalises separators, trunk zero and the 00 prefix', () => {
    assert.equal(normalisePhone('+52 (962) 642-5674'), '+52 962 642 5674');
    assert.equal(normalisePhone('+41 (0)22.717.91.11'), '+41 22 717 91 11');
    assert.equal(normalisePhone('0033 1 45 67 89 00'), '+33 1 45 67 89 00');
  });

  it('finds several phones and keeps extensions', () => {
    assert.deepEqual(extractPhones('Tel: +52 5536 3922 ext. 108 / +52 1 55 1234 5678'), ['+52 5536 3922 ext. 108', '+52 1 55 1234 5678']);
    assert.deepEqual(extractPhones('in 2019 about 1200 people'), []);
  });
});

describe('trimTrailingPunctuation', () => {
  it('agrees with the pattern it replaces on every mix of letters, spaces and field punctuation', () => {
    const pieces = ['a', ',', ';', ':', '.', '-', '–', '—', ' ', '\u00a0', '\n', '\u2009', ')', '!'];
    const check = (text: string) => assert.equal(trimTrailingPunctuation(text), text.replace(/[\s,;:.\-–—]+$/u, ''), JSON.stringify(text));
    check('');
    for (const a of pieces) for (const b of pieces) for (const c of pieces) for (const d of pieces) check(`${a}${b}${c}${d}`);
  });
});

describe('locateContactBlock intro scan', () => {
  it('holds only letters, apostrophes, spaces and a colon in its intros (the scan reads runs of those around an intro word)', () => {
    for (const source of [CONTACT_INTRO, CONTACT_LABEL]) {
      const literal = source.replace(/\\s|\(\?:|[()|?+*[\]]/g, '');
      assert.match(literal, /^[\p{L}'’ :]*$/u, source);
    }
  });

  it('finds the intros a scan of the whole text finds, in order', () => {
    // The first intro is a web referral (refused), the second qualifies.
    assert.deepEqual(locateContactBlock(['Bla bla. For more information, visit www.x.org. For media enquiries: +41 22 717 9111']), {
      line: 0,
      column: 48,
    });
    assert.deepEqual(locateContactBlock(['Merci.', 'MEDIA CONTACTS', 'John Doe +33 1 23 45 67 89']), { line: 1, column: 0 });
    // "media\nContacts" is read first (mid-sentence, refused) and holds the label, as matchAll reads it.
    assert.equal(locateContactBlock(['Our work on social media', 'Contacts: jane@example.org']), null);
    assert.equal(locateContactBlock(['Fin du texte. Contact : jane@example.org']), null);
  });
});

describe('MAY_ORG_WORD_RE', () => {
  // ORG_WORD_RE's words, each spelling of their bracketed letters.
  const words =
    'office bureau oficina mission misión mision organisation organization organización organizacion headquarters siège siege sede ' +
    'ministry ministère ministere ministerio agency agence agencia department département departement departamento embassy ambassade ' +
    'embajada nations naciones country pays país pais regional régional';

  it('finds a piece of every office word, in any case', () => {
    for (const word of words.split(' ')) {
      assert.ok(MAY_ORG_WORD_RE.test(word), word);
      assert.ok(MAY_ORG_WORD_RE.test(word.toUpperCase()), word.toUpperCase());
      assert.equal(officeRankOf(word), 1, word);
    }
  });

  it('matches with /i each unit that /iu matches to its letters', () => {
    const letters = new Set(MAY_ORG_WORD_RE.source.replace(/[^\p{L}]/gu, ''));
    assert.ok(!letters.has('s') && !letters.has('k'), 'no s or k: /iu matches ſ and the Kelvin sign to them');
    for (const letter of letters) {
      const unicode = new RegExp(`^${letter}$`, 'iu');
      const plain = new RegExp(`^${letter}$`, 'i');
      for (let code = 0; code < 0x10000; code++) {
        const unit = String.fromCharCode(code);
        if (unicode.test(unit) !== plain.test(unit)) assert.fail(`${letter} and U+${code.toString(16)}`);
      }
    }
  });
});

/** 1 when parseContacts reads the word as an office after a name (what officeRank's word test decides). */
function officeRankOf(word: string): number {
  const [contact] = parseContacts(`Jane Doe, ${word}, jane@example.org`);
  return contact?.office === word ? 1 : -1;
}
