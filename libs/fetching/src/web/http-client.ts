import http from 'node:http';
import https from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { assertUrlAllowed, guardedLookup, redactCredentials, RefusedFetch, type PrivateHosts } from './address-guard.js';
import type { HostLimiter } from './host-limiter.js';
import { backoffDelayMs, sleep } from '@presswatch/timing';
import { isRetryableStatus, parseRetryAfter } from './retry-policy.js';

export interface HttpSettings {
  userAgent: string;
  /** Whole-attempt timeout (connect, headers and body). */
  timeoutMs: number;
  /** Decoded body size above which the page is refused. */
  maxBodyBytes: number;
  maxRedirects: number;
  /** Further attempts after the first, on network errors, 5xx, 408 and 429. */
  retries: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** A Retry-After longer than this fails the page instead of stalling the host. */
  maxRetryAfterMs: number;
}

export interface GetOptions {
  /** Hosts that may be private (a source's own intranet host); every other hop is checked. */
  privateHosts: PrivateHosts;
  accept?: string;
  etag?: string | null;
  lastModified?: string | null;
  /** Called before each hop (first URL and every redirect target); throws to refuse, e.g. robots.txt. */
  beforeHop?: (url: URL) => Promise<void>;
}

export interface HttpResponse {
  /** The URL that answered, after redirects. */
  url: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  notModified: boolean;
  attempts: number;
}

/** A page that could not be fetched; `reason` is safe to log (no credentials). */
export class FetchFailure extends Error {
  override readonly name = 'FetchFailure';
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly status?: number,
  ) {
    super(`${redactCredentials(url)}: ${reason}`);
  }
}

