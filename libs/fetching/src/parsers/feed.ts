import { parseFeed } from 'htmlparser2';
import { resolveLink, type ListedEntry } from './listed-entry.js';

/** The entries of an RSS or Atom feed, links resolved against the feed's URL; null when it is not a feed. */
export function parseFeedEntries(xml: string, baseUrl: string): ListedEntry[] | null {
  const feed = parseFeed(xml, { xmlMode: true });
  if (!feed) return null;
  const entries: ListedEntry[] = [];
  for (const item of feed.items) {
    const url = resolveLink(item.link ?? (item.id?.startsWith('http') ? item.id : undefined), baseUrl);
    if (!url) continue;
    const date = item.pubDate && !Number.isNaN(item.pubDate.getTime()) ? item.pubDate : undefined;
    entries.push({ url, date, title: item.title?.trim() || undefined });
  }
  return entries;
}
