import { LATIN_LANGUAGES, LETTER_TABLE_SIZE, PROFILES, WORD_FLOOR_LOG } from './latin-profiles.js';
import { detectScript } from './script.js';
import { contextFreeLowercase, forEachWord, isLetterCode } from '../word-scan.js';

/*
 * Compact language detector. Non-Latin scripts are resolved by script. For Latin text, a naive
 * Bayes score over function words, plus letters with diacritics; when that evidence is thin or
 * close, spelling cues (character n-grams) are added. Only the first few KB are read: more text
 * does not change the verdict, it only costs time.
 */

export interface LanguageGuess {
  language: string;
  confidence: number;
}

// Function-word evidence saturates long before this; more text only costs time.
const MAX_CHARS = 2500;
const ELISION_MAX_LENGTH = 5;
// Weight of the letter and n-gram cues relative to function words (which are real likelihoods).
const LETTER_WEIGHT = 0.3;
const NGRAM_WEIGHT = 0.5;
// Function-word evidence that makes the spelling cues unnecessary.
const CLEAR_MARGIN = 12;
const CLEAR_MIN_HITS = 8;
const OVERWHELMING_MARGIN = 40;
// Below these a text is not in one of our Latin languages (or too short to tell).
const MIN_LETTERS = 12;
const MIN_COVERAGE = 0.08;
const MIN_MARGIN = 1;
// Softmax temperature turning score differences into a confidence.
const TEMPERATURE = 2;

const UND: LanguageGuess = { language: 'und', confidence: 0 };

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/*
 * The function words in an open-addressing table keyed by a hash of their characters, so a word of the
 * text is looked up where it stands, without slicing it out and hashing the slice (~400 words a release).
 */
const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;
const APOSTROPHE = 0x27;
const WORD_ENTRIES = [...PROFILES.words];
const WORD_SLOT_MASK = (1 << Math.ceil(Math.log2(WORD_ENTRIES.length * 4))) - 1;
// Index + 1 of the entry in each slot, 0 when empty; beside it the entry's hash, so a probe that meets
// another word is told apart without reading that word (most words of a text are not function words).
const WORD_SLOTS = new Uint16Array(WORD_SLOT_MASK + 1);
const SLOT_HASHES = new Int32Array(WORD_SLOT_MASK + 1);
const LANGUAGE_COUNT = LATIN_LANGUAGES.length;
// Each entry's row, flat (entry e's score for language i at e * LANGUAGE_COUNT + i), and the languages
// where it is more than the floor as bits (those count as hits).
const ENTRY_ROWS = new Float64Array(WORD_ENTRIES.length * LANGUAGE_COUNT);
const ENTRY_ABOVE_FLOOR = new Uint32Array(WORD_ENTRIES.length);

function wordHash(text: string, start: number, end: number, elided: boolean): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), HASH_PRIME);
  return elided ? Math.imul(h ^ APOSTROPHE, HASH_PRIME) : h;
}

WORD_ENTRIES.forEach(([word, row], index) => {
  const elided = word.endsWith("'");
  const hash = wordHash(word, 0, elided ? word.length - 1 : word.length, elided);
  let slot = hash & WORD_SLOT_MASK;
  while (WORD_SLOTS[slot] !== 0) slot = (slot + 1) & WORD_SLOT_MASK;
  WORD_SLOTS[slot] = index + 1;
  SLOT_HASHES[slot] = hash;
  for (let i = 0; i < LANGUAGE_COUNT; i++) {
    const v = row[i] ?? WORD_FLOOR_LOG;
    ENTRY_ROWS[index * LANGUAGE_COUNT + i] = v;
    if (v > WORD_FLOOR_LOG) ENTRY_ABOVE_FLOOR[index] = (ENTRY_ABOVE_FLOOR[index] ?? 0) | (1 << i);
  }
});

/** PROFILES.words.get(text.slice(start, end) + (elided ? "'" : '')), without building that string. */
export function functionWordRow(text: string, start: number, end: number, elided: boolean): Float64Array | undefined {
  const entry = entryOfHashed(wordHash(text, start, end, elided), text, start, end, elided);
  return entry < 0 ? undefined : WORD_ENTRIES[entry]?.[1];
}

/**
 * The index of the function word at text[start, end) given its hash (computed while reading it), or -1.
 * With `byUnit`, text is not lowercased and its letters are read through LOWER_LETTERS.
 */
function entryOfHashed(hash: number, text: string, start: number, end: number, elided: boolean, byUnit = false): number {
  const length = end - start + (elided ? 1 : 0);
  for (let slot = hash & WORD_SLOT_MASK; ; slot = (slot + 1) & WORD_SLOT_MASK) {
    const index = WORD_SLOTS[slot] ?? 0;
    if (index === 0) return -1;
    if (SLOT_HASHES[slot] !== hash) continue;
    const word = WORD_ENTRIES[index - 1]![0];
    if (word.length !== length) continue;
    let same = !elided || word.charCodeAt(length - 1) === APOSTROPHE;
    for (let i = 0; same && i < end - start; i++) {
      const code = text.charCodeAt(start + i);
      same = word.charCodeAt(i) === (byUnit ? LOWER_LETTERS[code] : code);
    }
    if (same) return index - 1;
  }
}

