import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** One request the fixture site received. */
export interface LoggedRequest {
  at: number;
  path: string;
  headers: IncomingMessage['headers'];
}

export interface FixtureSiteOptions {
  /** Articles /articles/1.html … /articles/N.html. */
  articles: number;
  /** Articles per listing page (/news?page=N). */
  perPage?: number;
  /** Delay before every article answers (throughput and slow-site tests). */
  articleDelayMs?: number;
}

export interface Hold {
  /** Resolves when the held path is requested. */
  arrived: Promise<void>;
  /** Lets the held request (and later ones) through. */
  release(): void;
}

/** Only latin-1 characters, served as ISO-8859-1 bytes. */
export const LATIN1_TEXT = "<html><body><p>Réfugiés à Genève : l'aide arrive - « enfin »</p></body></html>";
export const LAST_MODIFIED = 'Mon, 04 Mar 2024 09:00:00 GMT';
/** The date the site gives article n (newest has the highest number), one day apart. */
export const articleDate = (n: number): Date => new Date(Date.UTC(2024, 0, 1 + n));

/**
 * A small press site on 127.0.0.1 with everything a crawler meets: a feed, a sitemap index, a paginated
 * listing, articles with ETag and Last-Modified (304 on a match), robots.txt, slow pages, 429 and 503 with
 * Retry-After, 500s (transient and permanent), a redirect loop, latin-1 pages and oversized pages.
 */
export class FixtureSite {
  readonly requests: LoggedRequest[] = [];
  /** Newest first, as listings are. */
  listing: number[];
  private readonly bodies = new Map<number, string>();
  private readonly counters = new Map<string, number>();
  private readonly holds = new Map<string, { promise: Promise<void>; release: () => void; arrived: () => void }>();
  private server: Server | undefined;
  url = '';

  constructor(private readonly options: FixtureSiteOptions) {
    this.listing = Array.from({ length: options.articles }, (_, index) => options.articles - index);
  }

