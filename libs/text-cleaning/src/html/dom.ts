import { Parser } from 'htmlparser2';

/*
 * A light element tree built from htmlparser2's event API (faster and smaller than a DOM).
 * Subtrees that never hold article text (scripts, styles, embedded media, form controls) are not
 * built at all; <title>, <meta> and JSON-LD scripts are kept aside as page metadata.
 */

export class HtmlElement {
  readonly children: HtmlNode[] = [];
  /** Set by the boilerplate pass: the subtree is not part of the article. */
  removed = false;
  /** Text statistics of the subtree, removed parts excluded (see computeStats). */
  textLen = 0;
  linkLen = 0;
  commas = 0;
  /** Counts of descendants for the conditional cleaning of blocks. */
  paragraphs = 0;
  images = 0;
  listItems = 0;
  inputs = 0;
  /** Text inside headings and inside lists. */
  headingLen = 0;
  listLen = 0;
  /** Text inside <p> elements. */
  pLen = 0;
  /** Text inside <p> elements of LONG_P_LEN characters or more (prose rather than captions or teasers). */
  longPLen = 0;
  /** A block element sits somewhere below (see computeStats). */
  hasBlock = false;
  /** Collapsed length and commas of the element's own text nodes, measured once (-1: not yet). */
  ownTextLen = -1;
  ownCommas = 0;
  /** Words of the class and id attributes and the visibility, computed once (see boilerplate.ts). */
  classWordList: readonly string[] | null = null;
  idWordList: readonly string[] | null = null;
  nameWordList: readonly string[] | null = null;
  hidden: boolean | null = null;
  /** Something below was removed since the stats were computed (see refreshStats). */
  stale = false;
  /** Readability-like content score; `scored` tells whether it was initialised. */
  score = 0;
  scored = false;

  constructor(
    readonly tag: string,
    readonly attrs: Readonly<Record<string, string>>,
    readonly parent: HtmlElement | null,
  ) {}

  attr(name: string): string | undefined {
    return this.attrs[name];
  }
}

export type HtmlNode = HtmlElement | string;

/** The element's ARIA role, trimmed and lower-cased as browsers read it, or null when it has none. */
export function ariaRole(el: HtmlElement): string | null {
  const role = el.attr('role');
  return role === undefined ? null : role.trim().toLowerCase();
}

/** The text nodes under `el` that are not removed, in document order, joined by spaces. */
export function keptText(el: HtmlElement): string {
  const parts: string[] = [];
  const stack: HtmlElement[] = [el];
  while (stack.length > 0) {
    const e = stack.pop()!;
    for (let i = e.children.length - 1; i >= 0; i--) {
      const c = e.children[i]!;
      if (typeof c === 'string') parts.push(c);
      else if (!c.removed) stack.push(c);
    }
  }
  return parts.join(' ');
}

/** What `collectOutermost` does with an element: takes it, passes it over, or looks inside it. */
export type OutermostVerdict = 'take' | 'skip' | 'descend';

/**
 * The kept elements under `roots` that `judge` takes, without looking inside a taken or skipped one (a post's
 * author card, a menu, a link: their parts are not cards, menus or links of their own).
 */
export function collectOutermost(roots: Iterable<HtmlElement>, judge: (el: HtmlElement) => OutermostVerdict): HtmlElement[] {
  const taken: HtmlElement[] = [];
  const stack: HtmlElement[] = [...roots];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el.removed) continue;
    const verdict = judge(el);
    if (verdict === 'take') taken.push(el);
    if (verdict !== 'descend') continue;
    for (const c of el.children) if (typeof c !== 'string') stack.push(c);
  }
  return taken;
}

/**
 * A text with its whitespace runs as single spaces (not trimmed). One with nothing to fold, prose with single
 * spaces, is returned as is: the global replacement would copy it, one match at every space.
 */
export function collapseSpaces(text: string): string {
  return SPACES_TO_FOLD_RE.test(text) ? text.replace(SPACES_RE, ' ') : text;
}

/** A text with its whitespace runs as single spaces, trimmed and lowercased: what a reader sees as "the same". */
export function foldText(text: string): string {
  return collapseSpaces(text).trim().toLowerCase();
}

/** An element's kept text, folded (`foldText`). */
export function foldedText(el: HtmlElement): string {
  return foldText(keptText(el));
}

/** Whether `a` is a strict ancestor of `el`. */
export function isAncestor(a: HtmlElement, el: HtmlElement): boolean {
  for (let p = el.parent; p !== null; p = p.parent) if (p === a) return true;
  return false;
}

export interface ParsedPage {
  /** A synthetic root holding the whole document. */
  root: HtmlElement;
  /** Text of the first <title>, whitespace collapsed. */
  documentTitle: string | null;
  /** <meta> content by lower-cased `property` or `name` (first occurrence wins). */
  meta: Map<string, string>;
  /** Raw text of every <script type="application/ld+json">. */
  jsonLd: string[];
  /** The <noscript> elements not inside another (see noscript.ts). */
  noscripts: HtmlElement[];
  /** The <h1> elements in document order (the title is chosen among them without another walk). */
  h1s: HtmlElement[];
  /** Parsing stopped at MAX_OPEN_ELEMENTS open elements; the rest of the page is not in the tree. */
  truncated: boolean;
  /** Ids named by disclosure triggers (`aria-controls` beside `aria-expanded`), read here as most <button>s leave the tree. */
  controlledIds: Set<string>;
  /** The page's <button>s: only those printing a heading stay in the tree (accordion-questions.ts). */
  buttons: HtmlElement[];
}

