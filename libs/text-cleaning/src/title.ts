/* What a headline and the meta lines under it (dates, "Published on") look like. */

import { MONTH_PATTERN } from './months.js';

const BULLET_RE = /^[-•*·▪]\s/u;
const STARTS_LOWER_RE = /^["'«“‘(]?\s?\p{Ll}/u;
const TRAILING_CONNECTOR_RE = /[,;:\-–—]$/u;
const TERMINAL_RE = /[.!?…]\s?["'»”’)]*$/u;
const MONTHS = MONTH_PATTERN;
const DAY = String.raw`\d{1,2}(?:er|st|nd|rd|th|º)?`;
const WRITTEN_DATE = String.raw`${DAY}\s+(?:de\s+)?${MONTHS}(?:\s+(?:de\s+)?\d{4})?|${MONTHS}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`;
const NUMERIC_DATE = String.raw`\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}`;
const DATE_RE = new RegExp(String.raw`(?<![\p{L}\d])(?:${WRITTEN_DATE}|${NUMERIC_DATE})(?![\p{L}\d])`, 'iu');
const META_PREFIX_RE =
  /^(?:publi[ée]e?|published|publicado|posted|mis\s+[àa]\s+jour|updated|actualizado|date|fecha|last\s+updated)(?![\p{L}])/iu;

const MAX_HEADLINE_WORDS_WITH_PERIOD = 12;

/** Number of space-separated words, counting stops at `limit` (callers only need a threshold). */
export function wordCount(line: string, limit = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length && n < limit; i++) {
    const code = line.charCodeAt(i);
    const space = code === 32 || code === 10;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

export function startsLowercase(line: string): boolean {
  return STARTS_LOWER_RE.test(line);
}

export function endsSentence(line: string): boolean {
  return TERMINAL_RE.test(line);
}

/** A line that can be a headline, given the line after it. */
export function looksLikeHeadline(line: string, next: string | undefined): boolean {
  if (next === undefined || startsLowercase(next)) return false;
  if (BULLET_RE.test(line) || startsLowercase(line) || TRAILING_CONNECTOR_RE.test(line)) return false;
  const words = wordCount(line);
  if (words < 2 || words > 30 || line.length > 250) return false;
  // Headlines rarely end with a period; a long line that does is a sentence.
  return !(line.endsWith('.') && !line.endsWith('...') && words > MAX_HEADLINE_WORDS_WITH_PERIOD);
}

/** A line that is clearly running text (so the line before it may be a short headline). */
export function looksLikeBodyText(line: string, next: string | undefined): boolean {
  const words = wordCount(line);
  return words >= 12 || (next !== undefined && startsLowercase(next)) || (endsSentence(line) && words >= 6);
}

/** Date or "Published on" lines between the headline and the body. */
export function isMetaLine(line: string): boolean {
  if (wordCount(line) > 12) return false;
  return META_PREFIX_RE.test(line) || (DATE_RE.test(line) && !endsSentence(line));
}

// "Headline **Summary in bold**" / "Headline *Standfirst in italics*": feeds that flatten a
// page (ReliefWeb dumps) glue the headline to a markdown-emphasised standfirst on one line.
const EMPHASIS_LEAD_RE = /^(.+?)\s+(\*{1,2})(?=[^\s*])/u;
const TITLE_TAIL_RE = /[\s\-–—|:]+$/u;
const GLUED_TAIL_RE = /[\s\-–—|:/_,]+$/u;

/**
 * Splits a first line made of a headline followed by an emphasised standfirst or heading.
 * Returns null unless the text before the emphasis reads as a headline and the emphasis is
 * closed later on the line (a lone "*" is a footnote mark or a bullet, not emphasis).
 */
export function splitEmphasisLead(line: string): { title: string; lead: string } | null {
  const m = EMPHASIS_LEAD_RE.exec(line);
  if (m === null || m[1] === undefined || m[2] === undefined) return null;
  const title = m[1].replace(TITLE_TAIL_RE, '');
  const lead = line.slice(m[0].length - m[2].length).trim();
  if (title.includes('*') || lead.indexOf(m[2], m[2].length) < 0) return null;
  if (startsLowercase(title) || BULLET_RE.test(title)) return null;
  const words = wordCount(title);
  if (words < 2 || words > 30 || title.length > 250) return null;
  return { title, lead };
}

const MONTH_NAME_RE = new RegExp(String.raw`^${MONTHS}$`, 'iu');

/** A month's name or its abbreviation, in French, English or Spanish ("décembre", "Dec.", "DICIEMBRE"). */
export function isMonthName(word: string): boolean {
  return MONTH_NAME_RE.test(word);
}

const HEADLINE_MAX_WORDS = 30;
const HEADLINE_MIN_WORDS = 3;
/** A sentence ending inside a run of words ("U.S." or "No." do not end one). */
const SENTENCE_END_RE = /\p{Ll}{2}[.!?…]["'»”’)]*\s+\p{Lu}/u;
/** Words a headline does not end with (it would continue into the next word). */
const HEADLINE_GLUE: ReadonlySet<string> = new Set(
  (
    'de du des la le les l d au aux à a et en pour par sur dans avec the of and to in on at for with from by an ' +
    'del los las el y e con por para sobre entre desde'
  ).split(' '),
);

/**
 * The text as a headline that was glued to the body, tidied, or null when it does not read as one:
 * 3 to 30 words, no sentence ending inside, not ending with a word that needs a continuation.
 */
export function gluedHeadline(text: string): string | null {
  const title = text.replace(GLUED_TAIL_RE, '').trim();
  const words = wordCount(title);
  if (words < HEADLINE_MIN_WORDS || words > HEADLINE_MAX_WORDS || title.length > 250) return null;
  if (startsLowercase(title) || BULLET_RE.test(title) || SENTENCE_END_RE.test(title)) return null;
  // "... souligne l'": an elided article needs its noun too.
  const last = /(\p{L}+)['’]?$/u.exec(title)?.[1]?.toLowerCase() ?? '';
  return HEADLINE_GLUE.has(last) ? null : title;
}
