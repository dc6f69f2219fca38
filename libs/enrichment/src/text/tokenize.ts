/**
 * One-pass tokeniser shared by every detector: the text is split once into
 * letter/digit runs, each carrying a folded form (lowercase, no accents) for
 * dictionary lookup plus the case facts the detectors need, so nothing has to
 * re-scan the raw string. Hand-written character loop: it runs on every
 * release and a Unicode regex per token costs several times more.
 */

import { HASH_START, hashStep, WordTable } from './word-table.js';

export interface Token {
  /** Lowercase, accent-free form used as the lookup key. */
  readonly norm: string;
  /** Dictionary word id of `norm` (see `intern`), -1 when no dictionary uses the word. */
  readonly id: number;
  /** Offsets into the source text. */
  readonly start: number;
  readonly end: number;
  /** First character is an uppercase letter. */
  readonly cap: boolean;
  /** Every letter is uppercase (acronyms, shouting titles). */
  readonly upper: boolean;
  /**
   * The gap before this token only holds spaces, a single line break, hyphens
   * or apostrophes (or an abbreviation dot), so a phrase may run across it.
   */
  readonly join: boolean;
  /**
   * Folded character by character through a table (`foldedCode`): `norm` has one character per
   * character of the word, so a reader can test it without making the string.
   */
  readonly tabled: boolean;
}

/** The text a document's tokens were read from, with its lowercase form when that has the same length. */
interface TokenSource {
  readonly text: string;
  readonly lower: string | null;
}

/**
 * A token whose folded form is cut from the text only when a detector reads it: a dictionary
 * word's is the table's string, and most other words' forms are never read (cutting them all
 * was half of the tokeniser's time).
 */
class LazyToken implements Token {
  constructor(
    private readonly source: TokenSource,
    /** The folded form, or null until read. */
    private folded: string | null,
    /** Folded by FOLDED (else, by its string: see `foldWord`). */
    readonly tabled: boolean,
    readonly id: number,
    readonly start: number,
    readonly end: number,
    readonly cap: boolean,
    readonly upper: boolean,
    readonly join: boolean,
    /** Every character is ASCII. */
    private readonly ascii: boolean,
  ) {}

  get norm(): string {
    if (this.folded === null) {
      const { text, lower } = this.source;
      // An ASCII word's fold is its lowercase form, cut from the lowercased text when there is one.
      this.folded =
        this.ascii && lower !== null
          ? lower.slice(this.start, this.end)
          : this.ascii
            ? text.slice(this.start, this.end).toLowerCase()
            : foldedByTable(text, this.start, this.end);
    }
    return this.folded;
  }
}

export interface TokenizedText {
  readonly text: string;
  readonly tokens: readonly Token[];
}

const NON_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function foldUncached(lower: string): string {
  return lower.normalize('NFD').replace(MARKS, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
}

// Memo of folded non-ASCII words: vocabulary repeats across releases, NFD does not need to.
const FOLD_CACHE = new Map<string, string>();
const FOLD_CACHE_MAX = 50_000;

function foldLower(lower: string): string {
  if (!NON_ASCII.test(lower)) return lower;
  let f = FOLD_CACHE.get(lower);
  if (f === undefined) {
    f = foldUncached(lower);
    if (FOLD_CACHE.size >= FOLD_CACHE_MAX) FOLD_CACHE.clear();
    FOLD_CACHE.set(lower, f);
  }
  return f;
}

/**
 * Every word used by a dictionary gets a small integer id at module load, so
 * the tries index children by number (an array at the root) and a token
 * whose word no dictionary knows is skipped without any lookup.
 */
const VOCAB = new WordTable();

/**
 * Interns every word of a set that detectors test tokens against, and returns the set: a token
 * without a word id (most of a text's) is then known to be in none of them without a lookup.
 */
export function dictionarySet(words: Iterable<string>): ReadonlySet<string> {
  const set = new Set(words);
  for (const w of set) intern(w);
  return set;
}

export function intern(norm: string): number {
  return VOCAB.intern(norm);
}

/** Lowercase and strip diacritics; ligatures are expanded so "œuvre" = "oeuvre". */
export function fold(s: string): string {
  return foldLower(s.toLowerCase());
}

function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c < 0xc0 || (c >= 0x2000 && c <= 0x206f)) return false; // Latin-1 symbols, general punctuation (’ – « »)
  if (c >= 0xd800 && c <= 0xdfff) return false; // astral characters (emoji) are never words here
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

