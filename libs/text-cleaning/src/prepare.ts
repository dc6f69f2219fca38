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

export function prepareText(input: string): PreparedText {
  if (!looksLikeHtml(input)) return { lines: repairText(input).split('\n'), titleHint: null, declaredDate: null };
  const extracted = htmlToText(input);
  return {
    lines: repairText(extracted.text).split('\n'),
    titleHint: extracted.title === null ? null : repairText(extracted.title),
    declaredDate: extracted.publishedAt,
  };
}
