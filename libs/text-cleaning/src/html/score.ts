import { classWeight } from './boilerplate.js';
import { isAncestor, type HtmlElement } from './dom.js';
import { hasBlockDescendant, linkDensity, measureText } from './stats.js';

/*
 * Readability's candidate scoring on the light tree: every paragraph-like block of 25+ characters
 * gives points (1 + commas + length/100, up to 3) to its ancestors, fading with the distance; the
 * best container, corrected by its link density, holds the article.
 */

const SCORED_TAGS = new Set(['p', 'pre', 'td', 'section', 'h2', 'h3', 'h4', 'h5', 'h6']);
// Phrasing content: runs of these directly inside a block-holding div read as paragraphs.
const PHRASING_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'del',
  'ins',
  'label',
]);
const MIN_PARAGRAPH_LEN = 25;
const MAX_ANCESTORS = 5;
const TOP_CANDIDATES = 5;
const MIN_ALTERNATIVES = 3;

function initialize(el: HtmlElement): void {
  el.scored = true;
  let s = classWeight(el);
  switch (el.tag) {
    case 'div':
      s += 5;
      break;
    case 'pre':
    case 'td':
    case 'blockquote':
      s += 3;
      break;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      s -= 3;
      break;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      s -= 5;
      break;
  }
  el.score = s;
}

/** Distributes a paragraph's points over its first ancestors, starting with `first`. */
function credit(first: HtmlElement | null, len: number, commas: number, scored: HtmlElement[]): void {
  if (len < MIN_PARAGRAPH_LEN) return;
  const points = 2 + commas + Math.min(Math.floor(len / 100), 3);
  let el = first;
  for (let level = 0; el !== null && level < MAX_ANCESTORS; level++, el = el.parent) {
    // The document element and the synthetic root take no score, as in readability.
    if (el.parent === null || el.parent.parent === null) break;
    if (!el.scored) {
      initialize(el);
      scored.push(el);
    }
    el.score += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
  }
}

function scoreRuns(div: HtmlElement, scored: HtmlElement[]): void {
  let len = 0;
  let commas = 0;
  const flush = (): void => {
    credit(div, len, commas, scored);
    len = 0;
    commas = 0;
  };
  for (const child of div.children) {
    if (typeof child === 'string') {
      const m = measureText(child);
      len += m.len;
      commas += m.commas;
    } else if (child.removed) {
      continue;
    } else if (PHRASING_TAGS.has(child.tag) && !hasBlockDescendant(child)) {
      len += child.textLen;
      commas += child.commas;
    } else {
      flush();
    }
  }
  flush();
}

function walk(el: HtmlElement, scored: HtmlElement[]): void {
  for (const child of el.children) {
    if (typeof child === 'string' || child.removed) continue;
    if (SCORED_TAGS.has(child.tag) || (child.tag === 'div' && !hasBlockDescendant(child))) {
      credit(child.parent, child.textLen, child.commas, scored);
    }
    if (child.tag === 'div' && hasBlockDescendant(child)) scoreRuns(child, scored);
    walk(child, scored);
  }
}

/** Scores the tree and returns the best container, or null when no paragraph was found. */
export function findTopCandidate(root: HtmlElement): HtmlElement | null {
  const scored: HtmlElement[] = [];
  walk(root, scored);
  if (scored.length === 0) return null;
  for (const el of scored) el.score *= 1 - linkDensity(el);
  const top = [...scored].sort((a, b) => b.score - a.score).slice(0, TOP_CANDIDATES);
  let best = top[0];
  if (best === undefined) return null;

  // Several near-best candidates under one ancestor: the article is split, take the ancestor.
  const alternatives = top.slice(1).filter((c) => c.score / best!.score >= 0.75);
  if (alternatives.length >= MIN_ALTERNATIVES) {
    for (let p = best.parent; p !== null && p.tag !== 'body' && p.parent !== null; p = p.parent) {
      let containing = 0;
      for (const alt of alternatives) if (isAncestor(p, alt)) containing++;
      if (containing >= MIN_ALTERNATIVES) {
        best = p;
        break;
      }
    }
  }
  // Climb while the parent scores better: the candidate was one part of a larger article.
  let lastScore = best.score;
  const threshold = lastScore / 3;
  for (let p = best.parent; p !== null && p.tag !== 'body' && p.parent !== null; p = p.parent) {
    if (!p.scored) continue;
    if (p.score < threshold) break;
    if (p.score > lastScore) {
      best = p;
      break;
    }
    lastScore = p.score;
  }
  // A wrapper around the candidate alone adds nothing but makes siblings reachable.
  while (best.parent !== null && best.parent.tag !== 'body' && best.parent.parent !== null && elementChildren(best.parent) === 1) {
    best = best.parent;
  }
  best = descendToCore(climbToProse(best));
  if (!best.scored) initialize(best);
  return best;
}

// The article goes on outside the candidate (sections in separate wrappers) when an ancestor adds
// this much paragraph text, nearly free of links, to it.
const MORE_PROSE_SHARE = 0.25;
const MORE_PROSE_MAX_LINKS = 0.15;
const MORE_PROSE_MIN_P = 0.6;

function climbToProse(candidate: HtmlElement): HtmlElement {
  let best = candidate;
  for (let p = best.parent; p !== null && p.tag !== 'body' && p.parent !== null; p = p.parent) {
    const extraText = p.textLen - best.textLen;
    const extraP = p.pLen - best.pLen;
    if (extraText <= 0) continue;
    const prose =
      extraP >= MORE_PROSE_SHARE * best.pLen &&
      (p.linkLen - best.linkLen) / extraText < MORE_PROSE_MAX_LINKS &&
      extraP / extraText > MORE_PROSE_MIN_P;
    if (!prose) break;
    best = p;
  }
  return best;
}

// A child holding this share of the candidate's paragraph text is the article; the rest of the
// candidate (page bottom, copyright, teaser blocks) came in with a too generous climb.
const CORE_SHARE = 0.9;
// ...provided it also holds most of the plain (non-link) text: <p> may be a minor part of the page.
const CORE_TEXT_SHARE = 0.75;

function plainText(el: HtmlElement): number {
  return el.textLen - el.linkLen;
}

function descendToCore(candidate: HtmlElement): HtmlElement {
  let cur = candidate;
  for (;;) {
    if (cur.pLen === 0) return cur;
    let next: HtmlElement | null = null;
    for (const c of cur.children) {
      if (typeof c === 'string' || c.removed || !hasBlockDescendant(c)) continue;
      if (c.pLen >= CORE_SHARE * cur.pLen && plainText(c) >= CORE_TEXT_SHARE * plainText(cur)) next = c;
    }
    if (next === null) return cur;
    cur = next;
  }
}

function elementChildren(el: HtmlElement): number {
  let n = 0;
  for (const c of el.children) if (typeof c !== 'string' && !c.removed) n++;
  return n;
}
