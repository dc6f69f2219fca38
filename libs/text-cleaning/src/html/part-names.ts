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
