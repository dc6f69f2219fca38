import type { HtmlElement } from './dom.js';

/*
 * A page with almost no text outside its links (a title and an intro line over an A-Z index of
 * categories) has no region of non-link text worth finding: the one it finds is the title. There
 * the region is found on all text, as on a page of link cards. Not on a page that declares one
 * product (containers.ts): its few lines of details sit beside grids of other products, and a
 * JavaScript shell's only text is its footer.
 */

// Non-link text of the pruned page under which it is an index of links.
const FEW_PLAIN_TEXT = 400;

/** Whether the pruned page has too little non-link text to look for a region on it. */
export function hasFewPlainText(body: HtmlElement): boolean {
  return body.textLen - body.linkLen < FEW_PLAIN_TEXT;
}
