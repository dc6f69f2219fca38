import type { HtmlElement } from './dom.js';

/*
 * HTML scopes a <header> inside <main> to the main content, not the page: the page's banner sits
 * outside the main landmark. A block inside <main> (or role="main") named only as a header
 * ("category-header", "pdp-product-header", "hub--header") is likewise the header of the main content
 * (a category's intro, a product's title block, a hub's lead), not furniture. Not a mostly-link block
 * (a header's menu or sort bar), nor one inside a list item or row: a header repeated on every item
 * or on every post of a feed of <article>s (a post's author and date line) is the item's, and those the
 * references leave out.
 */

const HEADER_WORDS = new Set(['header', 'masthead']);
const ITEM_TAGS = new Set(['li', 'tr']);
const MAX_LINK_DENSITY = 0.5;

/** True when the furniture words of `el`'s name are only header/masthead and it sits inside the main landmark, not in an item. */
export function isMainContentHeader(el: HtmlElement, furnitureWords: readonly string[]): boolean {
  if (furnitureWords.length === 0 || !furnitureWords.every((w) => HEADER_WORDS.has(w))) return false;
  if (el.linkLen > MAX_LINK_DENSITY * el.textLen) return false;
  for (let p = el.parent; p !== null; p = p.parent) {
    if (p.tag === 'main' || p.attr('role') === 'main') return true;
    if (ITEM_TAGS.has(p.tag) || (p.tag === 'article' && inFeed(p))) return false;
  }
  return false;
}

/** True when an <article> has a sibling <article>: one post of a feed, not the page's article. */
function inFeed(article: HtmlElement): boolean {
  const siblings = article.parent?.children ?? [];
  return siblings.some((c) => c !== article && typeof c !== 'string' && c.tag === 'article');
}
