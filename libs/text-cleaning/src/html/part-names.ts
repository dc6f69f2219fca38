import type { HtmlElement } from './dom.js';

/*
 * A furniture word followed by a word naming an interface part ("dark-nav-btns" on a carousel of
 * products, "gallery-arrows" on a slider) says the block carries such parts (its navigation
 * buttons), not that it is navigation. Only for a block holding more text than a control's label:
 * the button itself ("share-btn", "menu-icon") is furniture.
 */

const PART_WORDS = new Set(['btn', 'btns', 'button', 'buttons', 'arrow', 'arrows', 'dots', 'control', 'controls', 'icon', 'icons']);
// A block with more text than a control's label (controls.ts) is not the part its name mentions.
const MIN_BLOCK_TEXT = 25;

/** Every furniture word of the name (per `isFurnitureWord`) is followed by a part word, on a block with text. */
export function namesPartsOnly(el: HtmlElement, words: readonly string[], isFurnitureWord: (w: string, i: number) => boolean): boolean {
  if (el.textLen <= MIN_BLOCK_TEXT) return false;
  let found = false;
  for (let i = 0; i < words.length; i++) {
    if (!isFurnitureWord(words[i] ?? '', i)) continue;
    if (!PART_WORDS.has(words[i + 1] ?? '')) return false;
    found = true;
  }
  return found;
}

// Words naming an item of a grid: an `info` part of one is the item's name and price.
const CARD_WORDS = new Set(['card', 'tile', 'product', 'item']);
const INFO = 'info';
const CAMEL_RE = /([a-z])([A-Z])/g;
const WORD_SPLIT_RE = /[^a-z0-9]+/;

/**
 * A block named `info` only as a part of a card ("product-card__info", "ProductCard-styled__Info"):
 * the card's name, price and colours, not a post's metadata ("post-info"). False when a class names
 * another short furniture word (per `isShortWord`) or the `info` of something else.
 */
export function namesCardInfo(cls: string | undefined, isShortWord: (w: string) => boolean): boolean {
  if (cls === undefined) return false;
  let found = false;
  for (const token of cls.replace(CAMEL_RE, '$1 $2').toLowerCase().split(/\s+/)) {
    const words = token.split(WORD_SPLIT_RE);
    const i = words.findIndex(isShortWord);
    if (i < 0) continue;
    if (words[i] !== INFO || !words.slice(0, i).some((w) => CARD_WORDS.has(w))) return false;
    found = true;
  }
  return found;
}
