import type { HtmlElement } from './dom.js';
import { templateOf } from './grid.js';
import { linkDensity } from './stats.js';
import { holdsPanels } from './accordion-panels.js';

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

/**
 * A `role="tablist"` element holding paragraphs of text, or its panels, is an accordion, not a bar
 * of tabs: ARIA puts a tab bar's panels outside it (accordion-panels.ts).
 */
export function isAccordionList(el: HtmlElement): boolean {
  return (el.longPLen > 0 || holdsPanels(el)) && linkDensity(el) <= MAX_PANEL_LINK_DENSITY;
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

// A question (the visible trigger before a folded answer) is a line or two, not a block of text.
const MAX_QUESTION_LEN = 200;
// Items of one template in an FAQ list.
const MIN_FOLDED_ITEMS = 2;

function previousElement(el: HtmlElement): HtmlElement | null {
  const parent = el.parent;
  if (parent === null) return null;
  let prev: HtmlElement | null = null;
  for (const c of parent.children) {
    if (c === el) return prev;
    if (typeof c !== 'string') prev = c;
  }
  return null;
}

function sameTemplateSiblings(el: HtmlElement, pick: (c: HtmlElement) => boolean): number {
  const parent = el.parent;
  if (parent === null) return 0;
  const key = templateOf(el);
  let n = 0;
  for (const c of parent.children) if (typeof c !== 'string' && templateOf(c) === key && pick(c)) n++;
  return n;
}

/** How boilerplate.ts reads visibility: in all (panels included), and by attributes alone. */
export interface FoldVisibility {
  hidden: (el: HtmlElement) => boolean;
  hiddenAttributes: (el: HtmlElement) => boolean;
}

/**
 * An FAQ's folded answer without ARIA: a hidden block of text right after a short visible line
 * (the question that opens it), in a list of such items: hidden blocks of its template beside it
 * (question, answer, question, answer), or items of a named template (`class`) beside its own,
 * each holding a hidden block. A dropdown menu is made of links and stays hidden.
 */
export function isFoldedAnswer(el: HtmlElement, visibility: FoldVisibility): boolean {
  const { hidden, hiddenAttributes } = visibility;
  if (el.textLen === 0 || linkDensity(el) > MAX_PANEL_LINK_DENSITY) return false;
  const question = previousElement(el);
  // The question is a line, shorter than its answer (not a panel or a paragraph before a hidden notice).
  if (question === null || question.textLen === 0 || question.textLen > MAX_QUESTION_LEN || question.textLen >= el.textLen) return false;
  if (linkDensity(question) > MAX_PANEL_LINK_DENSITY || hidden(question)) return false;
  if (sameTemplateSiblings(el, hiddenAttributes) >= MIN_FOLDED_ITEMS) return true;
  const item = el.parent;
  if (item === null || item.attr('class') === undefined) return false;
  return sameTemplateSiblings(item, (c) => c.children.some((g) => typeof g !== 'string' && hiddenAttributes(g))) >= MIN_FOLDED_ITEMS;
}
