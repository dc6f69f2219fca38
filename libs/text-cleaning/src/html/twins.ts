import type { HtmlElement } from './dom.js';
import { removeSubtree } from './stats.js';

/*
 * Responsive twins: sites render one item twice, side by side, a layout for small screens and one
 * for large ones, and let CSS show one of them (an event card's mobile and desktop versions, a
 * product description in a tab and in an accordion). The reader sees it once; the text extracted
 * from the markup holds it twice. Of two neighbouring siblings where every word of one is a word of
 * the other, the one with fewer words goes. Neighbours only: a grid's cards, a thread's posts or a
 * table's rows differ from the one beside them.
 */

// Shorter blocks repeat by nature ("Read more", "Free", a price).
const MIN_TWIN_LEN = 25;
// The smaller twin holds at least this share of the larger one's text.
const MIN_TWIN_SHARE = 0.5;
const WORD_RE = /[\p{L}\p{N}_]+/gu;
// A twin with fewer words than the other is dropped only among layout blocks (and a card's overlay
// link repeating its name): list items, table cells and paragraphs beside each other differ by a
// word that matters ("Accepted" and "Not accepted"). Identical neighbours of any tag are twins (a
// ticker's items doubled for its loop, an example sentence given twice).
const TWIN_TAGS = new Set(['div', 'section', 'article', 'aside', 'ul', 'ol', 'dl', 'table', 'figure', 'a']);
// Marks a subtree holding code: documentation shows one example per language or version in tabs,
// nearly the same words, and all of them are content.
const CODE = new Map<string, number>([['\u0000code', 1]]);

/** Removes the smaller of two neighbouring sibling blocks whose words are all in the other. */
export function dropTwinSiblings(root: HtmlElement): void {
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    // A twin removed after it was queued.
    if (el.removed) continue;
    let prev: HtmlElement | null = null;
    let prevLetters: Int32Array | null = null;
    let prevBag: Map<string, number> | null = null;
    for (const c of el.children) {
      if (typeof c === 'string' || c.removed || c.textLen === 0) continue;
      let letters: Int32Array | null = null;
      let bag: Map<string, number> | null = null;
      const subset = prev !== null && TWIN_TAGS.has(prev.tag) && TWIN_TAGS.has(c.tag);
      // Other tags are twins only when identical: the same words, spaced alike.
      if (prev !== null && isTwinCandidate(prev, c) && (subset || c.textLen === prev.textLen)) {
        const laterSmaller = c.textLen <= prev.textLen;
        // Most neighbours differ in their letters already: counting them is cheaper than words.
        prevLetters ??= letterCounts(prev);
        letters = letterCounts(c);
        if (laterSmaller ? fewerLetters(letters, prevLetters) : fewerLetters(prevLetters, letters)) {
          prevBag ??= wordBag(prev);
          bag = wordBag(c);
          if (laterSmaller ? contains(prevBag, bag, subset) : contains(bag, prevBag, subset)) {
            // The smaller twin goes; the larger one stays the neighbour of the next sibling.
            if (laterSmaller) {
              removeSubtree(c);
              continue;
            }
            removeSubtree(prev);
          }
        }
      }
      stack.push(c);
      prev = c;
      prevLetters = letters;
      prevBag = bag;
    }
  }
}

function isTwinCandidate(a: HtmlElement, b: HtmlElement): boolean {
  // Two renderings of one item are two templates; one template met twice is an item listed twice
  // (a job posted again, a language pivot of the same note), which the page shows twice.
  if (a.tag === b.tag && a.attr('class') === b.attr('class')) return false;
  const small = Math.min(a.textLen, b.textLen);
  return small >= MIN_TWIN_LEN && small >= MIN_TWIN_SHARE * Math.max(a.textLen, b.textLen);
}

/** Counts of the ASCII letters (case folded) and digits of el's text: words within words imply letters within letters. */
function letterCounts(el: HtmlElement): Int32Array {
  const counts = new Int32Array(36);
  const stack: HtmlElement[] = [el];
  while (stack.length > 0) {
    const e = stack.pop()!;
    for (const c of e.children) {
      if (typeof c !== 'string') {
        if (!c.removed) stack.push(c);
        continue;
      }
      for (let i = 0; i < c.length; i++) {
        const code = c.charCodeAt(i) | 32;
        if (code >= 97 && code <= 122) counts[code - 97]!++;
        else if (code >= 48 && code <= 57) counts[code - 22]!++;
      }
    }
  }
  return counts;
}

function fewerLetters(small: Int32Array, large: Int32Array): boolean {
  for (let i = 0; i < small.length; i++) if (small[i]! > large[i]!) return false;
  return true;
}

/** The words of el's text with their counts, or CODE when it holds a code block. */
function wordBag(el: HtmlElement): Map<string, number> {
  const bag = new Map<string, number>();
  const stack: HtmlElement[] = [el];
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (e.tag === 'pre') return CODE;
    for (const c of e.children) {
      if (typeof c !== 'string') {
        if (!c.removed) stack.push(c);
        continue;
      }
      for (const w of c.toLowerCase().match(WORD_RE) ?? []) bag.set(w, (bag.get(w) ?? 0) + 1);
    }
  }
  return bag;
}

/** Every word of `small` is in `large` as often (and, unless `subset`, the two are the same bag). */
function contains(large: ReadonlyMap<string, number>, small: ReadonlyMap<string, number>, subset: boolean): boolean {
  if (large === CODE || small === CODE) return false;
  if (!subset && large.size !== small.size) return false;
  for (const [w, n] of small) {
    const m = large.get(w) ?? 0;
    if (m < n || (!subset && m !== n)) return false;
  }
  return true;
}
