import type { HtmlElement } from './dom.js';

/*
 * HTML's <label> is "a caption in a user interface" for a form control: the inputs, checkboxes and
 * selects themselves are not in the tree (dom.ts), their captions are. On a card they are its
 * controls ("Compare", "Quick shop", "Select your size"), elsewhere a quiz's options, a filter's
 * choices, the toggles of a CSS-only accordion: the interface's text, not the page's.
 */

// A caption is phrasing content: a longer "label" is a page misusing the element around its text.
const MAX_LABEL_LEN = 200;

/** A form control's caption (see above). */
export function isControlLabel(el: HtmlElement): boolean {
  return el.tag === 'label' && el.textLen <= MAX_LABEL_LEN;
}
