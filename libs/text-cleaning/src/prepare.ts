import { htmlToText } from './html/to-text.js';
import { looksLikeHtml } from './html/looks-like-html.js';
import { repairText } from './repair/repair-text.js';

/**
 * A release body made ready for the line-based steps: the article of an HTML page extracted (or the text
 * dump as is), repaired and split into lines. The cleaner learns its source template from these lines and
 * cleans the same ones, so a body is converted and repaired once.
 */
export interface PreparedText {
  lines: string[];
  /** HTML only: the headline from <h1> or <title>, repaired. */
  titleHint: string | null;
  /** HTML only: the publication date the page declares (ISO). */
  declaredDate: string | null;
}

/** Prepared texts made here: their lines come from repairText, so their whitespace is already normal. */
const madeHere = new WeakSet<PreparedText>();

export function prepareText(input: string): PreparedText {
  let prepared: PreparedText;
  if (!looksLikeHtml(input)) prepared = { lines: repairText(input).split('\n'), titleHint: null, declaredDate: null };
  else {
    const extracted = htmlToText(input);
    prepared = {
      lines: repairText(extracted.text).split('\n'),
      titleHint: extracted.title === null ? null : repairText(extracted.title),
      declaredDate: extracted.publishedAt,
    };
  }
  madeHere.add(prepared);
  return prepared;
}

/**
 * Whether the lines are prepareText's own: trimmed, single spaces, no other whitespace (repairText's
 * normalisation), so steps that normalise lines again can skip it. A PreparedText built elsewhere is not.
 */
export function hasNormalLines(prepared: PreparedText): boolean {
  return madeHere.has(prepared);
}
