import type { HtmlElement } from './dom.js';

/*
 * Interface controls written as links or blocks: a quote's "Click to expand..." (`<a role="button">`),
 * a vote arrow (`<a href="javascript:">`), a rating's stars (`<a href="#">2 of 5 stars</a>`).
 * <button>s are not parsed at all (dom.ts); these say the same by their role or their link. A
 * disclosure trigger (aria-expanded, aria-controls) names the panel it opens (an FAQ's question)
 * and stays, as does a long block with a button's role (a clickable card).
 */

const MAX_LABEL = 25;
const SCRIPT_HREF_RE = /^\s*javascript:/i;

/** True for a control (a button by its role, a script or empty link) whose label is not the page's text. */
export function isControl(el: HtmlElement): boolean {
  if (el.textLen > MAX_LABEL) return false;
  if (el.attr('role') === 'button') return el.attr('aria-expanded') === undefined && el.attr('aria-controls') === undefined;
  if (el.tag !== 'a') return false;
  const href = el.attr('href');
  return href !== undefined && (href === '#' || SCRIPT_HREF_RE.test(href));
}
