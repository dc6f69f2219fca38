import { isSpaceCode } from './word-scan.js';

/*
 * Rebuilds paragraphs from lines. Text dumps come either with one paragraph per line or
 * hard-wrapped at a fixed width (~60–80 chars, often measured on the HTML source, so the
 * visible width varies). We estimate the wrap width and end a paragraph at a blank line, before
 * a bullet, or after a sentence end on a line where the next word would have fitted.
 */

interface Layout {
  hardWrapped: boolean;
  width: number;
}

// Only abnormal whitespace matches, so already-normalised lines cost a quick scan.
const SPACES_RE = /\s{2,}|[^\S ]/g;
const BULLET_RE = /^(?:[-•*·▪●–—]\s|\d{1,2}[.)]\s|[a-z]\)\s)/u;
const STARTS_LOWER_RE = /^["'«“‘(]?\s?\p{Ll}/u;
const STARTS_UPPER_RE = /^["'«“‘(]?\s?[\p{Lu}\d]/u;
const FIRST_WORD_RE = /^\S+/;
// Ends with a letter and a hyphen: a word broken across lines ("dévelop-", "Guinée-").
const TRAILING_HYPHEN_RE = /([\p{L}-]*\p{L})-$/u;
const LEADING_WORD_RE = /^(\p{L}+)/u;
// Right-hand pieces that are only ever suffixes: the hyphen was a soft line-break hyphen.
const SUFFIX_RE = new RegExp(
  String.raw`^(?:tions?|sions?|ments?|iques?|ités?|aires?|ances?|ences?|eurs?|euses?|ings?|ed|ness|ity|ities|able|ible|ably|ally|` +
    String.raw`ci[oó]n|ciones|si[oó]n|siones|mente|dad|dades|ados?|adas?|idos?|idas?|ismo|istas?|ières?|elles?|ologie|ology|ología)$`,
  'u',
);

const isTerminal = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3a;
// ["'»”’)\]]
const isCloser = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d;

/**
 * Whether the line ends like /[.!?…:]\s?["'»”’)\]]*$/u, read backwards from the end (V8 would try that pattern
 * at every position of every line): closers, then at most one space (French typography puts one before
 * the closing guillemet: 'pays. »'), then the terminal.
 */
export function endsSentence(line: string): boolean {
  let at = line.length - 1;
  while (at >= 0 && isCloser(line.charCodeAt(at))) at--;
  if (at < 0) return false;
  const c = line.charCodeAt(at);
  return isTerminal(c) || (isSpaceCode(c) && at > 0 && isTerminal(line.charCodeAt(at - 1)));
}

function analyseLayout(lines: readonly string[]): Layout {
  const lens: number[] = [];
  for (const l of lines) if (l.length > 0) lens.push(l.length);
  if (lens.length < 3) return { hardWrapped: false, width: 0 };
  lens.sort((a, b) => a - b);
  const p90 = lens[Math.floor(0.9 * (lens.length - 1))] ?? 0;
  // Robust maximum: ignore the odd unwrapped line (a URL, a table row).
  let width = 0;
  for (const len of lens) if (len <= p90 * 1.25 && len > width) width = len;
  let wrappedLike = 0;
  for (const l of lines) {
    if (l.length >= 0.6 * width && l.length <= width && !endsSentence(l)) wrappedLike++;
  }
  const hardWrapped = width <= 160 && wrappedLike >= Math.max(2, 0.3 * lens.length);
  return { hardWrapped, width };
}

function isHeading(line: string): boolean {
  return STARTS_UPPER_RE.test(line) && !/[,;\-–]$/u.test(line) && line.split(' ').length <= 8;
}

/** A quotation opened in the paragraph and not yet closed: it usually goes on. */
function insideQuotation(paragraph: string): boolean {
  let open = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph.charCodeAt(i);
    if (ch === 0xab || ch === 0x201c) open++;
    else if ((ch === 0xbb || ch === 0x201d) && open > 0) open--;
  }
  return open > 0;
}

function endsParagraph(line: string, next: string, layout: Layout, paragraph: string, startsParagraph: boolean): boolean {
  if (BULLET_RE.test(next)) return true;
  // A word broken across lines ("Guinée-" / "Bissau") never ends a paragraph.
  if (STARTS_LOWER_RE.test(next) || (line.endsWith('-') && TRAILING_HYPHEN_RE.test(line.slice(-3)))) return false;
  if (!layout.hardWrapped) return true;
  if (endsSentence(line)) {
    if (line.length < 0.6 * layout.width) return true;
    if (insideQuotation(paragraph)) return false;
    const nextWord = FIRST_WORD_RE.exec(next)?.[0] ?? '';
    return line.length + 1 + nextWord.length <= layout.width;
  }
  // A short capitalised line standing alone between paragraphs is a subheading.
  return startsParagraph && line.length < 0.5 * layout.width && isHeading(line);
}

/**
 * `current` joined with the line `next`; `last` is the line `current` ends with (read instead of `current`,
 * a concatenation V8 would flatten, copying the paragraph so far for each line).
 */
function joinWrapped(current: string, last: string, next: string, evidence: () => string): string {
  // Only the tail is examined: running the pattern on the whole paragraph would be quadratic.
  const hyphen = last.endsWith('-') ? TRAILING_HYPHEN_RE.exec(current.slice(-80)) : null;
  if (hyphen === null) return `${current} ${next}`;
  const rightWord = LEADING_WORD_RE.exec(next)?.[1];
  // "Guinée-" + "Bissau", "Trinité-et-" + "Tobago": a compound, keep the hyphen.
  if (rightWord === undefined || !STARTS_LOWER_RE.test(next)) return current + next;
  const leftPart = (hyphen[1] ?? '').split('-').pop() ?? '';
  const joined = leftPart + rightWord;
  // Drop the hyphen only with evidence: a suffix-only right part, or the whole word used elsewhere.
  if (SUFFIX_RE.test(rightWord.toLowerCase()) || (joined.length > 5 && evidence().includes(joined))) {
    return current.slice(0, -1) + next;
  }
  return current + next;
}

/**
 * Joins hard-wrapped lines into paragraphs; blank lines always separate paragraphs. `normalLines`: every line
 * is already trimmed with single spaces and no other whitespace (prepareText's lines and pieces of them), so
 * their normalisation, a scan of every line, is skipped.
 */
export function reflowParagraphs(lines: string[], normalLines = false): string[] {
  const clean = normalLines ? lines : lines.map((l) => l.replace(SPACES_RE, ' ').trim());
  const layout = analyseLayout(clean);
  // The whole text, built only when a hyphenated word needs it.
  let text: string | null = null;
  const evidence = (): string => (text ??= clean.join(' '));
  const paragraphs: string[] = [];
  let current = '';
  for (let i = 0; i < clean.length; i++) {
    const line = clean[i] ?? '';
    if (line === '') {
      if (current) paragraphs.push(current);
      current = '';
      continue;
    }
    const startsParagraph = current === '';
    // Every join ends with the line joined, so the previous line is what `current` ends with.
    current = startsParagraph ? line : joinWrapped(current, clean[i - 1] ?? '', line, evidence);
    const next = clean[i + 1];
    if (next === undefined || next === '' || endsParagraph(line, next, layout, current, startsParagraph)) {
      paragraphs.push(current);
      current = '';
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}
