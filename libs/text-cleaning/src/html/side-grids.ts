import type { HtmlElement } from './dom.js';
import { isCardGrid } from './grid.js';
import { isPricedGrid } from './priced-grid.js';
import { linkDensity } from './stats.js';

/*
 * A region rendered whole can hold, beside its own text, a carousel of other products ("Customers
 * also bought", "You may also like"): a grid of priced cards, each a link, holding a small part of
 * the region. A list of priced items that is content (a buying guide's picks, a pricing table) is
 * written as text beside its links, and a category's own grid holds most of its region.
 */

// The cards are links: this share of the grid's text or more is link text.
const SIDE_GRID_LINK_DENSITY = 0.8;
// The grid holds less than this share of the region's text.
const SIDE_GRID_REGION_SHARE = 0.25;

/** The grids of priced link cards inside `regions` that each hold a small part of their region (see above). */
export function sideGrids(regions: readonly HtmlElement[]): Set<HtmlElement> {
  const found = new Set<HtmlElement>();
  for (const region of regions) {
    const bound = SIDE_GRID_REGION_SHARE * region.textLen;
    const stack: HtmlElement[] = [region];
    while (stack.length > 0) {
      const el = stack.pop()!;
      if (el !== region && el.textLen < bound && linkDensity(el) >= SIDE_GRID_LINK_DENSITY && isCardGrid(el) && isPricedGrid(el)) {
        found.add(el);
        continue;
      }
      for (const c of el.children) if (typeof c !== 'string' && !c.removed && c.textLen > 0) stack.push(c);
    }
  }
  return found;
}
