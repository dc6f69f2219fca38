import { namedBy } from './boilerplate.js';
import { foldedText, isAncestor, type HtmlElement } from './dom.js';
import { templateOf } from './grid.js';
import { removeSubtree } from './stats.js';

/*
 * A block printed once for phones and once for desktops, apart in the page (a hero's text in a
 * "comparison-page-mobile" section and again in a "hide-for-mobile" one): CSS shows one of them.
 * twins.ts reads neighbouring copies once; copies anywhere are read once when a name says one is
 * a layout for a device and the copies differ in template (tag or class): a listing's items of one
 * template repeat on purpose (Bulma's "columns is-mobile" names a row's behaviour, not a copy). The
 * copy named so goes (the later one when both are).
 */

const DEVICE_WORDS = new Set(['mobile', 'desktop', 'tablet', 'phone']);
// Shorter blocks repeat by nature (a price, a button's label, a heading).
const MIN_TWIN_LEN = 80;

function visibleBlocks(root: HtmlElement, pick: (el: HtmlElement) => boolean): HtmlElement[] {
  const out: HtmlElement[] = [];
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    for (const c of el.children) {
      if (typeof c === 'string' || c.removed || c.textLen < MIN_TWIN_LEN) continue;
      if (pick(c)) out.push(c);
      stack.push(c);
    }
  }
  return out;
}

/** Removes the device-named copy of a block whose text the page prints elsewhere too (see above). */
export function dropDeviceTwins(root: HtmlElement): void {
  const named = visibleBlocks(root, (el) => namedBy(el, DEVICE_WORDS));
  if (named.length === 0) return;
  // Copies have the same length: only blocks of a named block's length are compared.
  const lengths = new Set(named.map((el) => el.textLen));
  const byLength = new Map<number, HtmlElement[]>();
  for (const el of visibleBlocks(root, (b) => lengths.has(b.textLen))) {
    const list = byLength.get(el.textLen);
    if (list === undefined) byLength.set(el.textLen, [el]);
    else list.push(el);
  }
  for (const el of named) {
    if (el.removed) continue;
    const text = foldedText(el);
    const twin = (byLength.get(el.textLen) ?? []).find(
      (o) =>
        o !== el &&
        !o.removed &&
        templateOf(o) !== templateOf(el) &&
        !isAncestor(o, el) &&
        !isAncestor(el, o) &&
        !removedAbove(o) &&
        foldedText(o) === text,
    );
    if (twin !== undefined) removeSubtree(el);
  }
}

function removedAbove(el: HtmlElement): boolean {
  for (let p = el.parent; p !== null; p = p.parent) if (p.removed) return true;
  return false;
}
