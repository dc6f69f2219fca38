import { collectOutermost, keptText, type HtmlElement } from './dom.js';
import { removeSubtree } from './stats.js';

/*
 * A count that schema.org microdata marks as a property of the item (`itemprop="upvoteCount"` on a
 * post's vote score, `commentCount`, `answerCount`): a number about the text, printed beside it, not
 * the text itself (Stack Exchange's vote cells, a Q&A page's hidden comment counts).
 */

// The property names schema.org gives counts: upvoteCount, downvoteCount, commentCount, answerCount...
const COUNT_PROPERTY_RE = /^[a-z]+Count$/;
const NUMBER_RE = /^[\s\d.,+\-−kKmM]*\d[\s\d.,+\-−kKmM]*$/;
const MAX_NUMBER_LEN = 12;

// A schema.org InteractionCounter's label ("1 Like", "12 replies").
const COUNTER_PROPERTY = 'interactionStatistic';
const MAX_COUNTER_LEN = 30;

/** True for an element whose microdata property is a count and whose text is only that number, or a short interaction counter. */
export function isMicrodataCount(el: HtmlElement): boolean {
  const prop = el.attr('itemprop');
  if (prop === undefined || el.textLen > MAX_COUNTER_LEN) return false;
  const props = prop.split(/\s+/);
  if (props.includes(COUNTER_PROPERTY)) return true;
  if (el.textLen > MAX_NUMBER_LEN || !props.some((p) => COUNT_PROPERTY_RE.test(p))) return false;
  return NUMBER_RE.test(keptText(el));
}

/** Removes the counts inside the chosen containers (once chosen: their removal must not move the choice). */
export function dropMicrodataCounts(roots: Iterable<HtmlElement>): void {
  for (const el of collectOutermost(roots, (e) => (isMicrodataCount(e) ? 'take' : 'descend'))) removeSubtree(el);
}
