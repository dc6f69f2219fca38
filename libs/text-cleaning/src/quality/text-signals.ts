import { isLetterCode } from '../word-scan.js';

/** Characters read per window; three windows (start, middle, end) bound the cost on very long texts. */
const WINDOW_CHARS = 20_000;

export interface CharacterProfile {
  /** Characters looked at. */
  chars: number;
  /** C0 and C1 control characters other than the whitespace ones (tab, newlines, form feed). */
  controls: number;
  /** U+FFFD replacement characters and private-use code points: bytes that were not text in any encoding. */
  undecodable: number;
}

function windows(text: string): [number, number][] {
  if (text.length <= 3 * WINDOW_CHARS) return [[0, text.length]];
  const middle = Math.floor(text.length / 2 - WINDOW_CHARS / 2);
  return [
    [0, WINDOW_CHARS],
    [middle, middle + WINDOW_CHARS],
    [text.length - WINDOW_CHARS, text.length],
  ];
}

/** Counts the characters that never occur in text, over a bounded sample of it. */
export function characterProfile(text: string): CharacterProfile {
  const profile = { chars: 0, controls: 0, undecodable: 0 };
  for (const [from, to] of windows(text)) {
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      profile.chars++;
      if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || (code >= 0x7f && code <= 0x9f)) profile.controls++;
      else if (code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)) profile.undecodable++;
    }
  }
  return profile;
}

// Scripts written without spaces between words: a long run of their letters is normal text.
const UNSPACED_RE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
const MAX_WORD_LETTERS = 30;
const WORD_INNER = new Set([0x27, 0x2019, 0x2d, 0x2e, 0xb7]); // ' ’ - . ·

/** Whether a whitespace-separated token reads as a word: letters only (with inner apostrophes, hyphens, dots), or an unspaced script. */
function isWordLike(token: string, start: number, end: number): boolean {
  let letters = 0;
  for (let i = start; i < end; i++) {
    const code = token.charCodeAt(i);
    if (isLetterCode(code)) letters++;
    else if (!WORD_INNER.has(code)) return UNSPACED_RE.test(token.slice(start, end));
  }
  return letters <= MAX_WORD_LETTERS || UNSPACED_RE.test(token.slice(start, end));
}

/**
 * Share of the letters of a text that sit in word-like tokens: near 1 for prose in any language, near 0
 * for encoded blobs (base64, hex) and binary decoded as text, where letters come mixed with digits and signs.
 */
export function wordLetterShare(text: string): number {
  let letters = 0;
  let inWords = 0;
  const sample = text.length > 3 * WINDOW_CHARS ? text.slice(0, 3 * WINDOW_CHARS) : text;
  for (const token of sample.split(/\s+/)) {
    let start = 0;
    let end = token.length;
    // Outer punctuation and symbols ("(word),", "«mot»") do not make a token less of a word.
    while (start < end && !isLetterCode(token.charCodeAt(start))) start++;
    while (end > start && !isLetterCode(token.charCodeAt(end - 1))) end--;
    let count = 0;
    for (let i = start; i < end; i++) if (isLetterCode(token.charCodeAt(i))) count++;
    if (count === 0) continue;
    letters += count;
    if (isWordLike(token, start, end)) inWords += count;
  }
  return letters === 0 ? 0 : inWords / letters;
}

/** Letters in a line (any script). */
export function letterCount(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i++) if (isLetterCode(line.charCodeAt(i))) count++;
  return count;
}
