import { decodeEntities } from '../repair/entities.js';
import { tokenizeHtml } from './tokenize.js';

export interface HtmlExtraction {
  /** Visible text; each block element on its own line, blocks separated by blank lines. */
  text: string;
  /** Headline candidate from <h1> (preferably inside the article) or <title>, or null. */
  title: string | null;
}

// Never part of the article text.
const DROPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'iframe',
  'svg', 'button', 'select', 'textarea', 'object', 'embed', 'canvas', 'menu', 'dialog', 'head',
]);
const BLOCK_TAGS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote',
  'section', 'article', 'main', 'tr', 'table', 'thead', 'tbody', 'figure', 'figcaption', 'pre',
  'address', 'hr', 'header', 'footer', 'body', 'center', 'details', 'summary', 'caption',
]);
const VOID_TAGS = new Set([
  'br', 'img', 'hr', 'meta', 'link', 'input', 'wbr', 'source', 'area', 'base', 'col', 'embed',
  'param', 'track', 'keygen',
]);
// class/id words of page furniture: menus, share bars, cookie banners, breadcrumbs, comments...
const FURNITURE_RE = /(?:^|[\s_-])(?:menus?|nav|navbar|navigation|share|sharing|social|cookies?|consent|gdpr|breadcrumbs?|comments?|related|sidebar|banner|subscribe|newsletter|pager|pagination|skip|sr-only|visually-hidden|tags|toolbar|masthead|popup|modal|advert|ads|promo)(?=$|[\s_-])/i;
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alertdialog']);
const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const SPACES_RE = /\s+/g;
const TITLE_SEPARATOR_RE = /\s+(?:\||-|–|—|::|»)\s+/;

interface OpenElement {
  name: string;
  drops: boolean;
  /** article or main: counted in regionDepth. */
  regionTag: boolean;
  /** Index into regions when this element opened a top-level region, else -1. */
  region: number;
  heading: boolean;
}

interface Region {
  tag: 'article' | 'main';
  start: number;
  end: number;
}

function isFurniture(name: string, attrs: Readonly<Record<string, string>>, insideRegion: boolean): boolean {
  // An <article>'s own <header> holds its headline and date: keep it.
  if (name === 'header' && insideRegion) return false;
  if (DROPPED_TAGS.has(name)) return true;
  if ('hidden' in attrs || attrs['aria-hidden'] === 'true') return true;
  const role = attrs['role'];
  if (role !== undefined && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  const style = attrs['style'];
  if (style !== undefined && HIDDEN_STYLE_RE.test(style)) return true;
  const cls = attrs['class'];
  const id = attrs['id'];
  return (cls !== undefined && FURNITURE_RE.test(cls)) || (id !== undefined && FURNITURE_RE.test(id));
}

function cleanInline(raw: string): string {
  return decodeEntities(raw).replace(SPACES_RE, ' ');
}

function titleFromDocumentTitle(raw: string): string | null {
  // "<title>Headline | Site name</title>": keep the longest segment.
  const parts = raw.split(TITLE_SEPARATOR_RE).map((p) => p.trim()).filter(Boolean);
  let best: string | null = null;
  for (const p of parts) if (best === null || p.length > best.length) best = p;
  return best;
}

function joinParts(parts: readonly string[], start: number, end: number): string {
  return parts
    .slice(start, end)
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Extracts the article text and a headline candidate from an HTML page. */
export function htmlToText(html: string): HtmlExtraction {
  const tokens = tokenizeHtml(html);
  const parts: string[] = [];
  const stack: OpenElement[] = [];
  const regions: Region[] = [];
  let dropDepth = 0;
  let regionDepth = 0;
  let preDepth = 0;
  let docTitle: string | null = null;
  let inTitle = false;
  let headingText: string[] | null = null;
  let headingInRegion = false;
  let headingDropped = false;
  let h1InRegion: string | null = null;
  let h1Visible: string | null = null;
  let h1Any: string | null = null;

  const closeElement = (el: OpenElement): void => {
    if (el.drops) dropDepth--;
    if (el.name === 'pre') preDepth--;
    if (el.regionTag) regionDepth--;
    const region = regions[el.region];
    if (region) region.end = parts.length;
    if (el.heading && headingText !== null) {
      const text = headingText.join('').replace(SPACES_RE, ' ').trim();
      if (text) {
        if (headingInRegion && !headingDropped) h1InRegion ??= text;
        if (!headingDropped) h1Visible ??= text;
        h1Any ??= text;
      }
      headingText = null;
    }
    if (BLOCK_TAGS.has(el.name) && dropDepth === 0) parts.push('\n\n');
  };

  for (const token of tokens) {
    if (token.kind === 'text') {
      if (inTitle) {
        docTitle ??= cleanInline(token.text).trim();
        continue;
      }
      const text = preDepth > 0 ? decodeEntities(token.text) : cleanInline(token.text);
      if (headingText !== null) headingText.push(text);
      if (dropDepth === 0) parts.push(text);
      continue;
    }
    if (token.kind === 'open') {
      const { name, attrs } = token;
      if (name === 'title') {
        inTitle = !token.selfClosing;
        continue;
      }
      if (name === 'br') {
        if (dropDepth === 0) parts.push('\n');
        continue;
      }
      if (VOID_TAGS.has(name) || token.selfClosing) {
        if (BLOCK_TAGS.has(name) && dropDepth === 0) parts.push('\n\n');
        continue;
      }
      const drops = isFurniture(name, attrs, regionDepth > 0);
      const regionTag = name === 'article' || name === 'main';
      const el: OpenElement = { name, drops, regionTag, region: -1, heading: false };
      if (drops) dropDepth++;
      if (name === 'pre') preDepth++;
      if (regionTag) {
        if (regionDepth === 0 && dropDepth === 0) {
          el.region = regions.length;
          regions.push({ tag: name, start: parts.length, end: -1 });
        }
        regionDepth++;
      }
      if (name === 'h1' && headingText === null) {
        el.heading = true;
        headingText = [];
        headingInRegion = regionDepth > 0;
        headingDropped = dropDepth > 0;
      }
      if (BLOCK_TAGS.has(name) && dropDepth === 0) parts.push('\n\n');
      stack.push(el);
      continue;
    }
    if (token.name === 'title') {
      inTitle = false;
      continue;
    }
    // Close up to the matching element; unmatched end tags are ignored like browsers do.
    let k = stack.length - 1;
    while (k >= 0 && stack[k]?.name !== token.name) k--;
    if (k < 0) continue;
    while (stack.length > k) {
      const el = stack.pop();
      if (el) closeElement(el);
    }
  }
  while (stack.length > 0) {
    const el = stack.pop();
    if (el) closeElement(el);
  }

  const whole = joinParts(parts, 0, parts.length);
  let text = whole;
  // Prefer the largest <article>, else <main>, when it holds a real share of the page text.
  const pick = (tag: Region['tag']): string | null => {
    let best: string | null = null;
    for (const r of regions) {
      if (r.tag !== tag) continue;
      const t = joinParts(parts, r.start, r.end < 0 ? parts.length : r.end);
      if (best === null || t.length > best.length) best = t;
    }
    return best !== null && best.length >= Math.min(200, whole.length * 0.5) ? best : null;
  };
  text = pick('article') ?? pick('main') ?? whole;
  const title = h1InRegion ?? h1Visible ?? h1Any ?? (docTitle ? titleFromDocumentTitle(docTitle) : null);
  return { text, title };
}
