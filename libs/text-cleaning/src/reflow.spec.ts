import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { endsSentence, reflowParagraphs } from './reflow.js';
import { hasNormalLines, prepareText } from './prepare.js';

// Wrapped at 60 columns.
const wrapped = [
  'The regional office opened two new health posts this week',
  'in the northern districts, where more than eighteen thousand',
  'people settled after the spring floods.',
  'Mobile teams will also visit the camps twice a month to help',
  'vaccinate children under five and screen pregnant women.',
  'Funding for the programme comes from three donors.',
  'Local authorities welcomed the initiative and promised to',
  'provide land for a third post before the end of the year.',
];

describe('reflowParagraphs', () => {
  it('joins hard-wrapped lines and ends paragraphs where the next word would have fitted', () => {
    assert.deepEqual(reflowParagraphs(wrapped), [
      'The regional office opened two new health posts this week in the northern districts, where more than eighteen thousand people settled after the spring floods.',
      // "women." fills the line and "Funding" would not have fitted: the paragraph goes on.
      'Mobile teams will also visit the camps twice a month to help vaccinate children under five and screen pregnant women. Funding for the programme comes from three donors.',
      'Local authorities welcomed the initiative and promised to provide land for a third post before the end of the year.',
    ]);
  });

  it('keeps one paragraph per line when lines are not wrapped', () => {
    const lines = [
      'Première phrase longue qui forme à elle seule un paragraphe entier du communiqué, avec beaucoup de détails sur la situation humanitaire.',
      'Deuxième paragraphe, lui aussi sur une seule ligne, qui décrit la réponse des équipes sur le terrain et les besoins.',
    ];
    assert.deepEqual(reflowParagraphs(lines), lines);
  });

  it('always breaks at blank lines and before bullets', () => {
    assert.deepEqual(reflowParagraphs(['Needs include:', '- shelter kits', '- clean water', '', 'Next paragraph.']), [
      'Needs include:',
      '- shelter kits',
      '- clean water',
      'Next paragraph.',
    ]);
  });

  it('keeps the hyphen of compound names split across lines', () => {
    const lines = [
      'Les équipes ont aussi été déployées en Guinée-',
      'Bissau et à Trinité-et-',
      'Tobago, où les besoins restent importants selon le bureau régional.',
      'La distribution commence lundi matin dans les deux pays concernés.',
    ];
    const [first] = reflowParagraphs(lines);
    assert.match(first ?? '', /Guinée-Bissau et à Trinité-et-Tobago, où/);
  });

  it('removes a line-break hyphen only with evidence, else keeps it', () => {
    const lines = [
      'The plan supports the develop-',
      'ment of local markets and long-term resi-',
      'lience, because resilience is what the commu-',
      'nities asked for during the consultations held in',
      'the provinces last month with the partners of the well-',
      'known network, which also covers health and education.',
    ];
    const [para] = reflowParagraphs(lines);
    // suffix-only right part -> joined; word seen elsewhere -> joined; otherwise the hyphen stays.
    assert.match(para ?? '', /the development of local markets and long-term resilience, because/);
    assert.match(para ?? '', /the commu-nities asked/);
    assert.match(para ?? '', /the well-known network/);
  });

  it('treats a closing guillemet after the period as a sentence end', () => {
    const lines = [
      '« Nous continuerons à soutenir les familles déplacées dans',
      'toute la région », a déclaré la directrice. »',
      'Depuis 2019, le programme a soutenu plus de 4 000 ménages',
      'dans six provinces du pays, en lien avec les autorités.',
    ];
    assert.equal(reflowParagraphs(lines).length, 2);
  });
});

describe('endsSentence', () => {
  it('agrees with the pattern it replaces on every mix of terminals, spaces and closers', () => {
    const pattern = /[.!?…:]\s?["'»”’)\]]*$/u;
    const pieces = ['a', '.', '!', '?', '…', ':', ' ', '\u00a0', '\t', '"', "'", '»', '”', '’', ')', ']', '-'];
    const check = (text: string) => assert.equal(endsSentence(text), pattern.test(text), JSON.stringify(text));
    check('');
    for (const a of pieces) for (const b of pieces) for (const c of pieces) for (const d of pieces) check(`x${a}${b}${c}${d}`);
  });
});

describe('reflowParagraphs of prepared lines', () => {
  it('gives the same paragraphs from prepared lines without normalising them again', () => {
    const prepared = prepareText(['  Title  line ', '', ...wrapped, '\tEnd\u00a0of  it. '].join('\n'));
    assert.equal(hasNormalLines(prepared), true);
    assert.equal(hasNormalLines({ lines: ['  a  b '], titleHint: null, declaredDate: null }), false);
    assert.deepEqual(reflowParagraphs(prepared.lines, true), reflowParagraphs(prepared.lines));
    assert.deepEqual(reflowParagraphs([' a  b ', 'C.'], false), ['a b', 'C.']);
  });
});
