import type { HtmlElement } from './dom.js';

/*
 * A <header> or <footer> element inside an <article> is that article's header or footer, as HTML
 * scopes it; a class restating the tag ("entry-header") does not make it the page's banner. In a
 * feed of teasers, each <article>'s header holds the teaser's title.
 */

const SCOPED_TAGS = new Set(['header', 'footer']);
const SCOPED_WORDS = new Set(['header', 'footer']);

/** True when `el` is a <header>/<footer> inside an <article>, named only by the words header/footer. */
export function isArticleHeaderOrFooter(el: HtmlElement, furnitureWords: readonly string[]): boolean {
  if (!SCOPED_TAGS.has(el.tag) || furnitureWords.length === 0 || !furnitureWords.every((w) => SCOPED_WORDS.has(w))) return false;
  let inArticle = false;
  for (let p = el.parent; p !== null && !inArticle; p = p.parent) inArticle = p.tag === 'article';
  return inArticle && el.headingLen > 0;
}
