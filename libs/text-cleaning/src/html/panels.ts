import type { HtmlElement } from './dom.js';
import { linkDensity } from './stats.js';

/*
 * Content that the markup hides until the reader asks for it: the answers of an FAQ, the sections
 * of an accordion. Service, product and documentation pages fold much of their text that way, and
 * WCXB's references keep it. Two structural signs:
 * - a panel labelled by its trigger (`aria-labelledby`, the WAI-ARIA disclosure and accordion
 *   patterns), whatever hides it (`hidden`, `aria-hidden`, a collapsed style);
 * - an accordion list marked `role="tablist"` (Bootstrap's panel-group) that holds paragraphs: a
 *   tab bar holds only the tabs' short labels.
 * Menus and dropdowns are labelled by their button too: a panel made mostly of links stays hidden.
 */

const MAX_PANEL_LINK_DENSITY = 0.5;
const NOT_PANEL_ROLES = new Set(['dialog', 'alertdialog', 'menu', 'menubar', 'listbox', 'tooltip']);

/** A hidden block labelled by its trigger that is not a menu: a collapsed accordion or FAQ panel. */
export function isCollapsedPanel(el: HtmlElement): boolean {
  if (el.attr('aria-labelledby') === undefined || el.tag === 'dialog' || el.tag === 'nav') return false;
  const role = el.attr('role');
  if (role !== undefined && NOT_PANEL_ROLES.has(role.toLowerCase())) return false;
  return linkDensity(el) <= MAX_PANEL_LINK_DENSITY;
}

/** A `role="tablist"` element holding paragraphs of text is an accordion, not a bar of tabs. */
export function isAccordionList(el: HtmlElement): boolean {
  return el.longPLen > 0 && linkDensity(el) <= MAX_PANEL_LINK_DENSITY;
}

/**
 * A collapse wrapper: a block whose only element is a collapsed panel (Chakra's and Bootstrap's
 * `collapse` hide the wrapper and label the panel inside).
 */
export function wrapsCollapsedPanel(el: HtmlElement): boolean {
  let only: HtmlElement | null = null;
  for (const c of el.children) {
    if (typeof c === 'string') {
      if (c.trim() !== '') return false;
      continue;
    }
    if (only !== null) return false;
    only = c;
  }
  return only !== null && isCollapsedPanel(only);
}
