import { namedBy } from './boilerplate.js';
import type { HtmlElement } from './dom.js';

/*
 * A page's footer (<footer> or role="contentinfo") or <header> that outweighs the rest of the page
 * (a storefront's footnotes and legal text, or its mega menu, around a short grid of products) is
 * still its footer or banner, not a wrapper of the content: unless it holds the headline (a page whose markup wraps everything in
 * it), or the page has next to no text that is not links outside it (a page of navigation only is
 * then refused for what it is, its legal notices).
 */

// Text outside the block and outside links: a short paragraph's worth.
const MIN_TEXT_OUTSIDE = 100;
const EDGE_TAGS = new Set(['header', 'footer']);
// A block named as the page's header or footer ("header-experience") that wraps a <header> or
// <footer> with what goes with it (a skip link, the mega menu beside the bar) is that edge too.
const EDGE_WORDS = new Set(['header', 'footer']);

function wrapsEdge(el: HtmlElement): boolean {
  if (!namedBy(el, EDGE_WORDS)) return false;
  for (const c of el.children) if (typeof c !== 'string' && EDGE_TAGS.has(c.tag)) return true;
  return false;
}

export function isPageHeaderOrFooter(el: HtmlElement, page: HtmlElement, protectedEls: ReadonlySet<HtmlElement>): boolean {
  const edge = EDGE_TAGS.has(el.tag) || el.attr('role')?.toLowerCase() === 'contentinfo' || wrapsEdge(el);
  if (!edge || protectedEls.has(el)) return false;
  return page.textLen - page.linkLen - (el.textLen - el.linkLen) >= MIN_TEXT_OUTSIDE;
}
