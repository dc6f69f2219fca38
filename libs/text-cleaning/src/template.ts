import { hasNormalLines, prepareText, type PreparedText } from './prepare.js';
import type { SourceTemplate } from './types.js';
import { contextFreeLowercase, isSpaceCode } from './word-scan.js';

/*
 * A source template counts, per normalised line, how many documents of one source contain it.
 * Lines present in most documents of a source are page furniture (menus, footers) even when
 * they look like text. Keys are 64-bit hashes so the persisted JSON stays small.
 */

/** Template applies only once it has seen this many documents (fewer gives no evidence). */
export const TEMPLATE_MIN_DOCUMENTS = 3;
const MIN_COUNT = 2;
const MIN_SHARE = 0.5;
// Bounds the persisted size; when exceeded, the rarest lines are forgotten first, down to KEEP_AFTER_PRUNE.
export const MAX_KEYS = 5000;
const KEEP_AFTER_PRUNE = 4000;
const MAX_LINE_LENGTH = 600;

const FNV_PRIME = 0x01000193;
// As int32 (what the first Math.imul makes of them anyway), so the loop stays in integers.
const [SEED_A, SEED_B] = [0x811c9dc5 | 0, 0x5bd1e995];

/*
 * Each UTF-16 unit as the key loop reads it: its lowercase (when that is one unit, which is what
 * `toLowerCase` of a whole line gives for it), SPACE for whitespace, DIGIT for a digit, or OTHER for the
 * units whose lowercase depends on the rest of the line or is longer (Σ, İ, surrogates): a line with one
 * is lowercased whole instead. Filled on first sight of a unit, so lines are keyed without lowercasing.
 */
const [UNKNOWN, SPACE, OTHER, DIGIT] = [-3, -2, -1, 0x10030];
const KEY_UNITS = new Int32Array(0x10000).fill(UNKNOWN);

function keyUnit(code: number): number {
  const low = contextFreeLowercase(code);
  let unit = low;
  if (low < 0) unit = OTHER;
  else if (isSpaceCode(low)) unit = SPACE;
  else if (low >= 0x30 && low <= 0x39) unit = DIGIT;
  KEY_UNITS[code] = unit;
  return unit;
}

/**
 * Normalised key of a line: case, digits (dates, counters) and spacing do not matter. Two 32-bit FNV-1a
 * hashes of the line lowercased, each digit run replaced by "0", each whitespace run by one space, and
 * trimmed; computed in one pass without building that string (the cleaner keys every line it reads).
 */
export function templateKey(line: string): string | null {
  return line.length <= MAX_LINE_LENGTH ? keyOfSpaced(line) : keyOf(line);
}

/*
 * The key loop for a line no longer than the bound whose whitespace units each stand alone between other
 * units (every line of prepareText's): each is hashed as a space where it stands, without keyOf's pending
 * space and length bookkeeping (the key cannot outgrow the line). Any other line goes to keyOf from the start.
 */
function keyOfSpaced(text: string): string | null {
  let a = SEED_A;
  let b = SEED_B;
  let inDigits = false;
  // Whether the unit before is whitespace, or the line's start: whitespace there is a run or leads.
  let space = true;
  for (let i = 0; i < text.length; i++) {
    let c = KEY_UNITS[text.charCodeAt(i)] ?? UNKNOWN;
    if (c < 0) {
      if (space || c !== SPACE) return keyOf(text);
      space = true;
      inDigits = false;
      c = 0x20;
    } else {
      space = false;
      if (c === DIGIT) {
        if (inDigits) continue;
        inDigits = true;
        c = 0x30;
      } else inDigits = false;
    }
    a = Math.imul(a ^ c, FNV_PRIME);
    b = Math.imul(b ^ c, FNV_PRIME);
  }
  // A trailing space (or an empty line) is keyOf's to read.
  return space ? keyOf(text) : base36(a >>> 0) + '.' + base36(b >>> 0);
}

/** A unit of a line already lowercased whole (the lines templateKey cannot lowercase unit by unit). */
function loweredUnit(code: number): number {
  if (isSpaceCode(code)) return SPACE;
  return code >= 0x30 && code <= 0x39 ? DIGIT : code;
}

/*
 * The key loop, twice: over the units of KEY_UNITS (the usual case), and over a line lowercased whole. Two
 * copies rather than one loop testing which case per unit: the test in the loop cost ~20 % of the key.
 */
