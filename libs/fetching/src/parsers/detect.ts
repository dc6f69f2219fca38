import { Parser } from 'htmlparser2';

export type DocumentKind = 'feed' | 'sitemap' | 'sitemap-index' | 'html' | 'unknown';

/** What a fetched document is, by its root element (the Content-Type of feeds and sitemaps is unreliable). */
export function detectDocumentKind(text: string): DocumentKind {
  let root: string | undefined;
  const parser = new Parser(
    {
      onopentag(name) {
        root ??= name.toLowerCase();
        parser.pause();
      },
    },
    { xmlMode: true },
  );
  parser.write(text.slice(0, 64 * 1024));
  if (root === undefined) return 'unknown';
  const local = root.slice(root.indexOf(':') + 1);
  if (local === 'rss' || local === 'feed' || local === 'rdf') return 'feed';
  if (local === 'urlset') return 'sitemap';
  if (local === 'sitemapindex') return 'sitemap-index';
  if (local === 'html' || /^\s*<!doctype html/i.test(text)) return 'html';
  return 'unknown';
}