// Never rendered as text, or rendered as text that is not prose (form controls). <head> is not in
// the list: a page that never closes it would lose its body. <noscript> is parsed: some sites
// serve their content there (see noscript.ts).
const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'select',
  'textarea',
  'map',
  'dialog',
]);
const SPACES_RE = /\s+/g;
// Whether SPACES_RE changes a text: a whitespace run longer than one unit, or one that is not a space.
const SPACES_TO_FOLD_RE = /\s\s|[^\S ]/;
// Deeper elements are flattened into their ancestor at this depth: the passes over the tree are
// recursive, and broken pages can nest thousands of unclosed tags.
const MAX_DEPTH = 400;
// Stack entry of an element that was flattened (its children went to the current element).
const FLATTENED = 'flattened';
// Open elements at which parsing stops: the parser's own stack costs O(depth) per tag, so 100,000 nested
// tags would take minutes of CPU. Real pages stay far below (at most 56 deep over the 1,678 pages of the
// Zyte and WCXB benchmarks); what follows the cut is dropped.
export const MAX_OPEN_ELEMENTS = 1000;
const TOO_DEEP = new Error('markup nested too deep');
// htmlparser2 reads `<![CDATA[` as a CDATA section up to `]]>` even in HTML, where browsers end it
// as a bogus comment at the next `>`: a stray one in a template (XenForo forums) hid whole pages.
// `<!?` is a bogus comment to htmlparser2 too. In scripts and styles (raw text) it changes nothing read.
const CDATA_OPEN = '<![CDATA[';
const BOGUS_COMMENT_OPEN = '<!?CDATA[';

export function parseHtml(html: string): ParsedPage {
  const root = new HtmlElement('#root', {}, null);
  const meta = new Map<string, string>();
  const jsonLd: string[] = [];
  const noscripts: HtmlElement[] = [];
  const h1s: HtmlElement[] = [];
  const controlledIds = new Set<string>();
  const buttons: HtmlElement[] = [];
  let noscriptDepth = 0;
  let documentTitle: string | null = null;
  // One entry per open element; null for elements inside a skipped subtree.
  const stack: (HtmlElement | null | typeof FLATTENED)[] = [];
  let current = root;
  let skipDepth = 0;
  let capture: 'title' | 'jsonld' | null = null;
  let captured = '';

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (stack.length >= MAX_OPEN_ELEMENTS) throw TOO_DEEP;
        if (name === 'meta') {
          const key = (attribs['property'] ?? attribs['name'] ?? attribs['itemprop'])?.toLowerCase();
          const content = attribs['content'];
          if (key !== undefined && content !== undefined && !meta.has(key)) meta.set(key, content);
        }
        const controls = attribs['aria-controls'];
        if (controls !== undefined && attribs['aria-expanded'] !== undefined) for (const id of controls.split(' ')) controlledIds.add(id);
        if (skipDepth > 0 || SKIPPED.has(name)) {
          skipDepth++;
          stack.push(null);
          if (name === 'script' && attribs['type']?.toLowerCase().includes('ld+json')) capture = 'jsonld';
          else if (name === 'title' && documentTitle === null) capture = 'title';
          return;
        }
        if (name === 'title' && documentTitle === null) capture = 'title';
        if (stack.length >= MAX_DEPTH && name !== 'br') {
          stack.push(FLATTENED);
          return;
        }
        const el = new HtmlElement(name, attribs, current);
        if (name === 'noscript' && noscriptDepth++ === 0) noscripts.push(el);
        else if (name === 'h1') h1s.push(el);
        else if (name === 'button') buttons.push(el);
        current.children.push(el);
        stack.push(el);
        current = el;
      },
      ontext(text) {
        if (capture !== null) {
          captured += text;
          return;
        }
        if (skipDepth > 0) return;
        const last = current.children.length - 1;
        const prev = current.children[last];
        if (typeof prev === 'string') current.children[last] = prev + text;
        else current.children.push(text);
      },
      onclosetag(name) {
        if (capture !== null) {
          if (capture === 'title') documentTitle = collapseSpaces(captured).trim();
          else jsonLd.push(captured);
          capture = null;
          captured = '';
        }
        // As in browsers, </body> and </html> close nothing: content after a stray one (a template
        // closing the page early, an escaped "</body>" in an article) still belongs to the body.
        if (name === 'body' || name === 'html') {
          const top = stack[stack.length - 1];
          if (typeof top === 'object' && top !== null && (top.tag === 'body' || top.tag === 'html')) return;
        }
        const el = stack.pop();
        if (el === undefined || el === FLATTENED) return;
        if (el === null) {
          skipDepth--;
          return;
        }
        if (el.tag === 'noscript') noscriptDepth--;
        current = el.parent ?? root;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  let truncated = false;
  try {
    parser.end(html.includes(CDATA_OPEN) ? html.replaceAll(CDATA_OPEN, BOGUS_COMMENT_OPEN) : html);
  } catch (error) {
    if (error !== TOO_DEEP) throw error;
    truncated = true;
  }
  return { root, documentTitle, meta, jsonLd, noscripts, h1s, truncated, controlledIds, buttons };
}
