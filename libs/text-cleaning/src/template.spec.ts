import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText } from './clean-text.js';
import { prepareText } from './prepare.js';
import { MAX_KEYS, emptyTemplate, learnTemplate, templateKey, templateMatcher } from './template.js';

/** The key as first written (regex normalisation, then hashing): stored templates depend on it staying equal. */
function referenceKey(line: string): string | null {
  const norm = line.toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ').trim();
  if (norm.length === 0 || norm.length > 600) return null;
  const fnv = (seed: number) => {
    let h = seed;
    for (let i = 0; i < norm.length; i++) h = Math.imul(h ^ norm.charCodeAt(i), 0x01000193);
    return (h >>> 0).toString(36);
  };
  return `${fnv(0x811c9dc5)}.${fnv(0x5bd1e995)}`;
}

// Boilerplate of one imaginary source: long enough to pass for text, repeated on every page.
const header = [
  'Bienvenue sur le site de l’Agence régionale de solidarité, membre du réseau humanitaire international depuis 1998.',
  'Abonnez-vous à notre lettre d’information mensuelle pour recevoir nos communiqués et nos rapports.',
];
const footer =
  'Agence régionale de solidarité, 12 rue des Lilas, 75000 Paris. Tous droits réservés, mentions légales et politique de confidentialité.';

function page(title: string, body: string[]): string {
  return [...header, title, ...body, footer].join('\n');
}

const pages = [
  page('Distribution de semences dans la région des lacs', [
    'Bol – Plus de 4 000 agriculteurs ont reçu des semences de mil et de sorgho avant le début de la saison des pluies.',
    'Les distributions se poursuivront jusqu’à la fin du mois dans trois autres cantons.',
  ]),
  page('Ouverture d’une école temporaire pour 600 enfants', [
    'Diffa – Une école temporaire a ouvert ses portes lundi pour accueillir les enfants déplacés par les violences.',
    'Les cours sont assurés par douze enseignants recrutés dans les communautés voisines.',
  ]),
  page('Campagne de vaccination contre la rougeole', [
    'Maradi – La campagne a permis de vacciner 25 000 enfants en une semaine, avec le soutien des centres de santé.',
    'Une deuxième phase est prévue en mars dans les districts non couverts.',
  ]),
];

const newPage = page('Reconstruction de puits après les inondations', [
  'Tillabéri – Vingt puits endommagés par les inondations ont été réhabilités, rendant l’accès à l’eau potable à 9 000 personnes. '.repeat(
    2,
  ),
  'Les comités de gestion de l’eau ont été formés à l’entretien des pompes et à la chloration.',
]);

