import { parseFeedEntries } from '../parsers/feed.js';
import type { ListedEntry } from '../parsers/listed-entry.js';
import { parseListing } from '../parsers/listing.js';
import { parseSitemap } from '../parsers/sitemap.js';
import { privateHostsOf, type ListingSourceConfig, type WebSourceConfig } from '../sources/sources-config.js';
import type { WebFetcher } from '../web/web-fetcher.js';
import { redactCredentials, type PrivateHosts } from '../web/address-guard.js';

export type CrawlMode = 'backfill' | 'incremental';

const XML_ACCEPT = 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5';
const MAX_CHILD_SITEMAPS = 1000;

export interface DiscoveryContext {
  fetcher: WebFetcher;
  mode: CrawlMode;
  /** Of these listed URLs, which are already known (a listing's incremental walk stops at a page of only those). */
  known: (urls: string[]) => Promise<Set<string>>;
  /** Discovery documents fetched (feeds, sitemaps, listing pages). */
  onDocument?: (url: string) => void;
}

/** Keeps entries newer than `since`; undated entries are kept (their page decides). */
const notOlderThan = (since: Date | undefined) => (entry: ListedEntry) => !since || !entry.date || entry.date >= since;

/**
 * The pages a source lists, in batches (one per feed, sitemap or listing page), honouring the mode:
 * a backfill walks a listing back to `backfill.since` or `backfill.maxPages`, an incremental run walks it
 * until a page holds nothing new (or `maxPages`). Throws if the source's own document cannot be read.
 */
export async function* discoverEntries(source: WebSourceConfig, context: DiscoveryContext): AsyncGenerator<ListedEntry[]> {
  const since = 'backfill' in source ? source.backfill?.since : undefined;
  const privateHosts = privateHostsOf(source);
  switch (source.kind) {
    case 'urls':
      yield source.urls.map((url) => ({ url }));
      return;
    case 'feed': {
      const page = await context.fetcher.fetchPage(source.url, { privateHosts, accept: XML_ACCEPT });
      context.onDocument?.(source.url);
      const entries = parseFeedEntries(page.text, page.finalUrl);
      if (!entries) throw new Error(`${redactCredentials(source.url)} is not an RSS or Atom feed`);
      yield entries.filter(notOlderThan(since));
      return;
    }
    case 'sitemap':
      yield* walkSitemap(source.url, privateHosts, since, context, 0);
      return;
    case 'listing':
      yield* walkListing(source, since, context);
      return;
  }
}

async function* walkSitemap(
  url: string,
  privateHosts: PrivateHosts,
  since: Date | undefined,
  context: DiscoveryContext,
  depth: number,
): AsyncGenerator<ListedEntry[]> {
  const page = await context.fetcher.fetchPage(url, { privateHosts, accept: XML_ACCEPT });
  context.onDocument?.(url);
  const sitemap = parseSitemap(page.text, page.finalUrl);
  if (!sitemap) throw new Error(`${redactCredentials(url)} is not an XML sitemap or sitemap index`);
  if (sitemap.kind === 'urlset') {
    yield sitemap.entries.filter(notOlderThan(since));
    return;
  }
  if (depth >= 2) throw new Error(`${redactCredentials(url)}: sitemap indexes nested too deep`);
  // A child sitemap last modified before `since` cannot list anything newer.
  for (const child of sitemap.entries.filter(notOlderThan(since)).slice(0, MAX_CHILD_SITEMAPS)) {
    yield* walkSitemap(child.url, privateHosts, since, context, depth + 1);
  }
}

/** The URL of listing page `index` (0-based) in page-parameter mode. */
export function pageUrl(base: string, parameter: string, page: number): string {
  const url = new URL(base);
  url.searchParams.set(parameter, String(page));
  return url.href;
}

async function* walkListing(
  source: ListingSourceConfig,
  since: Date | undefined,
  context: DiscoveryContext,
): AsyncGenerator<ListedEntry[]> {
  const limit = context.mode === 'backfill' ? (source.backfill?.maxPages ?? source.maxPages) : source.maxPages;
  const pagination = source.pagination;
  const visited = new Set<string>();
  let url: string | undefined =
    'pageParameter' in pagination && pagination.firstPage !== 1
      ? pageUrl(source.url, pagination.pageParameter, pagination.firstPage)
      : source.url;
  for (let index = 0; url && index < limit && !visited.has(url); index++) {
    visited.add(url);
    const page = await context.fetcher.fetchPage(url, { privateHosts: privateHostsOf(source) });
    context.onDocument?.(url);
    const listing = parseListing(page.text, page.finalUrl, {
      links: source.linkSelector,
      next: 'nextSelector' in pagination ? pagination.nextSelector : undefined,
    });
    if (listing.entries.length === 0) return;
    const fresh = listing.entries.filter(notOlderThan(since));
    // Checked before the batch is handed out: afterwards every entry of it is known.
    const known = context.mode === 'incremental' ? await context.known(listing.entries.map((entry) => entry.url)) : new Set<string>();
    yield fresh;
    // Listings are newest first: a page with an entry older than `since` is the last one to read.
    if (fresh.length < listing.entries.length) return;
    if (context.mode === 'incremental' && listing.entries.every((entry) => known.has(entry.url))) return;
    url = 'pageParameter' in pagination ? pageUrl(source.url, pagination.pageParameter, pagination.firstPage + index + 1) : listing.next;
  }
}
