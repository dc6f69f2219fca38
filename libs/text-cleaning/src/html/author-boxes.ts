import { namedBy } from './boilerplate.js';
import type { HtmlElement } from './dom.js';

/*
 * An author box: under an article, blogs and publishers print who wrote it ("Rebecca has been a journalist
 * for over 30 years...", "About the author", links to the author's posts). It is about the writer, not the
 * article (WCXB's references leave it out on every site that prints one). A short byline is furniture already
 * (boilerplate.ts, `author` among the words of short blocks); the box is longer, so it is recognised by its
 * name saying both "author" and what kind of block it is ("author-bio", "author_about", "author-info-box"),
 * or by schema.org microdata: an element that is the article's `author` (a Person).
 * It is judged when an article's containers are rendered, so it moves no choice of container.
 */

const AUTHOR_WORDS: ReadonlySet<string> = new Set(['author', 'authors', 'autor']);
// What an author's block is, beside the word "author": "author" alone also names bylines and post wrappers.
const BOX_WORDS: ReadonlySet<string> = new Set([
  'bio',
  'bios',
  'biography',
  'about',
  'box',
  'description',
  'desc',
  'info',
  'details',
  'detail',
  'profile',
  'card',
]);
// One-word names of the same ("about-author" is split into words already).
const BOX_NAMES: ReadonlySet<string> = new Set(['authorbox', 'authorbio', 'authorinfo', 'aboutauthor', 'abouttheauthor']);
// A box says at least a sentence about the writer: a forum post's user card (name, title) is shorter.
const MIN_BOX_LEN = 100;

/** True for a block of at least a sentence that the page names or marks up as its author's. */
export function isAuthorBox(el: HtmlElement): boolean {
  if (el.textLen < MIN_BOX_LEN) return false;
  if (el.attr('itemprop')?.toLowerCase() === 'author') return true;
  if (el.attr('class') === undefined && el.attr('id') === undefined) return false;
  return (namedBy(el, AUTHOR_WORDS) && namedBy(el, BOX_WORDS)) || namedBy(el, BOX_NAMES);
}
