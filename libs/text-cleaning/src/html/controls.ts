import { keptText, type HtmlElement } from './dom.js';

/*
 * Interface controls written as links or blocks: a quote's "Click to expand..." (`<a role="button">`),
 * a vote arrow (`<a href="javascript:">`), a rating's stars (`<a href="#">2 of 5 stars</a>`), a
 * post's permalink printed as its number ("#12").
 * <button>s are not parsed at all (dom.ts); these say the same by their role or their link. A
 * disclosure trigger (aria-expanded, aria-controls) names the panel it opens (an FAQ's question)
 * and stays, as does a long block with a button's role (a clickable card).
 */

const MAX_LABEL = 25;
const SCRIPT_HREF_RE = /^\s*javascript:/i;
// A post's permalink printed as its number in the thread ("#12"); a rank in a list is not a link.
const POST_NUMBER_RE = /^\s*#\s?\d+\s*$/;
const MAX_POST_NUMBER_LEN = 8;

/** True for a control (a button by its role, a script or empty link, a post number) whose label is not the page's text. */
export function isControl(el: HtmlElement): boolean {
  if (el.textLen > MAX_LABEL) return false;
  if (el.attr('role') === 'button') return isActionButton(el);
  if (el.tag !== 'a') return false;
  const href = el.attr('href');
  if (href === undefined) return false;
  if (href === '#' || SCRIPT_HREF_RE.test(href)) return true;
  return el.textLen <= MAX_POST_NUMBER_LEN && POST_NUMBER_RE.test(keptText(el));
}

/** True for an element with ARIA's button role that is no disclosure trigger (aria-expanded, aria-controls). */
export function isActionButton(el: HtmlElement): boolean {
  return el.attr('role') === 'button' && el.attr('aria-expanded') === undefined && el.attr('aria-controls') === undefined;
}
