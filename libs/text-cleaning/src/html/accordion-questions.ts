import { ariaRole, type HtmlElement, type ParsedPage } from './dom.js';
import { HEADING_TAGS } from './stats.js';

/*
 * An accordion (an FAQ, a list of features) prints each question as a heading that is, or is inside, the
 * <button> opening its answer: `<h3><button aria-expanded>Question</button></h3>` or
 * `<button><h3>Question</h3></button>` (or ARIA's heading role). A button's label is the interface's
 * text, and dropping every button lost the questions whose answers the page keeps: a button tied to a
 * heading stays. The others ("Add to cart", "Menu", a navigation tree's folders) leave the tree before
 * any pass reads it.
 */

function isHeading(el: HtmlElement): boolean {
  return HEADING_TAGS.has(el.tag) || ariaRole(el) === 'heading';
}

function holdsHeading(el: HtmlElement): boolean {
  for (const c of el.children) if (typeof c !== 'string' && (isHeading(c) || holdsHeading(c))) return true;
  return false;
}

/** True for a button that is a heading's label: inside a heading, or holding one. */
export function isHeadingButton(button: HtmlElement): boolean {
  return (button.parent !== null && isHeading(button.parent)) || holdsHeading(button);
}

/** Takes out of the tree the buttons tied to no heading (call before computing the stats). */
export function keepHeadingButtons(page: ParsedPage): void {
  for (const button of page.buttons) {
    if (isHeadingButton(button)) continue;
    const siblings = button.parent?.children ?? [];
    const i = siblings.indexOf(button);
    if (i >= 0) siblings.splice(i, 1);
  }
}
