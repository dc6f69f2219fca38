import { isAncestor, type HtmlElement } from './dom.js';
import { findCardGrid } from './grid.js';
import { withArticleFeed } from './article-feed.js';
import { pricedGridBeside } from './priced-grid.js';
import { siblingPanels } from './tabs.js';
import { hasFewPlainText } from './few-plain.js';
import { ParagraphWriter } from './render.js';
import { linkDensity } from './stats.js';

/*
 * What part of the page is rendered. A prose page (an article, a documentation page) is the top
 * candidate and its sibling blocks, as readability selects them, and blocks inside that look like
 * furniture are skipped. Other pages (a forum thread, a listing, a product, a service page) spread
 * their content over many blocks that the scoring of paragraphs does not see: there the content is
 * the smallest region around the top candidate that holds most of the page's non-link text, and
 * it is rendered whole (the furniture was pruned before). A page of link cards (teasers wrapped
 * whole in <a>) has its content in link text: there the region is found on all text.
 */

const SIBLING_SENTENCE_RE = /\.( |$)/;
// The region holds this share of the (pruned) page's non-link text.
const REGION_SHARE = 0.6;
// A prose page: the containers hold this share of the region's prose (long paragraphs: teasers
// and captions beside an article do not make it a listing)...
const PROSE_REGION_SHARE = 0.7;
// ...and their own text is mostly paragraphs.
const PROSE_TEXT_SHARE = 0.8;
// ...and they hold this share of the region's non-link text: one card's blurb in a product grid is
// not an article.
const ARTICLE_REGION_SHARE = 0.3;
// ...and are not mostly link text (a list of teasers is rendered whole, not judged as an article's parts).
const MAX_ARTICLE_LINK_SHARE = 0.5;
// A page whose text is this much link text, with its long paragraphs outside the non-link region.
const LINK_PAGE_DENSITY = 0.85;
const LINK_PAGE_PROSE_SHARE = 0.5;
// A page with less prose than this in its containers and a card grid GRID_TEXT_RATIO times their text is a collection.
const GRID_MAX_PROSE = 500;
const GRID_TEXT_RATIO = 3;

export interface RenderChoice {
  containers: HtmlElement[];
  /**
   * 'article': containers of a prose page, furniture-like blocks inside skipped; 'region': the
   * region holding most non-link text, rendered whole; 'links': a page of link cards, the region
   * holding most of all text, rendered whole.
   */
  mode: 'article' | 'region' | 'links';
}

function plainText(el: HtmlElement): number {
  return el.textLen - el.linkLen;
}

function innerText(el: HtmlElement): string {
  const w = new ParagraphWriter();
  w.element(el, () => false);
  return w.paragraphs.join(' ');
}

/** The top candidate and the siblings that belong to the same article (readability's rules). */
export function selectContainers(top: HtmlElement): HtmlElement[] {
  const parent = top.parent;
  if (parent === null) return [top];
  const threshold = Math.max(10, top.score * 0.2);
  const cls = top.attr('class') ?? '';
  const selected: HtmlElement[] = [];
  for (const sib of parent.children) {
    if (typeof sib === 'string' || sib.removed) continue;
    if (sib === top) {
      selected.push(sib);
      continue;
    }
    // An <article> is self-contained: the <article>s beside it are other stories.
    if (sib.tag === 'article' && top.tag === 'article') continue;
    const bonus = cls !== '' && sib.attr('class') === cls ? top.score * 0.2 : 0;
    if (sib.scored && sib.score + bonus >= threshold) {
      selected.push(sib);
    } else if (sib.tag === 'p') {
      const ld = linkDensity(sib);
      const len = sib.textLen;
      if (len > 80 && ld < 0.25) selected.push(sib);
      else if (len < 80 && len > 0 && ld === 0 && SIBLING_SENTENCE_RE.test(innerText(sib))) selected.push(sib);
    }
  }
  return selected;
}

/** The smallest ancestor of `from` (itself included) holding `share` of the body's `measure` (non-link text). */
export function regionAround(
  from: HtmlElement,
  body: HtmlElement,
  measure: (el: HtmlElement) => number,
  share = REGION_SHARE,
): HtmlElement {
  const needed = share * measure(body);
  let el = from;
  while (el !== body && el.parent !== null && measure(el) < needed) el = el.parent;
  return el;
}

/**
 * What to render; `product`: the page declares a product (product.ts), which is not an index of links;
 * `declared`: it declares an article, a product or a thread, and only then is its prose rendered as an article.
 */
export function chooseContainers(body: HtmlElement, top: HtmlElement | null, product = false, declared = true): RenderChoice {
  const choice = chooseRendering(body, top, product, declared);
  // A blog archive's feed of posts outside what was chosen (article-feed.ts).
  const withFeed = product ? null : withArticleFeed(body, choice.containers);
  return withFeed === null ? choice : { containers: withFeed, mode: choice.mode };
}

