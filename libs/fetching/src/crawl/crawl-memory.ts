/**
 * What the web crawler needs to remember, implemented over the crawl-state database by the fetcher service
 * and left out by dry runs (everything is then new). Kept as an interface so the CLI does not load TypeORM.
 */
export interface PublishedVersion {
  contentHash: string;
  etag: string | null;
  lastModified: string | null;
  /** ISO time of the fetch that produced the published version. */
  fetchedAt: string;
  version: number;
}

// The URL outcomes are the state store's vocabulary; type-only, so nothing of TypeORM is loaded here.
import type { UrlCheck } from '@presswatch/pipeline-state';
export type { UrlOutcome, UrlCheck } from '@presswatch/pipeline-state';

export interface PublishedRecord {
  id: string;
  source: string;
  location: string;
  contentHash: string;
  fetchedAt: string;
  etag: string | null;
  lastModified: string | null;
}

export interface CrawlMemory {
  published(id: string): Promise<PublishedVersion | null>;
  /** Called only after Kafka acknowledged the release. */
  recordPublished(record: PublishedRecord, version: number): Promise<void>;
  refreshValidators(id: string, etag: string | null, lastModified: string | null): Promise<void>;
  /** Of these ids, the ones whose current content is known (to stop walking a listing). */
  knownIds(ids: string[]): Promise<Set<string>>;
  recordUrl(check: UrlCheck): Promise<void>;
}