function keyOf(text: string): string | null {
  let a = SEED_A;
  let b = SEED_B;
  let length = 0;
  let pendingSpace = false;
  let inDigits = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let c = KEY_UNITS[code] ?? UNKNOWN;
    if (c === UNKNOWN) c = keyUnit(code);
    if (c < 0) {
      if (c === OTHER) return keyOfLowered(text.toLowerCase());
      pendingSpace = length > 0;
      inDigits = false;
      continue;
    }
    if (c === DIGIT) {
      if (inDigits) continue;
      inDigits = true;
      c = 0x30;
    } else inDigits = false;
    if (pendingSpace) {
      a = Math.imul(a ^ 0x20, FNV_PRIME);
      b = Math.imul(b ^ 0x20, FNV_PRIME);
      length++;
      pendingSpace = false;
    }
    a = Math.imul(a ^ c, FNV_PRIME);
    b = Math.imul(b ^ c, FNV_PRIME);
    if (++length > MAX_LINE_LENGTH) return null;
  }
  return length === 0 ? null : base36(a >>> 0) + '.' + base36(b >>> 0);
}

function keyOfLowered(text: string): string | null {
  let a = SEED_A;
  let b = SEED_B;
  let length = 0;
  let pendingSpace = false;
  let inDigits = false;
  for (let i = 0; i < text.length; i++) {
    let c = loweredUnit(text.charCodeAt(i));
    if (c < 0) {
      pendingSpace = length > 0;
      inDigits = false;
      continue;
    }
    if (c === DIGIT) {
      if (inDigits) continue;
      inDigits = true;
      c = 0x30;
    } else inDigits = false;
    if (pendingSpace) {
      a = Math.imul(a ^ 0x20, FNV_PRIME);
      b = Math.imul(b ^ 0x20, FNV_PRIME);
      length++;
      pendingSpace = false;
    }
    a = Math.imul(a ^ c, FNV_PRIME);
    b = Math.imul(b ^ c, FNV_PRIME);
    if (++length > MAX_LINE_LENGTH) return null;
  }
  return length === 0 ? null : base36(a >>> 0) + '.' + base36(b >>> 0);
}

/*
 * Whether a line of prepareText's (trimmed, single spaces, no other whitespace) has no key because it is too
 * long, told without hashing it: each of its units is hashed but for the digits after the first of a run, so
 * its key would be longer than its length less its digits (a lowercase is never shorter). Only a line longer
 * than the bound is read, and only for digits: 1 in 7 characters of a release sits in such lines, paragraphs
 * of dumps that are not hard-wrapped, which the key loop read up to the bound for nothing.
 */
function tooLongForKey(line: string): boolean {
  if (line.length <= MAX_LINE_LENGTH) return false;
  let digits = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) digits++;
  }
  return line.length - digits > MAX_LINE_LENGTH;
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
// Every base-36 number below 36² as its digits: two digits a step.
const DIGIT_PAIRS = Array.from({ length: 36 * 36 }, (_, n) => (n < 36 ? '' : DIGITS.charAt(Math.floor(n / 36))) + DIGITS.charAt(n % 36));

/** `n.toString(36)` for an unsigned 32-bit integer, ~4x faster (V8 formats a radix through doubles). */
function base36(n: number): string {
  let digits = '';
  for (;;) {
    const high = Math.floor(n / 1296);
    const low = n - high * 1296;
    if (high === 0) return (DIGIT_PAIRS[low] ?? '') + digits;
    // Inner pairs keep their leading zero ("05"): only the most significant pair drops it.
    digits = (low < 36 ? '0' : '') + (DIGIT_PAIRS[low] ?? '') + digits;
    n = high;
  }
}

export function emptyTemplate(): SourceTemplate {
  return { version: 1, documents: 0, lineCounts: {} };
}

/** Number of keys of each template's counts, kept beside it so learning never has to list them. */
const keyCounts = new WeakMap<SourceTemplate, number>();

/**
 * Forgets the rarest lines, a whole count at a time (no sort, no tie to break), until at most
 * KEEP_AFTER_PRUNE keys are left: boilerplate lines have high counts and are never the ones dropped.
 * Returns the number of keys kept.
 */