function chooseRendering(body: HtmlElement, top: HtmlElement | null, product: boolean, declared: boolean): RenderChoice {
  if (top === null) return { containers: [body], mode: 'region' };
  const containers = selectContainers(top);
  const region = regionAround(top, body, plainText);
  // A page of link cards (whole teasers inside <a>), or one with almost no text outside links (a title
  // and an intro line over an index of links: few-plain.ts): the content is link text, and the region
  // is found on all text. Not when the region holds the page's prose (a docs page beside a long menu).
  // A page without any prose holds none in its region either (the test was never met there).
  const linksPage = linkDensity(body) > LINK_PAGE_DENSITY || (!product && hasFewPlainText(body));
  if (linksPage && (body.longPLen === 0 || region.longPLen < LINK_PAGE_PROSE_SHARE * body.longPLen)) {
    return { containers: [regionAround(top, body, (el) => el.textLen)], mode: 'links' };
  }
  let pLen = 0;
  let longPLen = 0;
  let textLen = 0;
  let plain = 0;
  for (const el of containers) {
    pLen += el.pLen;
    longPLen += el.longPLen;
    textLen += el.textLen;
    plain += plainText(el);
  }
  const prose = longPLen >= PROSE_REGION_SHARE * region.longPLen && pLen >= PROSE_TEXT_SHARE * textLen;
  const article =
    declared && prose && plain >= ARTICLE_REGION_SHARE * plainText(region) && textLen - plain <= MAX_ARTICLE_LINK_SHARE * textLen;
  // The other panels of a tab set whose chosen panel is the top (tabs.ts), once the kind of page is known.
  if (article)
    return (
      (longPLen < GRID_MAX_PROSE ? withGrid(body, containers, textLen) : null) ??
      withPricedGrid(body, containers, textLen) ?? { containers: [...containers, ...siblingPanels(top)], mode: 'article' }
    );
  const regionEls = region === top ? [top, ...siblingPanels(top)] : [region];
  return withPricedGrid(body, regionEls, region.textLen) ?? besideGrid(body, region) ?? { containers: regionEls, mode: 'region' };
}

/** An intro beside a grid of priced product cards: a collection (priced-grid.ts). */
function withPricedGrid(body: HtmlElement, containers: readonly HtmlElement[], textLen: number): RenderChoice | null {
  const grid = pricedGridBeside(body, containers, textLen);
  return grid === null ? null : { containers: [...containers, grid], mode: 'links' };
}

// A grid outside the region with this many times its text is the page's list of items...
const GRID_BESIDE_REGION_RATIO = 1;
// ...when its cards hold text beside their links (a price, a blurb): a link list is a menu or an archive.
const GRID_BESIDE_MAX_LINK_DENSITY = 0.8;

/**
 * The region is found on non-link text; a listing's cards are mostly links (a name, a price), so
 * the region can be the category's description beside them. A grid outside the region holding
 * more text than it is the page's list: both are rendered.
 */
function besideGrid(body: HtmlElement, region: HtmlElement): RenderChoice | null {
  const grid = findCardGrid(body);
  if (grid === null || grid.textLen < GRID_BESIDE_REGION_RATIO * region.textLen || linkDensity(grid) > GRID_BESIDE_MAX_LINK_DENSITY)
    return null;
  if (grid === region || isAncestor(grid, region) || isAncestor(region, grid)) return null;
  return { containers: precedes(grid, region) ? [grid, region] : [region, grid], mode: 'region' };
}

/** Whether `a` comes before `b` in the document (neither holds the other). */
function precedes(a: HtmlElement, b: HtmlElement): boolean {
  const above = new Map<HtmlElement, HtmlElement>();
  for (let c = a; c.parent !== null; c = c.parent) above.set(c.parent, c);
  for (let c = b; c.parent !== null; c = c.parent) {
    const fromA = above.get(c.parent);
    if (fromA !== undefined) return c.parent.children.indexOf(fromA) < c.parent.children.indexOf(c);
  }
  return false;
}

/**
 * A page with little prose (an intro, a blurb) beside a grid of cards holding far more text is a
 * collection or a listing: the blurb and the grid are its content (see grid.ts).
 */
function withGrid(body: HtmlElement, containers: readonly HtmlElement[], textLen: number): RenderChoice | null {
  const grid = findCardGrid(body);
  if (grid === null || grid.textLen < GRID_TEXT_RATIO * textLen) return null;
  let inGrid = 0;
  for (const el of containers) {
    if (el === grid || isAncestor(el, grid)) return null;
    if (isAncestor(grid, el)) inGrid++;
  }
  // The 'article' is one card of the grid (a coupon's terms, a course's blurb): the grid is the page.
  if (inGrid === containers.length) return { containers: [grid], mode: 'links' };
  if (inGrid > 0) return null;
  return { containers: [...containers, grid], mode: 'links' };
}
