import { Parser } from 'htmlparser2';
import { parseSelector, selectorMatches, type Element, type Selector } from './css-selector.js';
import { parseDate, resolveLink, type ListedEntry } from './listed-entry.js';

export interface ListingPage {
  entries: ListedEntry[];
  /** The next page, from the next-link selector, if any. */
  next: string | undefined;
}

export interface ListingSelectors {
  /** Elements that are (or contain) the links to releases. */
  links: string;
  /** The link to the next page; default `a[rel~=next], link[rel~=next]`. */
  next?: string | undefined;
}

export const DEFAULT_NEXT_SELECTOR = 'a[rel~=next], link[rel~=next]';
/** The element holding one listed item, whose <time datetime> dates the link. */
const ITEM_TAGS = new Set(['article', 'li', 'tr', 'section', 'div', 'dd', 'p']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

interface OpenElement extends Element {
  id: number;
}

/**
 * Links of a listing page, in document order and without duplicates, each dated by a `<time datetime>` in
 * the same item (li, article, …) when there is one, and the next-page link.
 */
export function parseListing(html: string, baseUrl: string, selectors: ListingSelectors): ListingPage {
  const links: Selector = parseSelector(selectors.links);
  const nextSelector: Selector = parseSelector(selectors.next ?? DEFAULT_NEXT_SELECTOR);
  const stack: OpenElement[] = [];
  const found: { url: string; item: number }[] = [];
  let pendingMatch: number | undefined; // id of a matched non-link element awaiting its first <a href>
  let next: string | undefined;
  let counter = 0;
  /** The first <time datetime> inside each element, by element id. */
  const dates = new Map<number, Date>();

  const addLink = (href: string | undefined) => {
    const url = resolveLink(href, baseUrl);
    if (!url) return;
    const item =
      [...stack]
        .reverse()
        .slice(1)
        .find((element) => ITEM_TAGS.has(element.name)) ?? stack[stack.length - 2];
    found.push({ url, item: item?.id ?? -1 });
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const element: OpenElement = { name: name.toLowerCase(), attribs, id: counter++ };
        stack.push(element);
        if (next === undefined && attribs['href'] && selectorMatches(nextSelector, stack)) next = resolveLink(attribs['href'], baseUrl);
        if (selectorMatches(links, stack)) {
          if (attribs['href'] !== undefined) addLink(attribs['href']);
          else pendingMatch ??= element.id;
        } else if (pendingMatch !== undefined && element.name === 'a' && attribs['href'] !== undefined) {
          addLink(attribs['href']);
          pendingMatch = undefined;
        }
        const date = parseDate(attribs['datetime']);
        if (date) for (const open of stack) if (!dates.has(open.id)) dates.set(open.id, date);
        if (VOID.has(element.name)) stack.pop();
      },
      onclosetag(name, isImplied) {
        const tag = name.toLowerCase();
        if (VOID.has(tag) && !isImplied) return;
        const index = stack.findLastIndex((element) => element.name === tag);
        if (index < 0) return;
        for (const closed of stack.splice(index)) if (closed.id === pendingMatch) pendingMatch = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  const seen = new Set<string>();
  const entries: ListedEntry[] = [];
  for (const link of found) {
    if (seen.has(link.url)) continue;
    seen.add(link.url);
    entries.push({ url: link.url, date: dates.get(link.item) });
  }
  return { entries, next };
}
