import type { RawRelease } from '@presswatch/contracts';
import { redactCredentials, withoutCredentials } from '../web/address-guard.js';
import { buildRawRelease, releaseId, sha256Hex, sniffContentType } from '../raw-release.js';
import type { ListedEntry } from '../parsers/listed-entry.js';
import { privateHostsOf, type WebSourceConfig } from '../sources/sources-config.js';
import type { WebFetcher } from '../web/web-fetcher.js';
import { emptyRunStats, type RunStats } from '../run/run-stats.js';
import type { CrawlMemory, UrlOutcome } from './crawl-memory.js';
import { discoverEntries, type CrawlMode } from './discovery.js';

export interface WebCrawlOptions {
  fetcher: WebFetcher;
  /** Absent in dry runs: everything is new and nothing is remembered. */
  memory: CrawlMemory | null;
  /** Publishes one release; resolves once Kafka acknowledged it, or with why it can never be (see batchingPublisher). */
  publish: (release: RawRelease) => Promise<string | null | void>;
  mode: CrawlMode;
  /** Pages processed at once; the per-host limiter still bounds requests per host. */
  workers?: number;
  now?: () => Date;
  onPageError?: (url: string, reason: string) => void;
  /** Checked between pages: a shutting-down service stops taking new pages (unfinished ones are re-fetched next run). */
  shouldStop?: () => boolean;
  /** Filled as the run goes (see fetchFolder). */
  stats?: RunStats;
}

/** Media types kept as releases; anything else (PDF, images) is reported, not published. */
const TEXT_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

/**
 * One run over a web source: discover the listed pages, fetch each politely (conditionally when a version
 * was published), publish new and changed content as a new version, skip the rest. State is written only
 * after Kafka acknowledged, so a crash at any point re-fetches rather than loses, and what was published
 * and recorded is never published again while unchanged.
 */
export async function crawlWebSource(source: WebSourceConfig, options: WebCrawlOptions): Promise<RunStats> {
  const { fetcher, memory, publish, mode, workers = 8, now = () => new Date(), stats = emptyRunStats(mode) } = options;
  const seen = new Set<string>();
  const privateHosts = privateHostsOf(source);
  // Credentials in a configured URL are sent (basic auth) but never published, stored or logged.
  const idOf = (url: string) => releaseId(source.name, withoutCredentials(url));

  const record = async (entry: ListedEntry, outcome: UrlOutcome, httpStatus: number | null, error: string | null = null) => {
    await memory?.recordUrl({
      id: idOf(entry.url),
      source: source.name,
      url: withoutCredentials(entry.url),
      outcome,
      httpStatus,
      listedDate: entry.date?.toISOString() ?? null,
      checkedAt: now().toISOString(),
      error,
    });
  };

  const processEntry = async (entry: ListedEntry): Promise<void> => {
    const id = idOf(entry.url);
    const previous = (await memory?.published(id)) ?? null;
    // The listing says when the page last changed: no request if our version is at least as recent.
    if (previous && entry.date && Date.parse(previous.fetchedAt) >= entry.date.getTime()) {
      stats.skipped++;
      return record(entry, 'skipped', null);
    }
    let page;
    try {
      page = await fetcher.fetchPage(entry.url, { privateHosts, etag: previous?.etag, lastModified: previous?.lastModified });
      if (!page.notModified && page.mediaType && !TEXT_TYPES.has(page.mediaType))
        throw new Error(`unsupported content type ${page.mediaType}`);
    } catch (error) {
      const reason = (error as { reason?: string }).reason ?? (error as Error).message;
      stats.failed.push({ location: redactCredentials(entry.url), reason });
      options.onPageError?.(redactCredentials(entry.url), reason);
      return record(entry, reason.startsWith('refused') ? 'refused' : 'failed', (error as { status?: number }).status ?? null, reason);
    }
    if (page.notModified) {
      stats.notModified++;
      return record(entry, 'not-modified', 304);
    }
    const fetchedAt = now();
    const contentType = page.mediaType === 'text/plain' ? 'text/plain' : page.mediaType ? 'text/html' : sniffContentType(page.text);
    // The id stays with the listed location (known before fetching, stable across runs); the release
    // records the URL that actually answered, after redirects.
    const location = withoutCredentials(entry.url);
    const release = buildRawRelease({
      source: source.name,
      location,
      url: withoutCredentials(page.finalUrl),
      body: page.text,
      fetchedAt,
      contentType,
    });
    if (previous && previous.contentHash === sha256Hex(page.text)) {
      stats.unchanged++;
      await memory?.refreshValidators(id, page.etag, page.lastModified);
      return record(entry, 'unchanged', page.status);
    }
    const refusal = await publish(release);
    if (refusal) {
      stats.failed.push({ location: redactCredentials(entry.url), reason: refusal });
      options.onPageError?.(redactCredentials(entry.url), refusal);
      return record(entry, 'failed', page.status, refusal);
    }
    await memory?.recordPublished(
      {
        id,
        source: source.name,
        location,
        contentHash: release.contentHash,
        fetchedAt: release.fetchedAt,
        etag: page.etag,
        lastModified: page.lastModified,
      },
      (previous?.version ?? 0) + 1,
    );
    stats.published++;
    await record(entry, 'published', page.status);
  };

  try {
    const discovery = discoverEntries(source, {
      fetcher,
      mode,
      known: async (urls) => {
        if (!memory) return new Set();
        const ids = new Map(urls.map((url) => [idOf(url), url]));
        const known = await memory.knownIds([...ids.keys()]);
        return new Set([...known].map((knownId) => ids.get(knownId)!));
      },
      onDocument: () => stats.documents++,
    });
    for await (const batch of discovery) {
      const fresh = batch.filter((entry) => !seen.has(entry.url) && seen.add(entry.url));
      stats.seen += fresh.length;
      await runPool(fresh, workers, processEntry, options.shouldStop);
      if (options.shouldStop?.()) break;
    }
  } catch (error) {
    stats.error = (error as Error).message;
  }
  return stats;
}

/**
 * Runs `task` over the items with at most `size` at a time. A task that throws (Kafka or the database
 * down) stops the others from taking new items; the first error is rethrown once all have settled.
 */
async function runPool<T>(
  items: T[],
  size: number,
  task: (item: T) => Promise<void>,
  shouldStop: () => boolean = () => false,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length && !shouldStop()) {
      try {
        await task(items[next++]!);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  if (failure) throw failure.error;
}