/*
 * Each UTF-16 unit as the word loop reads it: its lowercase when that is a letter (one unit, what
 * `toLowerCase` of the whole text gives for it), NOT_LETTER, or CONTEXTUAL for the units whose lowercase
 * depends on the rest of the text or is longer (Σ, İ, surrogates): a text with one is lowercased whole
 * instead. Filled on first sight of a unit, so most texts are read without being lowercased first.
 */
const [UNSEEN, CONTEXTUAL, NOT_LETTER] = [-3, -2, -1];
const LOWER_LETTERS = new Int32Array(0x10000).fill(UNSEEN);

function lowerLetterUnit(code: number): number {
  const low = contextFreeLowercase(code);
  const unit = low < 0 ? CONTEXTUAL : isLetterCode(low) ? low : NOT_LETTER;
  LOWER_LETTERS[code] = unit;
  return unit;
}

function unitAt(text: string, at: number): number {
  if (at >= text.length) return NOT_LETTER;
  const code = text.charCodeAt(at);
  const unit = LOWER_LETTERS[code] ?? UNSEEN;
  return unit === UNSEEN ? lowerLetterUnit(code) : unit;
}

/** What the function-word loop adds up: scores per language, and the counts `finish` decides on. */
interface WordTally {
  scores: Float64Array;
  hitsPerLanguage: Uint32Array;
  tokens: number;
  hits: number;
}

function newTally(): WordTally {
  return { scores: new Float64Array(LANGUAGE_COUNT), hitsPerLanguage: new Uint32Array(LANGUAGE_COUNT), tokens: 0, hits: 0 };
}

/** Adds a function word's row to the tally. */
function addEntry(tally: WordTally, entry: number): void {
  const { scores, hitsPerLanguage } = tally;
  tally.hits++;
  const at = entry * LANGUAGE_COUNT;
  const above = ENTRY_ABOVE_FLOOR[entry] ?? 0;
  for (let i = 0; i < LANGUAGE_COUNT; i++) {
    scores[i] = (scores[i] ?? 0) + (ENTRY_ROWS[at + i] ?? WORD_FLOOR_LOG);
    if ((above & (1 << i)) !== 0) hitsPerLanguage[i] = (hitsPerLanguage[i] ?? 0) + 1;
  }
}

/*
 * The word loop of forEachWord inlined (no call per word: this runs on every release), over the text
 * lowercased unit by unit. Each word is hashed as it is read (wordHash), so its lookup does not read it
 * again. Null when a unit needs the whole text lowercased (countLoweredWords then reads it).
 */
function countWords(text: string): WordTally | null {
  const tally = newTally();
  const maxWordLength = PROFILES.maxWordLength;
  const length = text.length;
  let start = -1;
  let hash = HASH_SEED;
  for (let end = 0; end <= length; end++) {
    const unit = unitAt(text, end);
    if (unit >= 0) {
      if (start < 0) {
        start = end;
        hash = HASH_SEED;
      }
      hash = Math.imul(hash ^ unit, HASH_PRIME);
      continue;
    }
    if (unit === CONTEXTUAL) return null;
    if (start < 0) continue;
    const wordStart = start;
    start = -1;
    tally.tokens++;
    if (end - wordStart > maxWordLength) continue;
    // Only an apostrophe lowercases to an apostrophe: one here is one in the lowercased text too.
    const code = end < length ? text.charCodeAt(end) : 0;
    // "l’oim" -> "l'" + "oim"; longer words before an apostrophe are possessives ("iom’s").
    const elided = (code === 0x27 || code === 0x2019) && end - wordStart <= ELISION_MAX_LENGTH && unitAt(text, end + 1) >= 0;
    const entry = entryOfHashed(elided ? Math.imul(hash ^ APOSTROPHE, HASH_PRIME) : hash, text, wordStart, end, elided, true);
    if (entry >= 0) addEntry(tally, entry);
  }
  return tally;
}

/** countWords over a text lowercased whole. */
function countLoweredWords(lower: string): WordTally {
  const tally = newTally();
  const maxWordLength = PROFILES.maxWordLength;
  const length = lower.length;
  let start = -1;
  let hash = HASH_SEED;
  for (let end = 0; end <= length; end++) {
    const code = end < length ? lower.charCodeAt(end) : 0;
    if (end < length && isLetterCode(code)) {
      if (start < 0) {
        start = end;
        hash = HASH_SEED;
      }
      hash = Math.imul(hash ^ code, HASH_PRIME);
      continue;
    }
    if (start < 0) continue;
    const wordStart = start;
    start = -1;
    tally.tokens++;
    if (end - wordStart > maxWordLength) continue;
    const elided = (code === 0x27 || code === 0x2019) && end - wordStart <= ELISION_MAX_LENGTH && isLetterCode(lower.charCodeAt(end + 1));
    const entry = entryOfHashed(elided ? Math.imul(hash ^ APOSTROPHE, HASH_PRIME) : hash, lower, wordStart, end, elided);
    if (entry >= 0) addEntry(tally, entry);
  }
  return tally;
}

