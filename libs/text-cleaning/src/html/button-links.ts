import { namedBy } from './boilerplate.js';
import { collectOutermost, type HtmlElement } from './dom.js';
import { removeSubtree } from './stats.js';

/*
 * A link styled as a button by its class ("btn btn-primary", "elementor-button", "Button_root", "cta-link") is a
 * call to action ("Get started", "Book a demo", "Sign up"): <button>s are not read at all (dom.ts),
 * and a link dressed as one is the same control. Only a short label: a card or teaser wrapped in a
 * link named so holds more text, or a heading. Run once the containers are chosen, like the
 * repeated calls to action (repeated-links.ts): a page's buttons weigh in the choice of its region.
 */

// `cta`: a call to action by name ("hero-cta", "cta-link").
const BUTTON_WORDS = new Set(['button', 'btn', 'cta']);
const MAX_LABEL = 40;

/** True for a link named as a button whose label is a call to action's length. */
export function isButtonLink(el: HtmlElement): boolean {
  return el.tag === 'a' && el.textLen > 0 && el.textLen <= MAX_LABEL && el.headingLen === 0 && namedBy(el, BUTTON_WORDS);
}

/** Removes, under `roots`, the links named as buttons (isButtonLink). */
export function dropButtonLinks(roots: Iterable<HtmlElement>): void {
  const links = new Set(collectOutermost(roots, (el) => (el.tag !== 'a' ? 'descend' : isButtonLink(el) ? 'take' : 'skip')));
  for (const el of links) removeSubtree(el);
}
