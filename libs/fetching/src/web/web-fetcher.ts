import { charsetFromContentType, decodeBody } from './charset.js';
import { HostLimiter, type HostLimits } from './host-limiter.js';
import { HttpClient, type HttpSettings } from './http-client.js';
import type { PrivateHosts } from './address-guard.js';
import { RobotsPolicy } from './robots.js';

export type PolitenessSettings = HttpSettings & HostLimits;

export const DEFAULT_POLITENESS: PolitenessSettings = {
  userAgent: 'PresswatchBot/0.1 (+https://github.com/presswatch)',
  concurrency: 2,
  minDelayMs: 1000,
  timeoutMs: 20_000,
  maxBodyBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  retries: 3,
  retryBaseMs: 500,
  retryMaxMs: 30_000,
  maxRetryAfterMs: 120_000,
};

export interface FetchedPage {
  /** The URL asked for (the release's location) and the one that answered, after redirects. */
  requestedUrl: string;
  finalUrl: string;
  status: number;
  notModified: boolean;
  /** The body as UTF-8 text (empty when not modified). */
  text: string;
  /** The media type without parameters, e.g. `text/html`. */
  mediaType: string | undefined;
  charset: string | undefined;
  etag: string | null;
  lastModified: string | null;
}

export interface PageRequest {
  /** Hosts that may be private (see `PrivateHosts`); redirects elsewhere are checked as usual. */
  privateHosts: PrivateHosts;
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
}

/** The one way the crawler and the CLI reach the web: robots.txt, per-host limits, then charset decoding. */
export class WebFetcher {
  readonly client: HttpClient;
  private readonly robots: RobotsPolicy;

  constructor(readonly settings: PolitenessSettings = DEFAULT_POLITENESS) {
    const limiter = new HostLimiter(settings);
    this.client = new HttpClient(settings, limiter);
    this.robots = new RobotsPolicy(this.client, limiter, settings.userAgent);
  }

  async fetchPage(url: string, request: PageRequest): Promise<FetchedPage> {
    const response = await this.client.get(url, {
      privateHosts: request.privateHosts,
      etag: request.etag,
      lastModified: request.lastModified,
      accept: request.accept,
      beforeHop: (hop) => this.robots.check(hop, request.privateHosts),
    });
    const contentType = response.headers['content-type'];
    const decoded = response.notModified ? undefined : decodeBody(response.body, contentType);
    return {
      requestedUrl: url,
      finalUrl: response.url,
      status: response.status,
      notModified: response.notModified,
      text: decoded?.text ?? '',
      mediaType: contentType?.split(';')[0]?.trim().toLowerCase() || undefined,
      charset: decoded?.charset ?? charsetFromContentType(contentType),
      etag: response.headers['etag'] ?? null,
      lastModified: response.headers['last-modified'] ?? null,
    };
  }
}