function detectLatin(text: string): LanguageGuess {
  const n = LATIN_LANGUAGES.length;
  let lowered: string | null = null;
  let tally = countWords(text);
  if (tally === null) tally = countLoweredWords((lowered = text.toLowerCase()));
  const { scores, hitsPerLanguage, tokens, hits } = tally;
  let ranked = rank(scores);
  // Letter and spelling cues only matter when function words leave doubt.
  if (hits >= CLEAR_MIN_HITS && ranked.margin >= OVERWHELMING_MARGIN) return finish(scores, ranked, tokens, hitsPerLanguage);
  const lower = lowered ?? text.toLowerCase();
  let letters = 0;
  // Sum the counts first, then weight once per cue letter (cheaper than per occurrence).
  const letterCounts = new Uint16Array(PROFILES.letterRows.length);
  for (let c = 0; c < lower.length; c++) {
    const code = lower.charCodeAt(c);
    if (code < 97) continue;
    if (code <= 122 || code >= 0xc0) letters++;
    if (code >= LETTER_TABLE_SIZE) continue;
    const row = PROFILES.letterIndex[code] ?? -1;
    if (row >= 0) letterCounts[row] = (letterCounts[row] ?? 0) + 1;
  }
  PROFILES.letterRows.forEach((row, r) => {
    const k = letterCounts[r] ?? 0;
    if (k > 0) for (let i = 0; i < n; i++) scores[i] = (scores[i] ?? 0) + LETTER_WEIGHT * k * (row[i] ?? 0);
  });
  if (letters < MIN_LETTERS) return UND;

  ranked = rank(scores);
  if (hits < CLEAR_MIN_HITS || ranked.margin < CLEAR_MARGIN) {
    const words: string[] = [];
    forEachWord(lower, (start, end) => {
      words.push(lower.slice(start, end));
    });
    const joined = ` ${words.join(' ')} `;
    for (const m of joined.matchAll(PROFILES.ngramRe)) {
      const row = PROFILES.ngrams.get(m[0]);
      if (row === undefined) continue;
      for (let i = 0; i < n; i++) scores[i] = (scores[i] ?? 0) + NGRAM_WEIGHT * (row[i] ?? 0);
    }
    ranked = rank(scores);
  }
  return finish(scores, ranked, tokens, hitsPerLanguage);
}

function finish(scores: Float64Array, ranked: Ranked, tokens: number, hitsPerLanguage: Uint32Array): LanguageGuess {
  const coverage = tokens === 0 ? 0 : (hitsPerLanguage[ranked.best] ?? 0) / tokens;
  if (ranked.margin < MIN_MARGIN || (tokens >= 20 && coverage < MIN_COVERAGE)) return UND;
  let sum = 0;
  const top = scores[ranked.best] ?? 0;
  for (let i = 0; i < scores.length; i++) sum += Math.exp(((scores[i] ?? 0) - top) / TEMPERATURE);
  return { language: LATIN_LANGUAGES[ranked.best] ?? 'und', confidence: round(1 / sum) };
}

interface Ranked {
  best: number;
  margin: number;
}

function rank(scores: Float64Array): Ranked {
  let best = 0;
  let second = -1;
  for (let i = 1; i < scores.length; i++) {
    if ((scores[i] ?? 0) > (scores[best] ?? 0)) {
      second = best;
      best = i;
    } else if (second < 0 || (scores[i] ?? 0) > (scores[second] ?? 0)) {
      second = i;
    }
  }
  return { best, margin: (scores[best] ?? 0) - (scores[second] ?? 0) };
}

/*
 * The first MAX_CHARS units of a text as one flat string. V8 reads each unit of a sliced or concatenated
 * string (what `slice` and a template literal make, the cleaner's title and body) through an indirection,
 * and the loops here read them all: `join` of two parts copies them into a flat string, which costs less
 * than the indirection (about 10 % of detectLanguage on a bench release).
 */
function flatSample(text: string): string {
  const end = Math.min(text.length, MAX_CHARS);
  const half = end >> 1;
  return [text.slice(0, half), text.slice(half, end)].join('');
}

/** Detects the language of a text: ISO 639-1 code (or "und") and a confidence in [0, 1]. */
export function detectLanguage(text: string): LanguageGuess {
  const sample = flatSample(text);
  const script = detectScript(sample, 1500);
  if (script.kind === 'none') return UND;
  if (script.kind === 'language') return { language: script.language, confidence: 0.9 };
  return detectLatin(sample);
}
