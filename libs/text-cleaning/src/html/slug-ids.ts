import { keptText, type HtmlElement } from './dom.js';
import { HEADING_TAGS } from './stats.js';

/*
 * An id written from a section's heading ("be-careful-with-related-name", the anchor of a docs
 * section or a long article's part) names what the section is about, not what the block is: its
 * words are not furniture words ("related" there is the subject of the section).
 */

// A slug has at least this many words, all of them in the heading.
const MIN_SLUG_WORDS = 3;
// How far into the block the heading is looked for.
const MAX_VISITED = 60;
const WORD_SPLIT_RE = /[^\p{L}\p{N}]+/u;

function firstHeading(el: HtmlElement): HtmlElement | null {
  if (HEADING_TAGS.has(el.tag)) return el;
  const stack: HtmlElement[] = [el];
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_VISITED) {
    const e = stack.pop()!;
    for (let i = e.children.length - 1; i >= 0; i--) {
      const c = e.children[i]!;
      if (typeof c === 'string') continue;
      if (HEADING_TAGS.has(c.tag)) return c;
      stack.push(c);
    }
  }
  return null;
}

/** True when the id's words (as split for names) are all words of the block's first heading. */
export function isHeadingSlug(el: HtmlElement, idWords: readonly string[]): boolean {
  const words = idWords.filter((w) => w !== '');
  if (words.length < MIN_SLUG_WORDS) return false;
  const heading = firstHeading(el);
  if (heading === null) return false;
  const inHeading = new Set(keptText(heading).toLowerCase().split(WORD_SPLIT_RE));
  return words.every((w) => inHeading.has(w));
}
