import { namedBy } from './boilerplate.js';
import { isActionButton } from './controls.js';
import { collectOutermost, type HtmlElement } from './dom.js';
import { removeSubtree } from './stats.js';

/*
 * A link styled as a button by its class ("btn btn-primary", "elementor-button", "Button_root", "cta-link") is a
 * call to action ("Get started", "Book a demo", "Sign up"): <button>s are not read at all (dom.ts), and a link
 * dressed as one, by its class or its ARIA role, is the same control. Only a short label: a card or teaser
 * wrapped in a link named so holds more text, or a heading. Run once the containers are chosen, like the
 * repeated calls to action (repeated-links.ts): a page's buttons weigh in the choice of its region.
 */

// `cta`: a call to action by name ("hero-cta", "cta-link").
const BUTTON_WORDS = new Set(['button', 'btn', 'cta']);
const MAX_LABEL = 40;

/** True for a link named as a button, or given a button's role, whose label is a call to action's length. */
export function isButtonLink(el: HtmlElement): boolean {
  if (el.tag !== 'a' || el.textLen === 0 || el.textLen > MAX_LABEL || el.headingLen > 0) return false;
  // ARIA's button role: controls.ts drops the shortest ones before the choice; a disclosure trigger stays.
  return namedBy(el, BUTTON_WORDS) || isActionButton(el);
}

/** Removes, under `roots`, the links named as buttons (isButtonLink). */
export function dropButtonLinks(roots: Iterable<HtmlElement>): void {
  const links = new Set(collectOutermost(roots, (el) => (el.tag !== 'a' ? 'descend' : isButtonLink(el) ? 'take' : 'skip')));
  for (const el of links) removeSubtree(el);
}
