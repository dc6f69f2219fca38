/*
 * The snippets our extractor leaks or misses most, grouped so that what recurs across sites stands
 * out: leaked `without` phrases by their lower-cased tokens, both kinds by where they sit in the
 * page (the smallest element holding the snippet and its nearest landmark), each counted in pages
 * and in distinct sites. Misses also say at which stage the text went: pruned as furniture, outside
 * the chosen containers, or dropped while the containers were rendered; or that the sentence is no run
 * of the parsed page's words at all (written by the annotators from attributes or JSON-LD, or around a
 * tooltip's text), which no extractor can match.
 */
import { candidateChoice, extractArticle, type HtmlElement } from '@presswatch/text-cleaning';
import { table } from './bench-util.js';
import { readHtml, type BenchPage } from './extraction-data.js';
import { judgeSnippets, tokenLine, type PageSnippets } from './extraction-snippets.js';
import { wordTokens } from './word-score.js';

const LANDMARK_TAGS = new Set(['header', 'footer', 'nav', 'aside', 'main', 'article', 'form', 'section', 'table', 'ul', 'ol', 'dl']);

/** A page's element tree after pruning, with each element's range in the page's word tokens. */
export interface LocatedTree {
  line: string;
  /** Token index of each character offset where a token starts in `line`. */
  starts: number[];
  ranges: Map<HtmlElement, [number, number]>;
  root: HtmlElement;
  containers: ReadonlySet<HtmlElement>;
}

export function locateTree(root: HtmlElement, containers: ReadonlySet<HtmlElement>): LocatedTree {
  const tokens: string[] = [];
  const ranges = new Map<HtmlElement, [number, number]>();
  const walk = (el: HtmlElement): void => {
    const start = tokens.length;
    for (const c of el.children) {
      if (typeof c === 'string') tokens.push(...wordTokens(c));
      else walk(c);
    }
    ranges.set(el, [start, tokens.length]);
  };
  walk(root);
  const starts: number[] = [];
  let offset = 1;
  for (const t of tokens) {
    starts.push(offset);
    offset += t.length + 1;
  }
  return { line: ` ${tokens.join(' ')} `, starts, ranges, root, containers };
}

/** The smallest element holding the first occurrence of a snippet, or null when the page's text lacks it. */
export function smallestHolder(tree: LocatedTree, snippet: string): HtmlElement | null {
  const phrase = tokenLine(snippet);
  const at = tree.line.indexOf(phrase);
  if (phrase.trim() === '' || at < 0) return null;
  const first = lowerBound(tree.starts, at + 1);
  const last = first + phrase.trim().split(' ').length;
  let el = tree.root;
  for (;;) {
    const child = el.children.find((c): c is HtmlElement => {
      if (typeof c === 'string') return false;
      const r = tree.ranges.get(c)!;
      return r[0] <= first && r[1] >= last;
    });
    if (child === undefined) return el;
    el = child;
  }
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "a < li < nav": the holder's tag, its parent's, and its nearest landmark (or role) above. */
export function holderKind(el: HtmlElement): string {
  const parts = [el.tag];
  if (el.parent !== null && el.parent.tag !== '#root') parts.push(el.parent.tag);
  for (let p = el.parent?.parent ?? null; p !== null; p = p.parent) {
    const role = p.attr('role');
    if (role !== undefined && role !== 'presentation') {
      parts.push(`[role=${role}]`);
      break;
    }
    if (LANDMARK_TAGS.has(p.tag)) {
      parts.push(p.tag);
      break;
    }
  }
  return parts.join(' < ');
}

/** Where a missed snippet went: pruned as furniture, outside the containers, or dropped while rendering them. */
export function missStage(tree: LocatedTree, el: HtmlElement | null): string {
  if (el === null) return 'not a run of the page text';
  let inside = false;
  for (let p: HtmlElement | null = el; p !== null; p = p.parent) {
    if (p.removed) return 'pruned';
    if (tree.containers.has(p)) inside = true;
  }
  return inside ? 'dropped in rendering' : 'outside containers';
}

interface Tally {
  pages: Set<string>;
  sites: Set<string>;
  example: string;
}

function count(map: Map<string, Tally>, key: string, page: BenchPage, example: string): void {
  let t = map.get(key);
  if (t === undefined) map.set(key, (t = { pages: new Set(), sites: new Set(), example }));
  t.pages.add(page.id);
  t.sites.add(page.domain);
}

function top(map: Map<string, Tally>, n: number, title: string): string {
  const rows = [...map].sort((a, b) => b[1].sites.size - a[1].sites.size || b[1].pages.size - a[1].pages.size).slice(0, n);
  const cut = (raw: string): string => {
    // Snippets may span lines ("Critical Drop Arm Tank\nslim fit"): one table row each.
    const s = raw.replace(/\s+/g, ' ');
    return s.length > 70 ? `${s.slice(0, 67)}...` : s;
  };
  return `${title}\n${table([['', 'sites', 'pages', 'example'], ...rows.map(([k, t]) => [cut(k), `${t.sites.size}`, `${t.pages.size}`, cut(t.example)])])}`;
}

/** The most frequent leaks and misses of our extractor on `pages`, by phrase and by where they sit. */
export function snippetList(pages: readonly BenchPage[], texts: readonly string[], snippets: readonly PageSnippets[], n: number): string {
  const leakPhrase = new Map<string, Tally>();
  const leakKind = new Map<string, Tally>();
  const missKind = new Map<string, Tally>();
  const missStageKind = new Map<string, Tally>();
  pages.forEach((page, i) => {
    const s = snippets[i]!;
    const outcome = judgeSnippets(texts[i] ?? '', page.reference, s);
    if (outcome.leaked.length === 0 && outcome.missed.length === 0) return;
    let tree: LocatedTree | null = null;
    extractArticle(readHtml(page), (a) => {
      const choice = candidateChoice(a, 'rules');
      tree = locateTree(a.page.root, new Set(choice.containers));
      return choice;
    });
    const located = tree as LocatedTree | null;
    if (located === null) return;
    for (const j of outcome.leaked) {
      const phrase = s.without[j]!;
      count(leakPhrase, `${tokenLine(phrase).trim()}`, page, `${page.type} ${page.id}`);
      const holder = smallestHolder(located, phrase);
      count(leakKind, `${page.type}: ${holder === null ? '?' : holderKind(holder)}`, page, phrase);
    }
    for (const j of outcome.missed) {
      const sentence = s.with[j]!;
      const holder = smallestHolder(located, sentence);
      const stage = missStage(located, holder);
      count(
        missKind,
        `${page.type}: ${holder === null ? 'not a run of the page text' : holderKind(holder)}`,
        page,
        `${page.id}: ${sentence}`,
      );
      count(missStageKind, `${page.type}: ${stage}`, page, `${page.id}: ${sentence}`);
    }
  });
  return [
    top(leakPhrase, n, 'leaked `without` phrases (lower-cased tokens), by distinct sites'),
    top(leakKind, n, 'leaks by page type and where they sit (holder < parent < nearest landmark)'),
    top(missStageKind, n, 'missed `with` sentences by page type and stage'),
    top(missKind, n, 'missed `with` sentences by page type and where they sit'),
  ].join('\n\n');
}