function isJoinGap(text: string, from: number, to: number, prevLen: number, prevUpper: boolean): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f || c === 0x2009) continue;
    if (c === 0x0a || c === 0x0d) {
      // A hard-wrapped line still joins; a blank line (paragraph) does not.
      if (c === 0x0a && ++newlines > 1) return false;
      continue;
    }
    // Apostrophes and hyphens join the parts of "d'Ivoire", "Guinée-Bissau".
    if (c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x2d || c === 0x2010 || c === 0x2011) continue;
    // Abbreviation dots: "U.S. Department", "EE.UU.", "R.D. Congo".
    if (c === 0x2e && (prevLen === 1 || (prevLen === 2 && prevUpper))) continue;
    return false;
  }
  return true;
}

/**
 * Latin code unit -> its folded lowercase form when that is one ASCII letter or digit ("É" -> "e"),
 * else 0: not a word character, or one whose fold is not a single ASCII character ("ß", "œ",
 * combining marks), whose words take the string path. CAPITAL: 1 where lowercasing changes it.
 */
const FOLD_SPAN = 0x250;
const FOLDED = new Uint8Array(FOLD_SPAN);
const CAPITAL = new Uint8Array(FOLD_SPAN);
for (let c = 0; c < FOLD_SPAN; c++) {
  if (!isWordChar(c)) continue;
  const ch = String.fromCharCode(c);
  const low = ch.toLowerCase();
  const f = low.length === 1 ? foldUncached(low) : '';
  const code = f.length === 1 ? f.charCodeAt(0) : 0;
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
    FOLDED[c] = code;
    CAPITAL[c] = low === ch ? 0 : 1;
  }
}

/** Longest accented word folded by table rather than by `foldLower`. */
const MAX_TABLE_FOLD = 64;
const CODES: number[] = [];

/** The folded form of a word whose every character has a FOLDED entry (same string as `foldLower`'s). */
function foldedByTable(text: string, start: number, end: number): string {
  CODES.length = 0;
  for (let k = start; k < end; k++) CODES.push(FOLDED[text.charCodeAt(k)] ?? 0);
  return String.fromCharCode(...CODES);
}

/** The k-th character code of a `tabled` token's `norm`, read from the text (`norm` is not made). */
export function foldedCode(text: string, t: Token, k: number): number {
  return FOLDED[text.charCodeAt(t.start + k)] ?? 0;
}

/** The first character code of a token's `norm` (NaN when it is empty), without making a table-folded word's string. */
export function firstFoldedCode(text: string, t: Token): number {
  return t.tabled ? foldedCode(text, t, 0) : t.norm.charCodeAt(0);
}

/**
 * The id in `table` of a `tabled` token's first `length` folded characters (`length` at most the
 * word's), or -1: `table.idOf(t.norm.slice(0, length))` without making either string.
 */
export function tabledPrefixId(table: WordTable, text: string, t: Token, length: number): number {
  let h = HASH_START;
  for (let k = 0; k < length; k++) h = hashStep(h, foldedCode(text, t, k));
  return table.idOfMapped(h, text, t.start, t.start + length, FOLDED);
}

// Case facts of the word `foldWord` last folded (module scratch rather than an object per word).
let foldedCap = false;
let foldedUpper = false;

