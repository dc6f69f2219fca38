import { classWords } from './boilerplate.js';
import type { RenderChoice } from './containers.js';
import type { HtmlElement } from './dom.js';
import { templateOf } from './grid.js';
import { HEADING_TAGS, linkDensity } from './stats.js';

/*
 * Features of one block inside the chosen containers, for a learned decision to leave it out (issue
 * 17's block-scorer experiment): its text measures, tag, depth, position, repetition among its
 * siblings and its class/id words hashed into buckets (general words, the same buckets for every
 * site). Values are scaled to about [0, 1].
 */

/** The blocks judged: the writer starts a paragraph at each (render.ts) and can leave each out. */
export const UNIT_TAGS: ReadonlySet<string> = new Set([
  'div',
  'section',
  'article',
  'aside',
  'nav',
  'header',
  'footer',
  'form',
  'ul',
  'ol',
  'li',
  'dl',
  'table',
  'tr',
  'p',
  ...HEADING_TAGS,
  'figure',
  'blockquote',
]);

const TAG_GROUPS: readonly (readonly string[])[] = [
  ['div'],
  ['section', 'article'],
  ['aside', 'nav', 'header', 'footer'],
  ['form'],
  ['ul', 'ol', 'dl'],
  ['li'],
  ['table', 'tr'],
  ['p'],
  [...HEADING_TAGS],
  ['figure', 'blockquote'],
];
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'menu', 'menubar', 'toolbar']);
export const NAME_BUCKETS = 48;

/** What a block is judged against: the page's body, the rendering chosen, and the page's kind. */
export interface BlockContext {
  body: HtmlElement;
  choice: RenderChoice;
  containers: ReadonlySet<HtmlElement>;
  product: boolean;
  discussion: boolean;
}

function bucketOf(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % NAME_BUCKETS;
}

function share(a: number, b: number): number {
  return b <= 0 ? 0 : Math.min(1, a / b);
}

/** The block's depth below its container and the container's text. */
function placeOf(el: HtmlElement, containers: ReadonlySet<HtmlElement>): { depth: number; container: HtmlElement | null } {
  let depth = 0;
  for (let p = el.parent; p !== null; p = p.parent) {
    depth++;
    if (containers.has(p)) return { depth, container: p };
  }
  return { depth, container: null };
}

/** Siblings of the block's template (tag and class), itself included. */
function sameTemplate(el: HtmlElement): number {
  if (el.parent === null) return 1;
  const t = templateOf(el);
  let n = 0;
  for (const c of el.parent.children) if (typeof c !== 'string' && !c.removed && templateOf(c) === t) n++;
  return n;
}

/** The block's place among its parent's element children (0 first, 1 last). */
function rank(el: HtmlElement): number {
  const siblings = el.parent === null ? [] : el.parent.children.filter((c): c is HtmlElement => typeof c !== 'string' && !c.removed);
  return siblings.length <= 1 ? 0 : siblings.indexOf(el) / (siblings.length - 1);
}

export function blockFeatures(el: HtmlElement, ctx: BlockContext): number[] {
  const { depth, container } = placeOf(el, ctx.containers);
  const text = el.textLen;
  const role = el.attr('role') ?? '';
  const names = new Array<number>(NAME_BUCKETS).fill(0);
  for (const w of [...classWords(el.attr('class')), ...classWords(el.attr('id'))]) if (w.length > 1) names[bucketOf(w)] = 1;
  return [
    Math.min(1, Math.log1p(text) / 10),
    linkDensity(el),
    Math.min(1, (100 * el.commas) / Math.max(1, text)),
    share(el.pLen, text),
    share(el.longPLen, text),
    share(el.headingLen, text),
    share(el.listLen, text),
    el.images > 0 ? 1 : 0,
    el.inputs > 0 ? 1 : 0,
    el.hasBlock ? 1 : 0,
    share(text, ctx.body.textLen),
    container === null ? 0 : share(text, container.textLen),
    Math.min(1, depth / 10),
    rank(el),
    Math.min(1, (sameTemplate(el) - 1) / 10),
    FURNITURE_ROLES.has(role) ? 1 : 0,
    el.attr('aria-hidden') === 'true' ? 1 : 0,
    ctx.choice.mode === 'article' ? 1 : 0,
    ctx.choice.mode === 'links' ? 1 : 0,
    ctx.product ? 1 : 0,
    ctx.discussion ? 1 : 0,
    ...TAG_GROUPS.map((g) => (g.includes(el.tag) ? 1 : 0)),
    ...names,
  ];
}
