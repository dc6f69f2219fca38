import type { HtmlElement } from './dom.js';

/*
 * Text statistics of every subtree in one post-order pass: text length (whitespace runs count as
 * one character), text inside links, commas, and whether a block element sits somewhere below.
 */

// Readability's DIV_TO_P_ELEMS: a div holding none of these reads like a paragraph.
export const BLOCK_CHILD_TAGS = new Set([
  'blockquote',
  'dl',
  'div',
  'img',
  'ol',
  'p',
  'pre',
  'table',
  'ul',
  'section',
  'article',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/** A paragraph this long reads as prose (shorter ones are captions, teasers, labels). */
export const LONG_P_LEN = 80;

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export interface TextMeasure {
  len: number;
  commas: number;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
}

/*
 * A text with none of the spaces above but single ' ' inside, and no full-width comma: its collapsed,
 * trimmed length is its length. Most text nodes of prose read so (99 % of a bench page's characters): a
 * native scan tells them, and the commas are found by indexOf, where the loop below read each character.
 */
const NOT_PLAIN_RE = /[\t\n\f\r\u00a0\uff0c\u3001]| {2}/;

/** Collapsed, trimmed length and comma count of a raw text node, without allocating. */
export function measureText(text: string): TextMeasure {
  const n = text.length;
  if (n > 0 && text.charCodeAt(0) !== 32 && text.charCodeAt(n - 1) !== 32 && !NOT_PLAIN_RE.test(text)) {
    let commas = 0;
    for (let at = text.indexOf(','); at >= 0; at = text.indexOf(',', at + 1)) commas++;
    return { len: n, commas };
  }
  let len = 0;
  let commas = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      pendingSpace = len > 0;
      continue;
    }
    if (pendingSpace) {
      len++;
      pendingSpace = false;
    }
    len++;
    if (c === 44 || c === 0xff0c || c === 0x3001) commas++;
  }
  return { len, commas };
}

export function hasBlockDescendant(el: HtmlElement): boolean {
  return el.hasBlock;
}

function measureOwnText(el: HtmlElement): void {
  let len = 0;
  let commas = 0;
  for (const child of el.children) {
    if (typeof child !== 'string') continue;
    const m = measureText(child);
    len += m.len;
    commas += m.commas;
  }
  el.ownTextLen = len;
  el.ownCommas = commas;
}

/** Fills textLen, linkLen and commas of el and its subtree; removed subtrees count for nothing. */
export function computeStats(el: HtmlElement): void {
  for (const child of el.children) if (typeof child !== 'string' && !child.removed) computeStats(child);
  aggregate(el);
}

/** Marks el as removed and its ancestors' stats as out of date (refreshStats brings them up to date). */
export function removeSubtree(el: HtmlElement): void {
  el.removed = true;
  for (let p = el.parent; p !== null && !p.stale; p = p.parent) p.stale = true;
}

/** Undoes removeSubtree: el's own stats are still those of its subtree, its ancestors' are out of date. */
export function restoreSubtree(el: HtmlElement): void {
  el.removed = false;
  for (let p = el.parent; p !== null && !p.stale; p = p.parent) p.stale = true;
}

/** Recomputes the stats of the elements above a removal since the last computation; the same as computeStats. */
export function refreshStats(el: HtmlElement): void {
  if (!el.stale) return;
  for (const child of el.children) if (typeof child !== 'string' && !child.removed) refreshStats(child);
  aggregate(el);
}

/** The stats of el from its own text and its children's stats. */
function aggregate(el: HtmlElement): void {
  if (el.ownTextLen < 0) measureOwnText(el);
  let text = el.ownTextLen;
  let link = 0;
  let commas = el.ownCommas;
  let block = false;
  let paragraphs = 0;
  let images = 0;
  let listItems = 0;
  let inputs = 0;
  let headingLen = 0;
  let listLen = 0;
  let pLen = 0;
  let longPLen = 0;
  for (const child of el.children) {
    if (typeof child === 'string' || child.removed) continue;
    text += child.textLen;
    link += child.linkLen;
    commas += child.commas;
    paragraphs += child.paragraphs;
    images += child.images;
    listItems += child.listItems;
    inputs += child.inputs;
    headingLen += child.headingLen;
    listLen += child.listLen;
    pLen += child.pLen;
    longPLen += child.longPLen;
    if (child.hasBlock || BLOCK_CHILD_TAGS.has(child.tag)) block = true;
  }
  if (el.tag === 'a') {
    // In-page anchors ("#section") are weaker evidence of navigation than links away.
    link = el.attr('href')?.startsWith('#') === true ? text * 0.3 : text;
  }
  el.textLen = text;
  el.linkLen = Math.min(link, text);
  el.commas = commas;
  const tag = el.tag;
  // Readability turns divs without block children into paragraphs before counting them.
  const paragraphLike = tag === 'p' || (tag === 'div' && !block && text > 0);
  el.paragraphs = paragraphs + (paragraphLike ? 1 : 0);
  el.images = images + (tag === 'img' ? 1 : 0);
  el.listItems = listItems + (tag === 'li' ? 1 : 0);
  el.inputs = inputs + (tag === 'input' ? 1 : 0);
  el.headingLen = HEADING_TAGS.has(tag) ? text : headingLen;
  el.listLen = tag === 'ul' || tag === 'ol' ? text : listLen;
  el.pLen = tag === 'p' ? text : pLen;
  el.longPLen = tag === 'p' ? (text >= LONG_P_LEN ? text : 0) : longPLen;
  el.hasBlock = block;
  el.stale = false;
}

export function linkDensity(el: HtmlElement): number {
  return el.textLen === 0 ? 0 : el.linkLen / el.textLen;
}
