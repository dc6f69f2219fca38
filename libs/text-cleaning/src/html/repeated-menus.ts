import { collectOutermost, foldedText, type HtmlElement } from './dom.js';
import { groupBy, templateOf } from './grid.js';
import { linkDensity, removeSubtree } from './stats.js';

/*
 * A menu printed under every item: a forum prints its author menu ("View Profile", "View Forum
 * Posts") or its action bar ("Reply", "Quote", "Report") in each post. Lists of one template made
 * only of links, with the same text in MIN_COPIES places, are that menu; a listing's link cards
 * differ from each other and stay.
 */

const MENU_TAGS = new Set(['ul', 'ol']);
const MIN_MENU_LINK_DENSITY = 0.9;
const MAX_MENU_LEN = 300;
const MIN_COPIES = 3;
// A menu offers a choice: one link repeated (a post's date, the same day for several posts) is data.
const MIN_MENU_ITEMS = 2;

function isMenu(el: HtmlElement): boolean {
  return (
    MENU_TAGS.has(el.tag) &&
    el.listItems >= MIN_MENU_ITEMS &&
    el.textLen > 0 &&
    el.textLen <= MAX_MENU_LEN &&
    linkDensity(el) >= MIN_MENU_LINK_DENSITY
  );
}

/** Removes link lists repeated with the same text (MIN_COPIES or more) under one template. */
export function dropRepeatedMenus(root: HtmlElement): void {
  const menus = collectOutermost([root], (el) => (isMenu(el) ? 'take' : 'descend'));
  const groups = groupBy(menus, (el) => `${templateOf(el)}\u0000${foldedText(el)}`);
  for (const group of groups.values()) if (group.length >= MIN_COPIES) for (const el of group) removeSubtree(el);
}
