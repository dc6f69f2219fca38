import { isAncestor, keptText, type HtmlElement } from './dom.js';
import { findCardGrid, groupBy, templateOf } from './grid.js';
import { PRICE_RE } from './prices.js';

/*
 * A collection page: an intro (a category's description, a buying guide) above a grid of product
 * cards, each a name and a price. The intro wins the scoring and the cards, names inside links,
 * are not seen; when the page's largest grid is one of priced cards holding a good part of the
 * intro's text, both are the page's content. (Not the largest priced grid: that is often a
 * carousel of other products beside a grid whose cards show no price.)
 */

// The grid holds this share of the chosen containers' text (a product page's few recommendation
// cards under a long description do not).
const PRICED_GRID_TEXT_SHARE = 0.5;
// Share of the grid's cards that show a price.
const PRICED_CARD_SHARE = 0.6;
/** The card grid to render beside `containers`, or null (see above). */
export function pricedGridBeside(body: HtmlElement, containers: readonly HtmlElement[], textLen: number): HtmlElement | null {
  const grid = findCardGrid(body);
  if (grid === null || grid.textLen < PRICED_GRID_TEXT_SHARE * textLen) return null;
  for (const el of containers) if (el === grid || isAncestor(el, grid) || isAncestor(grid, el)) return null;
  return isPricedGrid(grid) ? grid : null;
}

/** Most cards of the grid's main template show a price. */
export function isPricedGrid(grid: HtmlElement): boolean {
  const shown = grid.children.filter((c): c is HtmlElement => typeof c !== 'string' && !c.removed && c.textLen > 0);
  const groups = groupBy(shown, templateOf);
  let cards: HtmlElement[] = [];
  for (const group of groups.values()) if (group.length > cards.length) cards = group;
  let priced = 0;
  for (const card of cards) if (PRICE_RE.test(keptText(card))) priced++;
  return cards.length > 0 && priced >= PRICED_CARD_SHARE * cards.length;
}
