import { isHidden } from './boilerplate.js';
import type { HtmlElement, ParsedPage } from './dom.js';
import { ParagraphWriter } from './render.js';

export interface TitleChoice {
  title: string | null;
  /** The <h1> the title was read from, if any. */
  element: HtmlElement | null;
}

const SEPARATOR_RE = /\s+(?:\||-|–|—|::|»|·)\s+/;
const SPACES_RE = /\s+/g;
const MAX_HEADINGS = 20;
const MIN_COVERAGE = 0.3;

/** The first visible <h1>s of the body, not inside another <h1> (parsed in document order). */
function collectH1(page: ParsedPage, body: HtmlElement): HtmlElement[] {
  const found: HtmlElement[] = [];
  for (const h1 of page.h1s) {
    if (found.length >= MAX_HEADINGS) break;
    if (visibleIn(h1, body)) found.push(h1);
  }
  return found;
}

function visibleIn(h1: HtmlElement, body: HtmlElement): boolean {
  if (isHidden(h1)) return false;
  for (let p = h1.parent; p !== null; p = p.parent) {
    if (p === body) return true;
    if (p.tag === 'h1' || isHidden(p)) return false;
  }
  return false;
}

function textOf(el: HtmlElement): string {
  const w = new ParagraphWriter();
  w.element(el, () => false);
  w.flush();
  return w.paragraphs.join(' ').replace(SPACES_RE, ' ').trim();
}

/** "<title>Headline | Site name</title>": the longest segment is the headline. */
function fromDocumentTitle(raw: string): string | null {
  let best: string | null = null;
  for (const part of raw.split(SEPARATOR_RE)) {
    const p = part.trim();
    if (p !== '' && (best === null || p.length > best.length)) best = p;
  }
  return best;
}

/**
 * The headline: the <h1> that agrees with the page metadata (og:title, <title>), else the first
 * <h1>, else the metadata itself.
 */
export function pickTitle(page: ParsedPage, body: HtmlElement): TitleChoice {
  const metaTitle = page.meta.get('og:title') ?? page.meta.get('twitter:title') ?? null;
  const hints = [metaTitle, page.documentTitle]
    .filter((t): t is string => t !== null && t.trim() !== '')
    .map((t) => t.replace(SPACES_RE, ' ').toLowerCase());
  let first: TitleChoice | null = null;
  let best: TitleChoice | null = null;
  let bestCoverage = 0;
  for (const h1 of collectH1(page, body)) {
    const text = textOf(h1);
    if (text === '') continue;
    first ??= { title: text, element: h1 };
    // The heading closest to the metadata title wins ("Site name" is in <title> too, but shorter).
    const lower = text.toLowerCase();
    for (const h of hints) {
      const coverage = h.includes(lower) ? lower.length / h.length : lower.includes(h) ? h.length / lower.length : 0;
      if (coverage >= MIN_COVERAGE && coverage > bestCoverage) {
        bestCoverage = coverage;
        best = { title: text, element: h1 };
      }
    }
  }
  if (best !== null) return best;
  if (first !== null) return first;
  const fallback = metaTitle?.replace(SPACES_RE, ' ').trim() || (page.documentTitle ? fromDocumentTitle(page.documentTitle) : null);
  return { title: fallback || null, element: null };
}