describe('source templates', () => {
  it('learns recurring lines across documents and removes them', () => {
    let template = emptyTemplate();
    for (const p of pages) template = learnTemplate(template, p);
    assert.equal(template.documents, 3);

    const without = cleanText(newPage);
    assert.notEqual(without.title, 'Reconstruction de puits après les inondations');

    const r = cleanText(newPage, { template });
    assert.equal(r.title, 'Reconstruction de puits après les inondations');
    assert.equal(r.dateline, 'Tillabéri');
    assert.doesNotMatch(r.body, /Bienvenue|Abonnez-vous|Tous droits réservés/);
    assert.equal(r.removedLines, 3);
  });

  it('keys lines as it always did: case, digit runs and whitespace runs normalised, trimmed', () => {
    const lines = [
      '',
      '   ',
      '\t\u00a0',
      'Accueil',
      '  Publié le 13  janvier\u00a02013 ',
      'ÉTATS-UNIS 2024–2025',
      'a1b22c333 4 5',
      'İstanbul',
      'ΟΔΥΣΣΕΥΣ ΣΑΣ Σ',
      '\u{10400}\u{10401} Deseret \u212a',
      'Straẞe ǅ ǈ Å',
      '\u2003x\u3000y\ufeff',
      'x'.repeat(600),
      'x'.repeat(601),
      ` ${'y'.repeat(600)} `,
      `${'1'.repeat(700)}`,
      'one space, then two  spaces',
      ' leading space',
      'trailing space ',
      'no-break\u00a0space',
      'a tab\tand a\nnewline',
      'Straße 12 34 5',
      ' ',
      'x',
      ...header,
      footer,
    ];
    for (const line of lines) assert.equal(templateKey(line), referenceKey(line), JSON.stringify(line.slice(0, 40)));
  });

  it('lowercases every UTF-16 unit as toLowerCase does on the whole line', () => {
    for (let code = 0; code < 0x10000; code++) {
      const unit = String.fromCharCode(code);
      const line = `Ab${unit}C 7${unit}`;
      assert.equal(templateKey(line), referenceKey(line), `U+${code.toString(16)}`);
    }
  });

  it('counts a line the same when its key is remembered from an earlier document', () => {
    const template = emptyTemplate();
    for (const text of pages) learnTemplate(template, text);
    const expected: Record<string, number> = {};
    for (const text of pages) {
      for (const key of new Set(text.split('\n').map(referenceKey))) if (key !== null) expected[key] = (expected[key] ?? 0) + 1;
    }
    assert.deepEqual(template.lineCounts, expected);
  });

  it('keys the long lines of a prepared document as the reference does, digits shortening them or not', () => {
    const words = 'Les équipes mobiles ont distribué des kits à Bol'.split(' ');
    const long = (count: number, digitsEvery: number, run: number) =>
      Array.from({ length: count }, (_, n) => (n % digitsEvery === 0 ? '7'.repeat(run) : words[n % words.length])).join(' ');
    // Around the bound (600 units once each digit run counts as one): 1,103 characters keyed as 443, 883 as 563,
    // 1,031 as 575, 654 as 654 (no key), 991 as 687 (no key); İ lowercases longer; digits alone.
    const lines = [
      long(120, 2, 12),
      long(120, 3, 9),
      long(120, 5, 20),
      long(120, 200, 1),
      long(150, 4, 9),
      `${'İ'.repeat(300)}${'x'.repeat(299)}`,
      '9'.repeat(900),
    ];
    for (const line of lines) {
      const template = learnTemplate(emptyTemplate(), prepareText(`${line}\nUne ligne courte.`));
      const key = referenceKey(line);
      assert.deepEqual(
        Object.keys(template.lineCounts),
        [...(key === null ? [] : [key]), referenceKey('Une ligne courte.')],
        `${line.length} units`,
      );
    }
    assert.ok(
      lines.some((line) => line.length > 600 && referenceKey(line) !== null),
      'a long line with a key',
    );
    assert.ok(
      lines.some((line) => line.length > 600 && referenceKey(line) === null),
      'a long line without one',
    );
  });

  it('counts in place and stays JSON-serialisable', () => {
    const start = emptyTemplate();
    const once = learnTemplate(start, pages[0] ?? '');
    assert.equal(once, start, 'the same object, no copy of the counts');
    assert.equal(start.documents, 1);
    const roundTrip = JSON.parse(JSON.stringify(once)) as typeof once;
    assert.deepEqual(learnTemplate(roundTrip, pages[1] ?? ''), learnTemplate(once, pages[1] ?? ''));
  });

  it('learns the same from a prepared document as from its text, HTML included', () => {
    const html = `<html><body><nav><p>${header[0]}</p></nav><article><h1>Titre</h1><p>${pages[0]}</p></article></body></html>`;
    for (const input of [pages[0] ?? '', html]) {
      assert.deepEqual(learnTemplate(emptyTemplate(), prepareText(input)), learnTemplate(emptyTemplate(), input));
    }
  });

  it('stays bounded on a stream of unique lines, forgetting the rarest lines and never the recurring ones', () => {
    const template = emptyTemplate();
    for (let n = 0; n < 400; n++) {
      const unique = Array.from(
        { length: 30 },
        (_, line) => `Ligne ${line} propre au document ${n.toString(36)}${'x'.repeat(line)} du flux.`,
      );
      learnTemplate(template, [...header, ...unique, footer].join('\n'));
      assert.ok(
        Object.keys(template.lineCounts).length <= MAX_KEYS,
        `${Object.keys(template.lineCounts).length} keys after ${n + 1} documents`,
      );
    }
    const isTemplate = templateMatcher(template)!;
    assert.equal(isTemplate(header[1] ?? ''), true);
    assert.equal(isTemplate(footer), true);
  });

  it('applies only after 3 documents, to lines seen in at least half of them', () => {
    let template = emptyTemplate();
    template = learnTemplate(template, pages[0] ?? '');
    template = learnTemplate(template, pages[1] ?? '');
    assert.equal(templateMatcher(template), null);
    template = learnTemplate(template, pages[2] ?? '');
    template = learnTemplate(template, 'Un document sans rapport\navec deux lignes seulement.');
    const isTemplate = templateMatcher(template);
    assert.ok(isTemplate);
    assert.equal(isTemplate(header[0] ?? ''), true); // 3 of 4 documents
    assert.equal(isTemplate('Les cours sont assurés par douze enseignants recrutés dans les communautés voisines.'), false);
    // Case, spacing and digits are normalised away.
    assert.equal(isTemplate(footer.toUpperCase().replace('12', '14')), true);
  });
});