/** Errors worth another attempt; everything else (refusals, size, redirect loops) is final. */
class Retryable extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly waitMs?: number,
  ) {
    super(message);
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * GET with the crawler's manners: per-host limits, guarded DNS (every hop), timeouts, a body size limit,
 * bounded redirects, retries with jittered exponential backoff, Retry-After on 429/503, conditional headers.
 */
export class HttpClient {
  constructor(
    readonly settings: HttpSettings,
    private readonly limiter: HostLimiter,
  ) {}

  async get(url: string, options: GetOptions): Promise<HttpResponse> {
    let lastError: Retryable | undefined;
    for (let attempt = 0; attempt <= this.settings.retries; attempt++) {
      if (lastError) {
        const wait = lastError.waitMs ?? backoffDelayMs(attempt - 1, this.settings.retryBaseMs, this.settings.retryMaxMs);
        await sleep(wait);
      }
      try {
        return { ...(await this.followRedirects(url, options)), attempts: attempt + 1 };
      } catch (error) {
        if (error instanceof Retryable) {
          lastError = error;
          continue;
        }
        if (error instanceof FetchFailure) throw error;
        throw new FetchFailure(url, (error as Error).message);
      }
    }
    throw new FetchFailure(url, `${lastError?.message ?? 'failed'} (after ${this.settings.retries + 1} attempts)`, lastError?.status);
  }

  private async followRedirects(start: string, options: GetOptions): Promise<Omit<HttpResponse, 'attempts'>> {
    const visited = new Set<string>();
    let current = new URL(start);
    for (let hop = 0; ; hop++) {
      assertUrlAllowed(current, options.privateHosts.has(current.host));
      await options.beforeHop?.(current);
      if (visited.has(current.href)) throw new FetchFailure(start, `redirect loop at ${redactCredentials(current.href)}`);
      visited.add(current.href);
      const target = current;
      const answer = await this.limiter.run(target.host, () => this.request(target, options));
      if (REDIRECTS.has(answer.status) && answer.headers['location']) {
        if (hop >= this.settings.maxRedirects)
          throw new FetchFailure(start, `too many redirects (more than ${this.settings.maxRedirects})`);
        current = new URL(answer.headers['location'], current);
        continue;
      }
      if (answer.status === 304)
        return { url: current.href, status: 304, headers: answer.headers, body: Buffer.alloc(0), notModified: true };
      if (answer.status === 429 || answer.status === 503) {
        const waitMs = parseRetryAfter(answer.headers['retry-after']);
        if (waitMs !== undefined) {
          if (waitMs > this.settings.maxRetryAfterMs)
            throw new FetchFailure(start, `HTTP ${answer.status}, Retry-After ${Math.round(waitMs / 1000)} s is too long`, answer.status);
          this.limiter.deferHost(current.host, waitMs);
          throw new Retryable(`HTTP ${answer.status}`, answer.status, waitMs);
        }
      }
      if (isRetryableStatus(answer.status)) throw new Retryable(`HTTP ${answer.status}`, answer.status);
      if (answer.status < 200 || answer.status > 299) throw new FetchFailure(start, `HTTP ${answer.status}`, answer.status);
      return { url: current.href, status: answer.status, headers: answer.headers, body: answer.body, notModified: false };
    }
  }

  private request(url: URL, options: GetOptions): Promise<RawAnswer> {
    const headers: Record<string, string> = {
      'user-agent': this.settings.userAgent,
      accept: options.accept ?? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    const transport = url.protocol === 'https:' ? https : http;
    return new Promise<RawAnswer>((resolve, reject) => {
      let settled = false;
      const finish = (error: Error | null, answer?: RawAnswer) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (error) reject(error);
        else resolve(answer!);
      };
      const request = transport.request(
        url,
        {
          method: 'GET',
          headers,
          lookup: guardedLookup(options.privateHosts.has(url.host)) as never,
          auth: url.username ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : undefined,
        },
        (response) => {
          const status = response.statusCode ?? 0;
          const responseHeaders: Record<string, string> = {};
          for (const [name, value] of Object.entries(response.headers))
            if (value !== undefined) responseHeaders[name] = Array.isArray(value) ? value.join(', ') : value;
          if (REDIRECTS.has(status) || status === 304 || status >= 400) {
            response.resume(); // the body of these answers is not needed
            return finish(null, { status, headers: responseHeaders, body: Buffer.alloc(0) });
          }
          const declared = Number(responseHeaders['content-length']);
          if (Number.isFinite(declared) && declared > this.settings.maxBodyBytes) {
            finish(new FetchFailure(url.href, `body larger than ${this.settings.maxBodyBytes} bytes (Content-Length ${declared})`));
            return void request.destroy();
          }
          const stream = decoded(response, responseHeaders['content-encoding']);
          const chunks: Buffer[] = [];
          let size = 0;
          stream.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > this.settings.maxBodyBytes) {
              finish(new FetchFailure(url.href, `body larger than ${this.settings.maxBodyBytes} bytes`)); // before destroy, which fires 'aborted'
              request.destroy();
              stream.destroy();
            } else chunks.push(chunk);
          });
          stream.on('end', () => finish(null, { status, headers: responseHeaders, body: Buffer.concat(chunks) }));
          stream.on('error', (error) => finish(new Retryable(`body: ${error.message}`)));
          response.on('aborted', () => finish(new Retryable('connection closed mid-body')));
        },
      );
      const timer = setTimeout(() => {
        request.destroy();
        finish(new Retryable(`timeout after ${this.settings.timeoutMs} ms`));
      }, this.settings.timeoutMs);
      request.on('error', (error: NodeJS.ErrnoException) => {
        if (error instanceof RefusedFetch || error.code === 'EREFUSEDADDRESS') finish(new FetchFailure(url.href, error.message));
        else if (error.code === 'ENOTFOUND') finish(new FetchFailure(url.href, `host not found: ${url.hostname}`));
        else finish(new Retryable(`network error: ${error.code ?? error.message}`));
      });
      request.end();
    });
  }
}

function decoded(response: http.IncomingMessage, encoding: string | undefined): Readable {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return response.pipe(createGunzip());
    case 'deflate':
      return response.pipe(createInflate());
    case 'br':
      return response.pipe(createBrotliDecompress());
    default:
      return response;
  }
}
