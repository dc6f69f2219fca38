import { isLetterCode, isSpaceCode } from '../word-scan.js';
import { CONTACT_INTRO, CONTACT_LABEL, CONTACT_VERB, EMAIL_RE_SOURCE, PHONE_RE_SOURCE } from './patterns.js';

/*
 * The press-contact block sits at the end of a release, opened by "Pour plus d'informations",
 * "For more information", "Para más información"... It may start at the beginning of a line or
 * after the last sentence of the last paragraph. "For more information, visit our website" is
 * not a contact block: the text right after the intro must carry an address or a phone.
 */

// No lookbehind here (it makes V8 try every position slowly): the boundary is checked in code.
const INTRO_RE = new RegExp(String.raw`(?:${CONTACT_INTRO}|${CONTACT_LABEL})`, 'gi');
// Markdown emphasis or heading marks may open the line ("**For more information...**", "### Contacts").
const SENTENCE_END_BEFORE_RE = /(?:^|\n)[ \t]*(?:[*_#]{1,4}[ \t]*)?$|[.!?»”")][ \t]{1,3}$/;
const LINE_START_BEFORE_RE = /(?:^|\n)[ \t]*(?:[*_#]{1,4}[ \t]*)?$/;
const MARKUP_ONLY_RE = /^[\s*_#]*$/;
const BEFORE_WINDOW = 8;
const LABEL_RE = new RegExp(String.raw`^${CONTACT_LABEL}`, 'i');
// A real block gives an address, a phone, or a name right after the verb ("contact Jane Doe").
const DATA_RE = new RegExp(String.raw`${EMAIL_RE_SOURCE}|${PHONE_RE_SOURCE}`, 'u');
// No "i" flag here would miss "Contactez"; with it \p{Lu} would match any letter, so the
// capital is checked separately.
const VERB_THEN_RE = new RegExp(String.raw`${CONTACT_VERB}\s*:?\s*(\S)`, 'iu');
const UPPER_RE = /\p{Lu}/u;
const CONTACT_MARK_RE = new RegExp(
  String.raw`${EMAIL_RE_SOURCE}|${PHONE_RE_SOURCE}|(?<![\p{L}])(?:t[ée]l|phone|mobile|m[oó]vil|cel|email|e-mail|courriel|correo)(?![\p{L}])`,
  'iu',
);
// A necessary condition of CONTACT_MARK_RE, tried first: its address alternative reads up to 64 characters
// ahead of every letter looking for an "@", and its label alternative has lookarounds. The label letters
// fold only to their ASCII (and accented) cases, so /i without /u finds the same words.
const MAY_MARK_RE = /[@\d]|t[ée]l|phone|mobile|m[oó]vil|cel|mail|courriel|correo/i;
const hasContactMark = (line: string): boolean => MAY_MARK_RE.test(line) && CONTACT_MARK_RE.test(line);
const WEB_REFERRAL_RE =
  /\b(?:visit|visitez|visiter|consult|consultez|consulte|visite|voir|see|website|site web|sitio web|página|www\.|https?:)/iu;
const PROSE_WORDS = 14;
const LOOKAHEAD_CHARS = 400;
const REFERRAL_WINDOW = 60;

export interface ContactBlockPosition {
  /** Line where the block starts. */
  line: number;
  /** Column in that line where the block starts (0 unless it begins mid-line). */
  column: number;
}

export interface ContactBlockSplit {
  /** Lines before the block (a line the block began in keeps its text before the block). */
  before: string[];
  /** The block's lines, starting with its intro. */
  block: string[];
  /** Lines after the block that are not part of it (footer, notes). */
  after: string[];
}

function qualifies(afterIntro: string): boolean {
  if (DATA_RE.test(afterIntro)) return true;
  const verb = VERB_THEN_RE.exec(afterIntro);
  return verb !== null && UPPER_RE.test(verb[1] ?? '');
}

/*
 * Every intro holds one of these words, and every character of an intro is a letter, an apostrophe, a
 * space or its final colon. So the intro pattern is tried only on the run of such characters around each
 * of these words, not at every position of the text (V8 tries its long alternation everywhere: 15 against
 * 7 µs on a bench release). /i without /u, as INTRO_RE: the letters fold only to their ASCII cases.
 */
const INTRO_WORD_RE = /informa|savoir|media|contact/gi;
const INTRO_ONCE_RE = new RegExp(INTRO_RE.source, 'i');

const inIntroRun = (code: number): boolean => isLetterCode(code) || isSpaceCode(code) || code === 0x27 || code === 0x2019;

/**
 * The match of INTRO_RE that `text.matchAll(INTRO_RE)` yields first from `from` on, or null. No match
 * starts before the run holding the first intro word from `from` (it would hold the character that ends
 * the run), and a match starting in the run ends in it.
 */
function nextIntro(text: string, from: number): { index: number; 0: string } | null {
  for (let at = from; ;) {
    INTRO_WORD_RE.lastIndex = at;
    const word = INTRO_WORD_RE.exec(text);
    if (word === null) return null;
    let start = word.index;
    while (start > at && inIntroRun(text.charCodeAt(start - 1))) start--;
    let end = word.index + word[0].length;
    while (end < text.length && (inIntroRun(text.charCodeAt(end)) || text.charCodeAt(end) === 0x3a)) end++;
    const m = INTRO_ONCE_RE.exec(text.slice(start, end));
    if (m !== null) return { index: start + m.index, 0: m[0] };
    at = end;
  }
}

/** Finds where the contact block starts (line and column), or null. */
export function locateContactBlock(lines: readonly string[]): ContactBlockPosition | null {
  const text = lines.join('\n');
  for (let m = nextIntro(text, 0); m !== null; m = nextIntro(text, m.index + m[0].length)) {
    const start = m.index;
    // The intro opens a line or follows a sentence end; a "Contact:" label must open a line.
    const before = text.slice(Math.max(0, start - BEFORE_WINDOW), start);
    const ctx = start < BEFORE_WINDOW ? `\n${before}` : before;
    if (!SENTENCE_END_BEFORE_RE.test(ctx)) continue;
    if (LABEL_RE.test(m[0]) && !LINE_START_BEFORE_RE.test(ctx)) continue;
    const afterIntro = text.slice(start + m[0].length, start + m[0].length + LOOKAHEAD_CHARS);
    if (WEB_REFERRAL_RE.test(afterIntro.slice(0, REFERRAL_WINDOW))) continue;
    if (!qualifies(afterIntro)) continue;
    // Convert the offset into a line/column.
    let offset = 0;
    for (let line = 0; line < lines.length; line++) {
      const len = (lines[line] ?? '').length;
      if (start <= offset + len) return { line, column: start - offset };
      offset += len + 1;
    }
  }
  return null;
}

/** Index of the line where the press-contact block starts, or -1. */
export function findContactBlockStart(lines: string[]): number {
  return locateContactBlock(lines)?.line ?? -1;
}

function wordCount(line: string): number {
  let n = 0;
  for (const w of line.split(' ')) if (w) n++;
  return n;
}

function isContactLine(line: string): boolean {
  if (hasContactMark(line)) return true;
  // Names, offices, job titles: short, no sentence.
  return wordCount(line) <= PROSE_WORDS && !/[.!?]$/u.test(line);
}

/**
 * Splits lines around the contact block. The block runs from its intro while lines look like
 * contact data (names, offices, labels, addresses, phones), tolerating single blank lines.
 */
export function splitContactBlock(lines: readonly string[]): ContactBlockSplit | null {
  const pos = locateContactBlock(lines);
  if (pos === null) return null;
  const before = lines.slice(0, pos.line);
  const first = lines[pos.line] ?? '';
  const head = first.slice(0, pos.column).trimEnd();
  // Emphasis marks left of the intro ("**") belong to the block, not to the body.
  if (head && !MARKUP_ONLY_RE.test(head)) before.push(head);
  const block = [first.slice(pos.column)];
  let i = pos.line + 1;
  while (i < lines.length) {
    const line = (lines[i] ?? '').trim();
    if (line === '') {
      const next = (lines[i + 1] ?? '').trim();
      if (next === '' || !hasContactMark(next)) break;
      block.push('');
      i++;
      continue;
    }
    if (!isContactLine(line)) break;
    block.push(line);
    i++;
  }
  // Short lines after the last line with contact data are page footer ("Share", "Print").
  // (A block with no data line at all, "contact:" + name + office, is kept whole.)
  let last = block.length - 1;
  while (last > 0 && !hasContactMark(block[last] ?? '')) last--;
  const tail = last > 0 ? block.splice(last + 1) : [];
  return { before, block, after: [...tail.filter((l) => l !== ''), ...lines.slice(i)] };
}