function prune(counts: Record<string, number>): number {
  const keys = Object.keys(counts);
  const atLeast: number[] = [];
  for (const key of keys) {
    const count = counts[key] ?? 0;
    atLeast[count] = (atLeast[count] ?? 0) + 1;
  }
  // atLeast[c] becomes the number of keys counted c times or more.
  for (let count = atLeast.length - 2; count >= 0; count--) atLeast[count] = (atLeast[count] ?? 0) + (atLeast[count + 1] ?? 0);
  let threshold = 0;
  while ((atLeast[threshold] ?? 0) > KEEP_AFTER_PRUNE) threshold++;
  for (const key of keys) if ((counts[key] ?? 0) < threshold) delete counts[key];
  return atLeast[threshold] ?? 0;
}

/*
 * The line keys of the document last learned or cleaned, computed when it is learned and reused when it is
 * cleaned right after (the cleaner's order). One slot, not a WeakMap entry per document: a weak entry per
 * message costs the garbage collector more than the keys save once the document is gone.
 */
let lastDocument: PreparedText | null = null;
let lastKeys = new Map<string, string | null>();

function keysOf(prepared: PreparedText): Map<string, string | null> {
  if (prepared !== lastDocument) {
    lastDocument = prepared;
    lastKeys = new Map();
  }
  return lastKeys;
}

function memoisedKey(keys: Map<string, string | null>, line: string): string | null {
  let key = keys.get(line);
  if (key === undefined) keys.set(line, (key = templateKey(line)));
  return key;
}

/*
 * Page furniture recurs verbatim in every document of a source: the key of a line already counted in an
 * earlier document is remembered per template, so each document computes only its new lines' keys (a
 * line's key depends on the line alone: this is a memo, not state). Bounded: forgotten whole when full.
 */
const MAX_KNOWN_LINES = 1000;
const knownLines = new WeakMap<SourceTemplate, Map<string, string>>();

/** A flat copy of a line, so the memo does not keep the whole document the line was sliced from alive. */
const detached = (line: string): string => ` ${line}`.slice(1);

/**
 * Counts the lines of one more document into the template, in place, and returns it. The input may be
 * text, HTML or already prepared (prepareText), so the caller can clean the same lines afterwards.
 */
export function learnTemplate(template: SourceTemplate, input: string | PreparedText): SourceTemplate {
  const prepared = typeof input === 'string' ? prepareText(input) : input;
  const keys = keysOf(prepared);
  let known = knownLines.get(template);
  if (!known) knownLines.set(template, (known = new Map()));
  const counts = template.lineCounts;
  let size = keyCounts.get(template) ?? Object.keys(counts).length;
  const seen = new Set<string>();
  const normal = hasNormalLines(prepared);
  // One pass: each key is counted at its first line (the counts' key order is the lines' order), and a
  // line whose key was computed here is remembered once its key recurs (a count of 2 or more).
  for (const line of prepared.lines) {
    let key = keys.get(line);
    let computed = false;
    if (key === undefined) {
      key = known.get(line);
      if (key === undefined) {
        key = normal && tooLongForKey(line) ? null : templateKey(line);
        computed = key !== null;
      }
      keys.set(line, key);
    }
    if (key === null) continue;
    let count: number | undefined;
    if (!seen.has(key)) {
      seen.add(key);
      count = counts[key];
      if (count === undefined) size++;
      counts[key] = count = (count ?? 0) + 1;
    } else if (computed) count = counts[key];
    if (!computed || (count ?? 0) < 2) continue;
    if (known.size >= MAX_KNOWN_LINES) known.clear();
    known.set(detached(line), key);
  }
  template.documents++;
  if (size > MAX_KEYS) size = prune(counts);
  keyCounts.set(template, size);
  return template;
}

/**
 * Predicate telling whether a line is boilerplate for this source, or null when the template has too little
 * evidence. With the prepared document being cleaned, line keys computed when it was learned are reused.
 */
export function templateMatcher(template: SourceTemplate | undefined, prepared?: PreparedText): ((line: string) => boolean) | null {
  if (template === undefined || template.documents < TEMPLATE_MIN_DOCUMENTS) return null;
  const threshold = Math.max(MIN_COUNT, template.documents * MIN_SHARE);
  const counts = template.lineCounts;
  const keys = prepared ? keysOf(prepared) : new Map<string, string | null>();
  return (line: string): boolean => {
    const key = memoisedKey(keys, line);
    if (key === null) return false;
    const count = counts[key];
    return count !== undefined && count >= threshold;
  };
}
