import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords } from './document.js';

test('countWords counts what splitting on \\s+ counts, every kind of space included', () => {
  const spaces = ' \t\n\v\f\r\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
  const samples = [
    '',
    '   ',
    'un',
    ' deux  mots ',
    'l’OIM\u00a0a\u202fdit\n\nà Genève\r\n– 12 000 $',
    `a${spaces}b`,
    '\u200bzero-width\u200bjoins',
    'x'.repeat(10) + spaces.repeat(3) + 'y',
  ];
  for (const text of samples) assert.equal(countWords(text), text.split(/\s+/).filter(Boolean).length, JSON.stringify(text));
  for (let code = 0; code < 0x10000; code++) {
    const text = `a${String.fromCharCode(code)}b`;
    assert.equal(countWords(text), text.split(/\s+/).filter(Boolean).length, `U+${code.toString(16)}`);
  }
});
