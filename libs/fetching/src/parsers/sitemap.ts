import { Parser } from 'htmlparser2';
import { parseDate, resolveLink, type ListedEntry } from './listed-entry.js';

export interface Sitemap {
  kind: 'urlset' | 'sitemapindex';
  /** Pages (urlset) or child sitemaps (sitemapindex). */
  entries: ListedEntry[];
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1).toLowerCase();

/** An XML sitemap or sitemap index (namespace prefixes ignored); null when the root is neither. */
export function parseSitemap(xml: string, baseUrl: string): Sitemap | null {
  let kind: Sitemap['kind'] | null | undefined;
  const entries: ListedEntry[] = [];
  let entry: { loc: string; lastmod: string } | undefined;
  let field: 'loc' | 'lastmod' | undefined;
  const parser = new Parser(
    {
      onopentag(name) {
        const tag = localName(name);
        if (kind === undefined) kind = tag === 'urlset' || tag === 'sitemapindex' ? tag : null;
        if (!kind) return;
        if (tag === 'url' || tag === 'sitemap') entry = { loc: '', lastmod: '' };
        else if (entry && (tag === 'loc' || tag === 'lastmod')) field = tag;
      },
      ontext(text) {
        if (entry && field) entry[field] += text;
      },
      onclosetag(name) {
        const tag = localName(name);
        if (tag === 'loc' || tag === 'lastmod') field = undefined;
        if ((tag === 'url' || tag === 'sitemap') && entry) {
          const url = resolveLink(entry.loc, baseUrl);
          if (url) entries.push({ url, date: parseDate(entry.lastmod || undefined) });
          entry = undefined;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return kind ? { kind, entries } : null;
}
