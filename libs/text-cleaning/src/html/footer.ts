import type { HtmlElement } from './dom.js';

/*
 * A page's footer (<footer> or role="contentinfo") that outweighs the rest of the page (a
 * storefront's footnotes and legal text under a short grid of products) is still its footer, not a
 * wrapper of the content: unless it holds the headline (a page whose markup wraps everything in
 * it), or the page has next to no text that is not links outside it (a page of navigation only is
 * then refused for what it is, its legal notices).
 */

// Text outside the footer and outside links: a short paragraph's worth.
const MIN_TEXT_OUTSIDE = 100;

export function isPageFooter(el: HtmlElement, page: HtmlElement, protectedEls: ReadonlySet<HtmlElement>): boolean {
  if (protectedEls.has(el) || (el.tag !== 'footer' && el.attr('role')?.toLowerCase() !== 'contentinfo')) return false;
  return page.textLen - page.linkLen - (el.textLen - el.linkLen) >= MIN_TEXT_OUTSIDE;
}
