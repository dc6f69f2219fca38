import { foldedText, isAncestor, type HtmlElement } from './dom.js';
import { removeSubtree } from './stats.js';

/*
 * A block printed once for phones and once for desktops, apart in the page (a hero's text in a
 * "comparison-page-mobile" section and again in a "hide-for-mobile" one): CSS shows one of them.
 * twins.ts reads neighbouring copies once; in the chosen containers, copies anywhere are read once
 * when a name says one is laid out for some screens: a device word ("tablet-view", "hide-for-mobile")
 * or a responsive display class ("d-none d-md-block"). Copies may differ by a heading or a line, and
 * must differ in template beyond such a class: a listing's items of one template repeat on purpose
 * (Bulma's "columns is-mobile" names a row's behaviour, not a copy). The desktop copy stays, as a
 * reader at a desktop (and WCXB's annotators) sees it; otherwise the copy named for some screens goes.
 */

// A class or id naming the screens a block is for: "hide-for-mobile", "elementor-hidden-desktop",
// "visible-on-tablet", "mobile-only", or the device alone ("mobile", "desktop"). Not a device word
// inside a setting ("elementor-reverse-tablet", "grid-mobile-1", "mobileFullWidth", Bulma's "is-mobile").
const VISIBILITY_NAME_RE = /(?:^|[-_])(hide|hidden|show|visible)[-_](?:for[-_]|on[-_])?(mobile|tablet|phone|desktop)s?$/;
const DEVICE_NAME_RE = /^(?:.*[-_])?(mobile|tablet|phone|desktop)[-_]only$|^(mobile|tablet|phone|desktop)$/;
const CAMEL_RE = /([a-z])([A-Z])/g;
// Responsive display classes (Bootstrap 3-5, Foundation): shown on small screens only, or on large ones only.
const SMALL_ONLY_RE = anyOf([
  'd-(?:md|lg|xl|xxl)-none',
  'hidden-(?:md|lg|xl)',
  'visible-(?:xs|sm)(?:-block|-inline|-inline-block)?',
  'show-for-small(?:-only)?',
  'hide-for-(?:medium|large|xlarge)(?:-up)?',
]);
const LARGE_ONLY_RE = anyOf([
  'd-(?:md|lg|xl|xxl)-(?:block|flex|grid|inline|inline-block|inline-flex)',
  'hidden-(?:xs|sm)',
  'visible-(?:md|lg|xl)(?:-block|-inline|-inline-block)?',
  'hide-for-small(?:-only)?',
  'show-for-(?:medium|large|xlarge)(?:-up|-only)?',
]);

// What every name above contains.
const LAYOUT_HINT_RE = /mobile|tablet|phone|desktop|d-(?:sm|md|lg|xl)|hidden-|visible-|-for-/i;

/** A whole class name matching one of the patterns. */
function anyOf(patterns: readonly string[]): RegExp {
  return new RegExp(`^(?:${patterns.join('|')})$`);
}

// Shorter blocks repeat by nature (a price, a button's label, a heading).
const MIN_TWIN_LEN = 80;
// Copies differ by a heading or a line (the desktop layout's title, the phone's "Read more"): their
// lengths by at most this share, their words by at most 1 - SAME_WORDS_SHARE of the larger's.
const MAX_LENGTH_GAP = 0.1;
const SAME_WORDS_SHARE = 0.9;
const WORD_RE = /[\p{L}\p{N}_]+/gu;

type Layout = 'small' | 'large';

function layoutByName(name: string | undefined): Layout | null {
  if (name === undefined) return null;
  for (const raw of name.split(' ')) {
    const token = raw.replace(CAMEL_RE, '$1-$2').toLowerCase();
    const seen = VISIBILITY_NAME_RE.exec(token);
    if (seen !== null) {
      const shown = seen[1] === 'show' || seen[1] === 'visible';
      return (seen[2] === 'desktop') === shown ? 'large' : 'small';
    }
    const device = DEVICE_NAME_RE.exec(token);
    if (device !== null) return (device[1] ?? device[2]) === 'desktop' ? 'large' : 'small';
  }
  return null;
}

