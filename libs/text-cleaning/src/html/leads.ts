import { namedBy } from './boilerplate.js';
import type { HtmlElement } from './dom.js';
import { linkDensity } from './stats.js';

/*
 * An article's lead (a summary box, an intro, a "key points" paragraph) often sits between its headline
 * and the block chosen as its body, in a block of its own: the body's container does not hold it. The
 * prose paragraphs printed after the page's <h1> and before the first chosen container are that lead.
 * Not a subtitle printed in the headline's own block (a news dek under the <h1> in the article's header:
 * the article set's references leave it out), not what comes before the headline (a hero's tagline),
 * and not a card's, a list's or a folded block's lines, a byline or an affiliate note.
 */

// A lead paragraph holds a sentence, not a byline's name and date.
const MIN_LEAD_CHARS = 40;
const MAX_LEAD_LINK_DENSITY = 0.25;
// A card's or a list's lines (a pricing plan's features, an item's blurb) and a folded block are no lead.
const OFF_TAGS: ReadonlySet<string> = new Set(['li', 'a', 'details', 'dd', 'td', 'figure']);
// Nor is who wrote it and when (the article's meta line), nor the site's note on its affiliate links.
const OFF_WORDS: ReadonlySet<string> = new Set([
  'author',
  'authors',
  'byline',
  'bylines',
  'bio',
  'meta',
  'metadata',
  'tooltip',
  'disclosure',
  'affiliate',
]);

/** The prose paragraphs between the headline `h1` and the first of `containers`, in document order. */
export function leadParagraphs(h1: HtmlElement | null, containers: readonly HtmlElement[]): HtmlElement[] {
  const first = containers[0];
  if (h1 === null || first === undefined) return [];
  const headline = new Set<HtmlElement>();
  for (let p: HtmlElement | null = h1; p !== null; p = p.parent) headline.add(p);
  let top: HtmlElement | null = first;
  while (top !== null && !headline.has(top)) top = top.parent;
  if (top === null || top === h1 || top === first) return [];
  const leads: HtmlElement[] = [];
  let after = false;
  let done = false;
  const walk = (el: HtmlElement, off: boolean): void => {
    for (const c of el.children) {
      if (done) return;
      if (typeof c === 'string' || c.removed) continue;
      if (c === h1) after = true;
      else if (containers.includes(c)) done = true;
      else if (after && c.tag === 'p') {
        if (!off && c.textLen >= MIN_LEAD_CHARS && linkDensity(c) <= MAX_LEAD_LINK_DENSITY) leads.push(c);
      } else walk(c, off || OFF_TAGS.has(c.tag) || namedBy(c, OFF_WORDS) || (el === top && headline.has(c)));
    }
  };
  walk(top, false);
  // The body was never met: the headline follows it, or the first container sits elsewhere.
  return done ? leads : [];
}
