import type { HtmlElement } from './dom.js';

/*
 * A grid of cards: an element whose children repeat one template (same tag and class), each a
 * product, a listing item or a link card. A collection or listing page's content is such a grid,
 * names and prices inside links, which the scoring of paragraphs does not see.
 */

/** An element's template: its tag and class, which the cards of a grid share. */
export function templateOf(el: HtmlElement): string {
  return `${el.tag} ${el.attr('class') ?? ''}`;
}

/** Elements grouped by a key (a template, or a template and a text), each group in the order met. */
export function groupBy(els: Iterable<HtmlElement>, keyOf: (el: HtmlElement) => string): Map<string, HtmlElement[]> {
  const groups = new Map<string, HtmlElement[]>();
  for (const el of els) {
    const key = keyOf(el);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [el]);
    else group.push(el);
  }
  return groups;
}

/** How many parents a group's elements sit in: a grid's cards share one, a part of each card has its own. */
export function distinctParents(group: readonly HtmlElement[]): number {
  return new Set(group.map((el) => el.parent)).size;
}

// Children of one template that make a grid, and the share of the parent's text they hold.
export const GRID_MIN_CARDS = 4;
const GRID_TEXT_SHARE = 0.6;

// The text of `el`'s largest group of children of one template, GRID_MIN_CARDS or more holding most of its text
// (removed parts excluded); 0 when `el` is no grid.
function gridText(el: HtmlElement): number {
  let count = 0;
  for (const c of el.children) if (typeof c !== 'string' && !c.removed) count++;
  if (count < GRID_MIN_CARDS) return 0;
  const groups = new Map<string, { n: number; text: number }>();
  for (const c of el.children) {
    if (typeof c === 'string' || c.removed || c.textLen === 0) continue;
    const key = templateOf(c);
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { n: 1, text: c.textLen });
    else {
      g.n++;
      g.text += c.textLen;
    }
  }
  let best = 0;
  for (const g of groups.values()) if (g.n >= GRID_MIN_CARDS && g.text >= GRID_TEXT_SHARE * el.textLen && g.text > best) best = g.text;
  return best;
}

/** Whether `el`'s children repeat one template, GRID_MIN_CARDS times or more, holding most of its text (removed parts excluded). */
export function isCardGrid(el: HtmlElement): boolean {
  return gridText(el) > 0;
}

/** The grid holding most text in `root` (removed parts excluded), or null. */
export function findCardGrid(root: HtmlElement): HtmlElement | null {
  let best: HtmlElement | null = null;
  let bestText = 0;
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el.textLen <= bestText) continue;
    const text = gridText(el);
    if (text > bestText) {
      best = el;
      bestText = text;
    }
    for (const c of el.children) if (typeof c !== 'string' && !c.removed) stack.push(c);
  }
  return best;
}
