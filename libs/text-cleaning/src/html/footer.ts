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

export function isPageHeaderOrFooter(el: HtmlElement, page: HtmlElement, protectedEls: ReadonlySet<HtmlElement>): boolean {
  const edge = el.tag === 'footer' || el.tag === 'header' || el.attr('role')?.toLowerCase() === 'contentinfo';
  if (!edge || protectedEls.has(el)) return false;
  return page.textLen - page.linkLen - (el.textLen - el.linkLen) >= MIN_TEXT_OUTSIDE;
}
