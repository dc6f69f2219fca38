import type { HtmlElement } from './dom.js';
import { HEADING_TAGS } from './stats.js';

/*
 * A block named as a header or footer inside a link is the header or footer of the card the link
 * wraps (a job card's "new-listing__header" holding its title and date), as HTML scopes a <header>
 * inside sectioning content to its section: a page's banner and footer never sit inside a link.
 * A heading named so ("<h4 class="code-header">", "entry-header") is a heading of the content.
 * Not inside any list item: a forum post's and a product tile's headers in <li>s are bylines and
 * badges that the references leave out (forum -0.0005, collection -0.0029).
 */

const ITEM_SCOPED_WORDS = new Set(['header', 'footer']);
const ITEM_TAGS = new Set(['a']);

/** True when the furniture words of `el`'s name are only "header"/"footer" and it is a heading or sits inside a link. */
export function isItemHeaderOrFooter(el: HtmlElement, furnitureWords: readonly string[]): boolean {
  if (furnitureWords.length === 0 || !furnitureWords.every((w) => ITEM_SCOPED_WORDS.has(w))) return false;
  if (HEADING_TAGS.has(el.tag)) return true;
  for (let p = el.parent; p !== null; p = p.parent) if (ITEM_TAGS.has(p.tag)) return true;
  return false;
}
