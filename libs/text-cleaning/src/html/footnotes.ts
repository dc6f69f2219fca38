import { namedBy } from './boilerplate.js';
import type { HtmlElement } from './dom.js';

/*
 * An article's notes, gathered under it: the sources and asides its superscript numbers point to (WordPress's
 * `wp-block-footnotes`, Markdown's `<section class="footnotes">`, DPUB-ARIA's `role="doc-endnotes"`). They are
 * the article's apparatus, not its text: WCXB's references leave them out. One note's own block
 * (`footnote`, singular) is not judged: sites print their asides so inline.
 */

const NOTES_WORDS: ReadonlySet<string> = new Set(['footnotes', 'endnotes']);
const NOTES_ROLES: ReadonlySet<string> = new Set(['doc-endnotes', 'doc-footnotes']);

/** True for the list of an article's footnotes or endnotes. */
export function isNotesList(el: HtmlElement): boolean {
  const role = el.attr('role');
  return (role !== undefined && NOTES_ROLES.has(role.toLowerCase())) || namedBy(el, NOTES_WORDS);
}
