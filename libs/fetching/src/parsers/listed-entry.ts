/** A page a feed, sitemap or listing points to, with the date it gives (publication or lastmod) if any. */
export interface ListedEntry {
  url: string;
  date?: Date | undefined;
  title?: string | undefined;
}

/** Absolute http(s) URL without its fragment, or undefined for anything else (mailto:, javascript:, junk). */
export function resolveLink(href: string | undefined, baseUrl: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), baseUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

export function parseDate(text: string | undefined): Date | undefined {
  if (!text) return undefined;
  const date = new Date(text.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}
