import { isAncestor, type HtmlElement } from './dom.js';
import { HEADING_TAGS } from './stats.js';

/*
 * A feed of posts: sibling <article> elements, each a self-contained composition under its own
 * heading (HTML's own example is a blog's list of entries). A blog's archive or category page is
 * an intro over such a feed of teasers; its cards differ in class (WordPress writes each post's id
 * and categories there), so they are no grid of one template, and their titles are links, so the
 * region of non-link text leaves them out. A long feed outside the chosen containers is the page's
 * list of items and is rendered with them. A story's "related posts" are a short run of articles (3
 * to 6 on the development split's articles); an archive page prints a page of posts (10 by default
 * in WordPress).
 */

// Sibling <article>s that make a feed, and the share of them holding a heading.
const FEED_MIN_ARTICLES = 8;
const FEED_HEADED_SHARE = 0.8;
// Text of the feed under which it is a strip of thumbnails, not a list of items.
const FEED_MIN_TEXT = 200;

function holdsHeading(el: HtmlElement): boolean {
  const stack: HtmlElement[] = [el];
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (e.removed) continue;
    if (HEADING_TAGS.has(e.tag)) return true;
    for (const c of e.children) if (typeof c !== 'string') stack.push(c);
  }
  return false;
}

/** The longest feed of sibling <article>s in `root` (removed parts excluded), or null. */
export function findArticleFeed(root: HtmlElement): HtmlElement[] | null {
  let best: HtmlElement[] | null = null;
  let bestText = 0;
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    const articles: HtmlElement[] = [];
    for (const c of el.children) {
      if (typeof c === 'string' || c.removed) continue;
      if (c.tag === 'article') articles.push(c);
      else stack.push(c);
    }
    if (articles.length < FEED_MIN_ARTICLES) continue;
    let text = 0;
    let headed = 0;
    for (const a of articles) {
      text += a.textLen;
      if (holdsHeading(a)) headed++;
    }
    if (headed >= FEED_HEADED_SHARE * articles.length && text >= FEED_MIN_TEXT && text > bestText) {
      best = articles;
      bestText = text;
    }
  }
  return best;
}

function inArticle(el: HtmlElement): boolean {
  for (let e: HtmlElement | null = el; e !== null; e = e.parent) if (e.tag === 'article') return true;
  return false;
}

/** Document position of each element, for ordering containers. */
function positions(root: HtmlElement): Map<HtmlElement, number> {
  const order = new Map<HtmlElement, number>();
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    order.set(el, order.size);
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (typeof c !== 'string') stack.push(c);
    }
  }
  return order;
}

/**
 * The containers with the page's feed of posts added in document order, when the feed lies outside
 * them all; null when there is none, the containers already render some of it or are an <article>.
 */
export function withArticleFeed(body: HtmlElement, containers: readonly HtmlElement[]): HtmlElement[] | null {
  const feed = findArticleFeed(body);
  if (feed === null) return null;
  const parent = feed[0]!.parent!;
  for (const c of containers) {
    // The chosen text is itself an <article>: a story, and the feed beside it is other stories.
    if (inArticle(c)) return null;
    if (c === parent || isAncestor(c, parent)) return null;
    for (const a of feed) if (c === a || isAncestor(a, c)) return null;
  }
  const order = positions(body);
  return [...containers, ...feed].sort((a, b) => order.get(a)! - order.get(b)!);
}
