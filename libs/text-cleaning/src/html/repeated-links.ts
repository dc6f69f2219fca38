import { collectOutermost, foldedText, keptText, type HtmlElement } from './dom.js';
import { groupBy } from './grid.js';
import { removeSubtree } from './stats.js';

/*
 * A call to action printed on every card: "Read more", "View company profile", "See all reviews".
 * The same short link text, alone in its parent, leading to MIN_COPIES or more different places is
 * the card's button, not its text; a repeated name or category ("AI", an author) leads to one place
 * and stays. Run once the containers are chosen: the buttons weigh in the choice of the region.
 */

const MAX_LABEL_LEN = 30;
const MIN_COPIES = 4;

const DIGIT_RE = /\d/;

// A short link standing alone in its parent (a button's place), not a word of a sentence ("PDF").
function isLabel(el: HtmlElement): boolean {
  if (el.textLen === 0 || el.textLen > MAX_LABEL_LEN || el.attr('href') === undefined) return false;
  if (el.parent !== null && el.parent.textLen > el.textLen) return false;
  // Dates and counts link to each post or item and are its data ("Mar 27, 2025").
  return !DIGIT_RE.test(keptText(el));
}

/** Removes, under `roots`, short links whose text repeats, the same, to MIN_COPIES or more different targets. */
export function dropRepeatedLinks(roots: Iterable<HtmlElement>): void {
  // A Set: the chosen containers may nest, and a link under two of them is one link.
  const links = new Set(collectOutermost(roots, (el) => (el.tag !== 'a' ? 'descend' : isLabel(el) ? 'take' : 'skip')));
  const groups = groupBy(links, foldedText);
  for (const group of groups.values()) {
    if (group.length < MIN_COPIES) continue;
    const targets = new Set(group.map((el) => el.attr('href')));
    if (targets.size < MIN_COPIES) continue;
    for (const el of group) removeSubtree(el);
  }
}
