import robotsModule from 'robots-parser';
import { RefusedFetch, type PrivateHosts } from './address-guard.js';
import type { HostLimiter } from './host-limiter.js';
import { FetchFailure, type HttpClient } from './http-client.js';

interface Robot {
  isDisallowed(url: string, userAgent?: string): boolean | undefined;
  getCrawlDelay(userAgent?: string): number | undefined;
}
// robots-parser is CommonJS (`module.exports = fn`) but typed as an ES default export: bridge the two.
const robotsParser = robotsModule as unknown as (url: string, contents: string) => Robot;
/** What an origin's robots.txt says; `null` rules mean "allow everything" (no robots.txt). */
interface Entry {
  rules: Robot | null;
  disallowAll: boolean;
  expiresAt: number;
}

const ALLOW_ALL: Omit<Entry, 'expiresAt'> = { rules: null, disallowAll: false };
const DISALLOW_ALL: Omit<Entry, 'expiresAt'> = { rules: null, disallowAll: true };
const MAX_CRAWL_DELAY_MS = 60_000;

/**
 * robots.txt per origin, fetched once and kept for `ttlMs`. A missing robots.txt (4xx) allows everything; a
 * server error or an unreachable one disallows everything for a while, as the major crawlers do.
 * Crawl-delay for our user agent raises the host's spacing in the limiter.
 */
export class RobotsPolicy {
  private readonly cache = new Map<string, Promise<Entry>>();

  constructor(
    private readonly client: HttpClient,
    private readonly limiter: HostLimiter,
    private readonly userAgent: string,
    private readonly ttlMs = 6 * 60 * 60 * 1000,
  ) {}

  /** Throws RefusedFetch when robots.txt disallows the URL for our user agent. */
  async check(url: URL, privateHosts: PrivateHosts): Promise<void> {
    if (url.pathname === '/robots.txt') return;
    const entry = await this.entry(url.origin, privateHosts);
    if (entry.disallowAll) throw new RefusedFetch(`refused by robots.txt of ${url.origin} (unavailable: treated as disallow all)`);
    if (entry.rules?.isDisallowed(url.href, this.userAgent)) throw new RefusedFetch(`refused by robots.txt of ${url.origin}`);
  }

  private entry(origin: string, privateHosts: PrivateHosts): Promise<Entry> {
    const cached = this.cache.get(origin);
    if (cached) {
      // A settled entry past its time is refreshed; a pending one is shared.
      void cached.then(
        (entry) => entry.expiresAt < Date.now() && this.cache.get(origin) === cached && this.cache.delete(origin),
        () => undefined, // a refusal stays cached; the caller sees it through `cached`
      );
      return cached;
    }
    const loading = this.load(origin, privateHosts);
    this.cache.set(origin, loading);
    return loading;
  }

  private async load(origin: string, privateHosts: PrivateHosts): Promise<Entry> {
    const robotsUrl = `${origin}/robots.txt`;
    const expiresAt = Date.now() + this.ttlMs;
    try {
      const response = await this.client.get(robotsUrl, { privateHosts, accept: 'text/plain,*/*;q=0.5' });
      const rules = robotsParser(robotsUrl, response.body.toString('utf8'));
      const crawlDelay = rules.getCrawlDelay(this.userAgent);
      if (crawlDelay !== undefined && crawlDelay > 0)
        this.limiter.setHostDelay(new URL(origin).host, Math.min(MAX_CRAWL_DELAY_MS, crawlDelay * 1000));
      return { rules, disallowAll: false, expiresAt };
    } catch (error) {
      if (error instanceof FetchFailure && error.status !== undefined && error.status >= 400 && error.status < 500 && error.status !== 429)
        return { ...ALLOW_ALL, expiresAt };
      if (error instanceof FetchFailure && error.reason.startsWith('refused')) throw new RefusedFetch(error.reason);
      return { ...DISALLOW_ALL, expiresAt: Date.now() + Math.min(this.ttlMs, 10 * 60 * 1000) };
    }
  }
}