  async start(port: number): Promise<this> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', resolve);
    });
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async close(): Promise<void> {
    for (const hold of this.holds.values()) hold.release();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The body of article n (default text unless changed with setArticle). */
  article(n: number): string {
    return (
      this.bodies.get(n) ??
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Communiqué ${n}</title></head><body><nav><a href="/">Accueil</a></nav>` +
        `<article><h1>Communiqué numéro ${n}</h1><p>Genève – L'organisation a distribué ${n * 100} kits d'urgence aux familles déplacées.</p></article></body></html>`
    );
  }

  setArticle(n: number, body: string): void {
    this.bodies.set(n, body);
  }

  /** Holds requests for `path` until released. */
  hold(path: string): Hold {
    let release!: () => void;
    let arrived!: () => void;
    const promise = new Promise<void>((resolve) => (release = resolve));
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    this.holds.set(path, { promise, release, arrived });
    return { arrived: arrival, release };
  }

  requested(path: string): LoggedRequest[] {
    return this.requests.filter((request) => request.path === path);
  }

  private count(path: string): number {
    const next = (this.counters.get(path) ?? 0) + 1;
    this.counters.set(path, next);
    return next;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const path = url.pathname + url.search;
    this.requests.push({ at: Date.now(), path, headers: request.headers });
    const hold = this.holds.get(url.pathname);
    if (hold) {
      hold.arrived();
      await hold.promise;
    }
    const send = (status: number, body: string | Buffer, headers: Record<string, string | number> = {}) => {
      response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers });
      response.end(body);
    };
    const article = /^\/articles\/(\d+)\.html$/.exec(url.pathname);
    if (article) {
      const n = Number(article[1]);
      if (n < 1 || n > this.options.articles + 50) return send(404, 'not found');
      if (this.options.articleDelayMs) await new Promise((resolve) => setTimeout(resolve, this.options.articleDelayMs));
      const body = this.article(n);
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      if (request.headers['if-none-match'] === etag) return send(304, '', { etag });
      return send(200, body, { etag, 'last-modified': LAST_MODIFIED });
    }
    switch (url.pathname) {
      case '/robots.txt':
        return send(200, 'User-agent: *\nDisallow: /private/\n', { 'content-type': 'text/plain' });
      case '/feed.xml':
        return send(200, this.feed(), { 'content-type': 'application/rss+xml' });
      case '/sitemap.xml': {
        const index = `<sitemap><loc>${this.url}/sitemap-articles.xml</loc></sitemap>`;
        const xml = `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index}</sitemapindex>`;
        return send(200, xml, { 'content-type': 'application/xml' });
      }
      case '/sitemap-articles.xml':
        return send(200, this.urlset(), { 'content-type': 'application/xml' });
      case '/news':
        return send(200, this.listingPage(Number(url.searchParams.get('page') ?? '1')));
      case '/latin1.html':
        return send(200, Buffer.from(LATIN1_TEXT, 'latin1'), { 'content-type': 'text/html; charset=ISO-8859-1' });
      case '/latin1-meta.html': {
        const head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>';
        const body = [
          Buffer.from(`${head}<body><p>Le HCR salue l`),
          Buffer.from([0x92]),
          Buffer.from('accord : 5 000 '),
          Buffer.from([0x80]),
        ];
        return send(200, Buffer.concat([...body, Buffer.from(' par famille</p></body></html>')]), { 'content-type': 'text/html' });
      }
      case '/slow.html':
        await new Promise((resolve) => setTimeout(resolve, 300));
        return send(200, '<html><body><p>Page lente mais complète.</p></body></html>');
      case '/timeout.html':
        await new Promise((resolve) => setTimeout(resolve, 5000));
        return send(200, '<html><body><p>Too late.</p></body></html>');
      case '/limited.html':
        if (this.count(url.pathname) === 1) return send(429, 'slow down', { 'retry-after': '1' });
        return send(200, '<html><body><p>Rate limited page, second try.</p></body></html>');
      case '/busy.html':
        if (this.count(url.pathname) === 1) return send(503, 'busy', { 'retry-after': '1' });
        return send(200, '<html><body><p>Busy page, second try.</p></body></html>');
      case '/flaky.html':
        if (this.count(url.pathname) <= 2) return send(500, 'oops');
        return send(200, '<html><body><p>Flaky page, third try.</p></body></html>');
      case '/broken.html':
        return send(500, 'always broken');
      case '/loop-a':
        return send(302, '', { location: '/loop-b' });
      case '/loop-b':
        return send(302, '', { location: '/loop-a' });
      case '/moved':
        return send(301, '', { location: '/articles/1.html' });
      case '/huge.html':
        return send(200, `<html><body><p>${'x'.repeat(300_000)}</p></body></html>`);
      case '/huge-chunked.html': {
        response.writeHead(200, { 'content-type': 'text/html' });
        for (let chunk = 0; chunk < 40 && !response.destroyed; chunk++) response.write(`<p>${'y'.repeat(10_000)}</p>`);
        return void response.end();
      }
      case '/private/secret.html':
        return send(200, '<html><body><p>Should never be fetched.</p></body></html>');
      default:
        return send(404, 'not found');
    }
  }

  /** The feed lists the first articles and every troublesome page. */
  static readonly FEED_EXTRAS = [
    '/latin1.html',
    '/latin1-meta.html',
    '/slow.html',
    '/limited.html',
    '/busy.html',
    '/flaky.html',
    '/moved',
    '/broken.html',
    '/timeout.html',
    '/loop-a',
    '/huge.html',
    '/huge-chunked.html',
    '/private/secret.html',
    '/missing.html',
  ];
  static readonly FEED_ARTICLES = 5;

  private feed(): string {
    const items = [
      ...Array.from({ length: FixtureSite.FEED_ARTICLES }, (_, index) => `/articles/${index + 1}.html`),
      ...FixtureSite.FEED_EXTRAS,
    ].map((path) => `<item><title>${path}</title><link>${this.url}${path}</link></item>`);
    return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Fixture press room</title><link>${this.url}/</link>${items.join('')}</channel></rss>`;
  }

  private urlset(): string {
    const urls = Array.from({ length: this.options.articles }, (_, index) => index + 1).map(
      (n) => `<url><loc>${this.url}/articles/${n}.html</loc><lastmod>${articleDate(n).toISOString().slice(0, 10)}</lastmod></url>`,
    );
    return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>`;
  }

  private listingPage(page: number): string {
    const perPage = this.options.perPage ?? 3;
    const items = this.listing.slice((page - 1) * perPage, page * perPage);
    const pages = Math.ceil(this.listing.length / perPage);
    const item = (n: number) =>
      `<li class="item"><time datetime="${articleDate(n).toISOString()}">${n}</time> <h3><a class="title" href="/articles/${n}.html">Communiqué ${n}</a></h3></li>`;
    const list = items.map(item).join('');
    const next = page < pages ? `<a rel="next" href="/news?page=${page + 1}">Suivant</a>` : '';
    return `<!DOCTYPE html><html><body><nav><a href="/about">À propos</a></nav><ul class="news">${list}</ul>${next}</body></html>`;
  }
}