/** The screens a block's name says it is laid out for, or null: WCXB's references are read on a desktop. */
export function layoutOf(el: HtmlElement): Layout | null {
  const cls = el.attr('class');
  const id = el.attr('id');
  // Most names hold none of the words or classes: they are not split.
  if (!(cls !== undefined && LAYOUT_HINT_RE.test(cls)) && !(id !== undefined && LAYOUT_HINT_RE.test(id))) return null;
  if (cls !== undefined)
    for (const c of cls.split(' ')) {
      if (SMALL_ONLY_RE.test(c)) return 'small';
      if (LARGE_ONLY_RE.test(c)) return 'large';
    }
  return layoutByName(cls) ?? layoutByName(id);
}

/** The blocks under `root` (itself included) long enough to be copies, that `pick` accepts. */
function visibleBlocks(root: HtmlElement, pick: (el: HtmlElement) => boolean): HtmlElement[] {
  const out: HtmlElement[] = root.removed || root.textLen < MIN_TWIN_LEN || !pick(root) ? [] : [root];
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

/**
 * Removes one copy of a block that the chosen containers print twice, one copy named for some
 * screens (see above). After the containers are chosen: a copy outside them is not read anyway.
 */
export function dropDeviceTwins(containers: Iterable<HtmlElement>): void {
  const roots = [...containers];
  const named = roots.flatMap((root) => visibleBlocks(root, (el) => layoutOf(el) !== null));
  if (named.length === 0) return;
  // Copies have about the same length: only blocks of about a named block's length are compared.
  const blocks = roots.flatMap((root) => visibleBlocks(root, () => true)).sort((a, b) => a.textLen - b.textLen);
  // Each block's words are read once: a listing's rows named "is-mobile" meet the same candidates.
  const bags = new Map<HtmlElement, Map<string, number>>();
  const bagOf = (el: HtmlElement): Map<string, number> => {
    let bag = bags.get(el);
    if (bag === undefined) bags.set(el, (bag = wordBag(foldedText(el))));
    return bag;
  };
  for (const el of named) {
    if (el.removed || removedAbove(el)) continue;
    const low = el.textLen * (1 - MAX_LENGTH_GAP);
    const high = el.textLen * (1 + MAX_LENGTH_GAP);
    for (let i = firstAtLeast(blocks, low); i < blocks.length && blocks[i]!.textLen <= high; i++) {
      const o = blocks[i]!;
      if (o === el || o.removed || sameTemplate(o, el) || isAncestor(o, el) || isAncestor(el, o) || removedAbove(o)) continue;
      if (sameWords(bagOf(el), bagOf(o))) {
        // The desktop layout stays: the copy for small screens goes, or the other when this one is for large screens.
        removeSubtree(layoutOf(el) === 'large' && layoutOf(o) !== 'large' ? o : el);
        break;
      }
    }
  }
}

/** One template but for a class naming the screens (a grid's card "mobileFullWidth" beside the others). */
function sameTemplate(a: HtmlElement, b: HtmlElement): boolean {
  return a.tag === b.tag && layoutFree(a) === layoutFree(b);
}

function layoutFree(el: HtmlElement): string {
  const cls = el.attr('class');
  if (cls === undefined) return '';
  return cls
    .split(' ')
    .filter((c) => c !== '' && !SMALL_ONLY_RE.test(c) && !LARGE_ONLY_RE.test(c) && layoutByName(c) === null)
    .join(' ');
}

/** Index of the first block at least `len` long (blocks sorted by length). */
function firstAtLeast(blocks: readonly HtmlElement[], len: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.textLen < len) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of text.match(WORD_RE) ?? []) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

/** Whether two word bags share SAME_WORDS_SHARE of the larger one's words (a heading added or moved). */
function sameWords(a: Map<string, number>, b: Map<string, number>): boolean {
  let shared = 0;
  let sizeA = 0;
  let sizeB = 0;
  for (const n of b.values()) sizeB += n;
  for (const [w, n] of a) {
    sizeA += n;
    shared += Math.min(n, b.get(w) ?? 0);
  }
  return shared >= SAME_WORDS_SHARE * Math.max(sizeA, sizeB);
}

function removedAbove(el: HtmlElement): boolean {
  for (let p = el.parent; p !== null; p = p.parent) if (p.removed) return true;
  return false;
}
