import { collapseSpaces, keptText, type HtmlElement } from './dom.js';
import { HEADING_TAGS, linkDensity, removeSubtree } from './stats.js';

/*
 * Recommendation sections ("You may also like", "People who viewed this item also viewed", "Similar
 * threads") under a product, a thread or a story: their heading names them when their markup does
 * not. A story's teaser sections ("Related articles", "More videos", "Read this next") and a
 * thread's ("Related discussions", a Q&A page's "Explore related questions" over its tags) only
 * when the label is the whole heading. Not "Related resources" nor "Trending ...", "Latest news",
 * "Most read": WCXB's references keep an article's related resources and a listing's trending
 * stories. The section goes: the largest block that the heading opens, or, when the heading sits
 * among its siblings, the heading and the blocks after it up to the next heading.
 * English phrases only: the other languages' sections are left to the other rules.
 */

const RECOMMENDATION_PHRASES = [
  'similar (items|products|threads)',
  'you (may|might) also',
  'you may be interested',
  'people who (viewed|bought)',
  'customers (also|who)',
  '(also|recently) viewed',
  'frequently bought',
  'more (from|like this)',
  'recommended for you',
  'complete the look',
  'shop the look',
];
// Labels of a story's teaser sections that name other stories only when they are the whole heading:
// "More posts related to Tokyo" and "Read more about ..." open the story's own sections.
const TEASER_LABELS = [
  '(explore )?related (articles|posts|stories|content|reads|pages|questions|discussions|threads)\\b.*',
  'recent (articles|posts|stories)',
  "more (videos|articles|stories|posts)( you('ll| will| may| might) (like|love|enjoy))?",
  'recommended (reading|articles|posts|stories)',
  '(read this|what to read) next',
  '(also|more) in the news',
  "you('ll| will| may| might) (like|love|enjoy)",
];
const RECOMMENDATION_HEADING_RE = new RegExp(`^((${RECOMMENDATION_PHRASES.join('|')})\\b|(${TEASER_LABELS.join('|')})[\\s:.!…]*$)`, 'i');
// A paragraph or a div printing only such a label (a bold line over the links) opens a section too, but a
// sentence may start with a recommendation phrase, so the label must be whole.
const LABEL_RE = new RegExp(`^(${TEASER_LABELS.join('|')}|you (may|might) also (like|love|enjoy))[\\s:.!…]*$`, 'i');
const LABEL_TAGS: ReadonlySet<string> = new Set(['p', 'div']);
// A label's section: the blocks of links after it.
const LABEL_RUN_LINK_DENSITY = 0.5;
// Headings longer than this are titles of content, not section labels.
const MAX_HEADING_LEN = 80;
// A block holding this share of the body's text is the page, not a section of it; a heading and its
// following siblings may hold more (a grid of recommendations under a short product description).
const MAX_SECTION_SHARE = 0.5;
const MAX_RUN_SHARE = 0.8;

/** The first child with text (element or text node), or null. */
function firstWithText(el: HtmlElement): HtmlElement | string | null {
  for (const c of el.children) {
    if (typeof c === 'string') {
      if (c.trim() !== '') return c;
    } else if (!c.removed && c.textLen > 0) return c;
  }
  return null;
}

export function isRecommendationHeading(el: HtmlElement): boolean {
  // Called on every element: the length and the tag are tested first.
  const tag = el.tag;
  if (el.textLen === 0 || el.textLen > MAX_HEADING_LEN) return false;
  if (LABEL_TAGS.has(tag)) return !el.hasBlock && LABEL_RE.test(collapseSpaces(keptText(el)).trim());
  if (tag.length !== 2 || tag.charCodeAt(0) !== 104 || !HEADING_TAGS.has(tag) || tag === 'h1') return false;
  return RECOMMENDATION_HEADING_RE.test(collapseSpaces(keptText(el)).trim());
}

/** Removes the sections opened by the given recommendation headings (stats then out of date). */
export function dropRecommendations(headings: readonly HtmlElement[], body: HtmlElement): void {
  const limit = MAX_SECTION_SHARE * body.textLen;
  for (const h of headings) {
    if (h.removed) continue;
    let section = h;
    while (
      section.parent !== null &&
      section.parent !== body &&
      firstWithText(section.parent) === section &&
      section.parent.textLen <= limit
    ) {
      section = section.parent;
    }
    if (section !== h) {
      removeSubtree(section);
      continue;
    }
    const run = LABEL_TAGS.has(h.tag) ? labelRun(h) : headingRun(h);
    let text = 0;
    for (const el of run) text += el.textLen;
    if (text <= MAX_RUN_SHARE * body.textLen) for (const el of run) removeSubtree(el);
  }
}

/** The heading and its following siblings up to the next one holding a heading. */
function headingRun(h: HtmlElement): HtmlElement[] {
  const run: HtmlElement[] = [];
  const siblings = h.parent?.children ?? [];
  for (let i = siblings.indexOf(h); i < siblings.length; i++) {
    const c = siblings[i];
    if (c === undefined || typeof c === 'string' || c.removed) continue;
    if (c !== h && (HEADING_TAGS.has(c.tag) || c.headingLen > 0)) break;
    run.push(c);
  }
  return run;
}

/** A label and the blocks of links right after it (a list, a paragraph of links). */
function labelRun(label: HtmlElement): HtmlElement[] {
  const run: HtmlElement[] = [label];
  const siblings = label.parent?.children ?? [];
  for (let i = siblings.indexOf(label) + 1; i < siblings.length; i++) {
    const c = siblings[i];
    if (c === undefined || typeof c === 'string' || c.removed || c.textLen === 0) continue;
    if (linkDensity(c) < LABEL_RUN_LINK_DENSITY) break;
    run.push(c);
  }
  return run;
}
