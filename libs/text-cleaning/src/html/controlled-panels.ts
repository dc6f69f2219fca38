import type { HtmlElement, ParsedPage } from './dom.js';
import { linkDensity } from './stats.js';

/*
 * The other direction of the WAI-ARIA disclosure and accordion patterns: the trigger names its
 * panel (`aria-controls` on a button with `aria-expanded`) and the panel carries only an id, hidden
 * (`aria-hidden`, `hidden`, a collapsed style) until the reader opens it. panels.ts reads panels
 * that name their trigger (`aria-labelledby`); these are the same content, an accordion's sections
 * or an FAQ's answers. A menu or a drawer of links opened the same way stays hidden, and so do
 * dialogs, navigation and forms.
 */

const MAX_PANEL_LINK_DENSITY = 0.5;
const NOT_PANEL_ROLES = new Set(['dialog', 'alertdialog', 'menu', 'menubar', 'listbox', 'tooltip', 'navigation']);
const NOT_PANEL_TAGS = new Set(['nav', 'form']);

// The ids the page's triggers control, by the page's root (the parser reads them: <button>s are not in the tree).
const controlledByRoot = new WeakMap<HtmlElement, ReadonlySet<string>>();

/** Makes the page's controlled ids known to isControlledPanel. */
export function registerControlledIds(page: ParsedPage): void {
  if (page.controlledIds.size > 0) controlledByRoot.set(page.root, page.controlledIds);
}

function controlledIds(el: HtmlElement): ReadonlySet<string> | undefined {
  let root = el;
  while (root.parent !== null) root = root.parent;
  return controlledByRoot.get(root);
}

/** A hidden block that a disclosure trigger controls and that is not a menu: a collapsed panel. */
export function isControlledPanel(el: HtmlElement): boolean {
  const id = el.attr('id');
  if (id === undefined || id === '' || NOT_PANEL_TAGS.has(el.tag)) return false;
  const role = el.attr('role');
  if (role !== undefined && NOT_PANEL_ROLES.has(role.toLowerCase())) return false;
  return linkDensity(el) <= MAX_PANEL_LINK_DENSITY && controlledIds(el)?.has(id) === true;
}
