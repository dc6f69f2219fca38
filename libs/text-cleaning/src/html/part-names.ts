import { keptText, type HtmlElement } from './dom.js';
import { PRICE_RE } from './prices.js';

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
 * another short furniture word (per `isShortWord`) or the `info` of something else, unless `priced`
 * (read only then) says the block is a card's link to its product (isPricedLink: "c-ptf__info").
 */
export function namesCardInfo(cls: string | undefined, isShortWord: (w: string) => boolean, priced: () => boolean = () => false): boolean {
  if (cls === undefined) return false;
  let found = false;
  // An `info` named without a card word before it.
  let plain = false;
  for (const token of cls.replace(CAMEL_RE, '$1 $2').toLowerCase().split(/\s+/)) {
    const words = token.split(WORD_SPLIT_RE);
    const i = words.findIndex(isShortWord);
    if (i < 0) continue;
    if (words[i] !== INFO) return false;
    if (words.slice(0, i).some((w) => CARD_WORDS.has(w))) found = true;
    else plain = true;
  }
  return plain ? priced() : found;
}

// A card's link holds mostly link text.
const PRICED_LINK_DENSITY = 0.5;

/**
 * A block that is mostly link text and shows a price: a product card's link (its name and price), which
 * a post's metadata ("post__info": a date, an author) or a product page's shipping line is not.
 */
export function isPricedLink(el: HtmlElement): boolean {
  return el.linkLen > PRICED_LINK_DENSITY * el.textLen && PRICE_RE.test(keptText(el));
}
