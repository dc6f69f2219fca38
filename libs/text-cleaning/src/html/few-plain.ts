import type { HtmlElement } from './dom.js';

/*
 * A page with almost no text outside its links (a title and an intro line over an A-Z index of
 * categories) has no region of non-link text worth finding: the one it finds is the title. There
 * the region is found on all text, as on a page of link cards. Not when that region is the page's
 * <header> or <footer>: a JavaScript shell whose only text is its footer has no content.
 */

// Non-link text of the pruned page under which it is an index of links.
const FEW_PLAIN_TEXT = 400;
const PAGE_FRAME_TAGS = new Set(['header', 'footer']);

/** Whether the pruned page has too little non-link text to look for a region on it. */
export function hasFewPlainText(body: HtmlElement): boolean {
  return body.textLen - body.linkLen < FEW_PLAIN_TEXT;
}

/** Whether a region found on all text can be the page's content (not its banner or footer). */
export function isContentRegion(region: HtmlElement): boolean {
  return !PAGE_FRAME_TAGS.has(region.tag);
}