/** Folded form of a word with non-ASCII characters; sets foldedCap and foldedUpper. */
function foldWord(text: string, lowerText: string | null, start: number, end: number): string {
  const lower = lowerText !== null ? lowerText.slice(start, end) : text.slice(start, end).toLowerCase();
  const cap = lower.charCodeAt(0) !== text.charCodeAt(start);
  // All-capitals: no later letter is left unchanged by lowercasing (digits and marks aside).
  let upper = cap;
  for (let k = start + 1; upper && k < end; k++) {
    const ch = text.charCodeAt(k);
    if (lower.charCodeAt(k - start) === ch && (ch < 0x30 || ch > 0x39) && !(ch >= 0x300 && ch <= 0x36f)) upper = false;
  }
  foldedCap = cap;
  foldedUpper = upper;
  return foldLower(lower);
}

/**
 * Tokens are gathered here and copied out once at their final length: pushing to a fresh array
 * copied its growing backing store about five times a release. A longer text's scratch is dropped.
 */
const SCRATCH: Token[] = [];
const SCRATCH_KEPT = 4096;

/**
 * The scan keeps ASCII words off every slow path: their characters are classified by table,
 * lowercased and hashed as they are read, and looked up in the word table without a string.
 */
export function tokenize(text: string): TokenizedText {
  const tokens = SCRATCH;
  let count = 0;
  // Lowercasing the whole text at once is much cheaper than per token; it is
  // only usable when no character changes length (e.g. "İ" does).
  const wholeLower = text.toLowerCase();
  const lowerText = wholeLower.length === text.length ? wholeLower : null;
  const source: TokenSource = { text, lower: lowerText };
  const n = text.length;
  let prevEnd = 0;
  let prevLen = 0;
  let prevUpper = false;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if ((c < FOLD_SPAN ? FOLDED[c] : 0) === 0 && (c < 0x80 || !isWordChar(c))) {
      i++;
      continue;
    }
    const start = i;
    let nonAscii = false;
    // A character without a table entry: the word is folded from its string.
    let untabled = false;
    let h = HASH_START;
    // A letter left unchanged by lowercasing: the word is not all capitals.
    let lowercase = false;
    for (;;) {
      const f = c < FOLD_SPAN ? (FOLDED[c] ?? 0) : 0;
      if (f !== 0) {
        if (c >= 0x80) nonAscii = true;
        if (f >= 0x61 && CAPITAL[c] === 0) lowercase = true;
        h = hashStep(h, f);
      } else if (c >= 0x80 && isWordChar(c)) {
        nonAscii = true;
        untabled = true;
      } else break;
      if (++i >= n) break;
      c = text.charCodeAt(i);
    }
    const end = i;
    const len = end - start;
    let norm: string | null;
    let tabled = true;
    let id: number;
    let cap: boolean;
    let upper: boolean;
    if (untabled || len > MAX_TABLE_FOLD) {
      norm = foldWord(text, lowerText, start, end);
      tabled = false;
      id = VOCAB.idOf(norm);
      cap = foldedCap;
      upper = foldedUpper;
    } else {
      if (!nonAscii) {
        id =
          lowerText !== null ? VOCAB.idOfRange(h, lowerText, start, end) : VOCAB.idOfRange(h, text.slice(start, end).toLowerCase(), 0, len);
      } else {
        id = VOCAB.idOfMapped(h, text, start, end, FOLDED);
      }
      // Other words' forms are cut when read (LazyToken).
      norm = id >= 0 ? VOCAB.word(id) : null;
      cap = CAPITAL[text.charCodeAt(start)] === 1;
      // All-capitals: every later character is a capital or a digit.
      upper = cap && !lowercase;
    }
    // Most gaps are one space, which always joins.
    const join =
      count > 0 && ((start - prevEnd === 1 && text.charCodeAt(prevEnd) === 0x20) || isJoinGap(text, prevEnd, start, prevLen, prevUpper));
    tokens[count++] = new LazyToken(source, norm, tabled, id, start, end, cap, upper, join, !nonAscii);
    prevEnd = end;
    prevLen = end - start;
    prevUpper = upper;
  }
  const out = tokens.slice(0, count);
  if (count > SCRATCH_KEPT) SCRATCH.length = 0;
  return { text, tokens: out };
}

/** Folded token keys of a dictionary phrase, tokenised exactly like running text. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).tokens.map((t) => t.norm);
}
