import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expandForms } from './phrase-trie.js';
import { dictionarySet, firstFoldedCode, fold, tokenize } from './tokenize.js';
import { HASH_START, hashStep, WordTable } from './word-table.js';

const isDigitOrMark = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x300 && c <= 0x36f);

describe('tokenize', () => {
  it('folds case and accents but keeps case facts', () => {
    const { tokens } = tokenize("l'OIM au Pérou");
    assert.deepEqual(
      tokens.map((t) => [t.norm, t.cap, t.upper]),
      [
        ['l', false, false],
        ['oim', true, true],
        ['au', false, false],
        ['perou', true, false],
      ],
    );
    assert.equal(fold('Œuvre Ñandú ÉTATS'), 'oeuvre nandu etats');
  });

  it("gives each text its own tokens, a long text's and a short one's after it", () => {
    const long = tokenize('mot '.repeat(5000));
    const first = tokenize('Le ministère de la Santé');
    const second = tokenize('Bogotá');
    assert.equal(long.tokens.length, 5000);
    assert.deepEqual(
      first.tokens.map((t) => t.norm),
      ['le', 'ministere', 'de', 'la', 'sante'],
    );
    assert.deepEqual(
      second.tokens.map((t) => [t.norm, t.join]),
      [['bogota', false]],
    );
    assert.equal(tokenize('').tokens.length, 0);
  });

  it('joins across hyphens, apostrophes, single line breaks and abbreviation dots only', () => {
    const join = (s: string) => tokenize(s).tokens.map((t) => t.join);
    assert.deepEqual(join("Côte d'Ivoire"), [false, true, true]);
    assert.deepEqual(join('Guinée-Bissau'), [false, true]);
    assert.deepEqual(join('Union\neuropéenne'), [false, true]);
    assert.deepEqual(join('Mexique.\n\nLe'), [false, false]);
    assert.deepEqual(join('U.S. Department'), [false, true, true]);
    assert.deepEqual(join('Mexique, Guatemala'), [false, false]);
  });

  it('expands the dictionary notation', () => {
    assert.deepEqual(expandForms('colombien(ne)(s)'), ['colombien', 'colombiens', 'colombienne', 'colombiennes']);
    assert.deepEqual(expandForms('recruitment agenc(y|ies)'), ['recruitment agency', 'recruitment agencies']);
  });

  it('folds and case-checks accented words by table exactly as the string path does', () => {
    const words = [
      'ÉTATS',
      'États',
      'été',
      'ÀÉÎ',
      'Ñandú',
      'straße',
      'STRASSE',
      'Œuvre',
      'Øresund',
      'İzmir',
      'ÉTÉ2024',
      'Ré9',
      'éÉ',
      'x\u0301y',
    ];
    dictionarySet(['etats', 'ete']);
    for (const w of words) {
      const [t] = tokenize(w).tokens;
      assert.ok(t !== undefined, w);
      const lower = w.toLowerCase();
      const cap = lower.charCodeAt(0) !== w.charCodeAt(0);
      const upper = cap && [...w.slice(1)].every((ch, k) => ch !== lower.charAt(k + 1) || isDigitOrMark(ch.charCodeAt(0)));
      assert.deepEqual([t.norm, t.cap, t.upper], [fold(w), cap, upper], w);
    }
    assert.ok(tokenize('États').tokens[0]!.id >= 0);
    assert.equal(tokenize('Étatsx').tokens[0]!.id, -1);
  });

  it('makes a folded form when it is read, the same as folding the word', () => {
    const text = "Les réfugiés ÉTÉ 2024 œuvre d'İzmir x\u0301y naïveté STRASSE Straße 9abc";
    for (const t of tokenize(text).tokens) {
      const word = text.slice(t.start, t.end);
      const first = firstFoldedCode(text, t);
      assert.equal(t.norm, fold(word), word);
      assert.ok(Object.is(first, t.norm.charCodeAt(0)), word);
      if (t.tabled) assert.equal(t.norm.length, word.length, word);
    }
  });

  it('finds words in the word table by their characters', () => {
    const table = new WordTable();
    const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
    words.forEach((w, i) => assert.equal(table.intern(w), i));
    assert.equal(table.intern('w0'), 0);
    const text = 'xx w2s9 yy';
    let h = HASH_START;
    for (const ch of 'w2s9') h = hashStep(h, ch.charCodeAt(0));
    assert.equal(table.idOfRange(h, text, 3, 7), words.indexOf('w2s9'));
    assert.equal(table.idOf('w2s9'), words.indexOf('w2s9'));
    assert.equal(table.idOf('nope'), -1);
    assert.equal(table.word(5), 'w5');
  });

  it('keeps finding every word, and no other, as the table and its character store grow', () => {
    const table = new WordTable();
    // 5,000 words of 5 to 12 characters: past the first sizes of the slots, the per-id entries and the characters.
    const words = Array.from({ length: 5000 }, (_, i) => `${i.toString(36)}${'abcdefgh'.slice(0, i % 9)}z`);
    words.forEach((w, i) => assert.equal(table.intern(w), i));
    words.forEach((w, i) => assert.equal(table.idOf(w), i, w));
    // Same lengths, other characters: absent.
    for (const w of words.slice(0, 200)) assert.equal(table.idOf(`${w.slice(0, -1)}y`), -1, w);
    assert.equal(table.idOf(''), -1);
    // The mapped probe reads the text through a table (here: ASCII capitals to lowercase).
    const lower = new Uint8Array(128);
    for (let c = 0; c < 128; c++) lower[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    const word = words[4321] ?? '';
    const text = `.. ${word.toUpperCase()} ..`;
    let h = HASH_START;
    for (const ch of word) h = hashStep(h, ch.charCodeAt(0));
    assert.equal(table.idOfMapped(h, text, 3, 3 + word.length, lower), 4321);
    assert.equal(table.idOfMapped(h, text, 2, 2 + word.length, lower), -1);
  });
});
