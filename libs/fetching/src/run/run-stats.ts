import type { CrawlMode } from '../crawl/discovery.js';
import type { SourceConfig } from '../sources/sources-config.js';

/** What one run of a source did, folder or web; filled as the run goes, so a failed run still tells. */
export interface RunStats {
  mode: CrawlMode;
  /** Files or listed pages looked at. */
  seen: number;
  published: number;
  unchanged: number;
  /** Web: pages the server answered 304 Not Modified for. */
  notModified: number;
  /** Web: pages the listing dated no later than the version already published. */
  skipped: number;
  /** Web: feeds, sitemaps and listing pages read. */
  documents: number;
  /** Files or pages not published, and why (unreadable, refused, too large). */
  failed: { location: string; reason: string }[];
  /** Publish attempts that failed for now (Kafka unavailable) and were retried. */
  publishRetries: number;
  /** Web: set when the source's own feed, sitemap or listing could not be read. */
  error?: string;
}

export const emptyRunStats = (mode: CrawlMode): RunStats => ({
  mode,
  seen: 0,
  published: 0,
  unchanged: 0,
  notModified: 0,
  skipped: 0,
  documents: 0,
  failed: [],
  publishRetries: 0,
});

export interface SourceRun {
  source: string;
  kind: SourceConfig['kind'];
  mode: CrawlMode;
  startedAt: string;
  finishedAt: string;
  /** ok; partial: some files or pages failed; failed: the source itself (listing, feed, Kafka, database) failed. */
  status: 'ok' | 'partial' | 'failed';
  error?: string;
  stats: RunStats;
}
