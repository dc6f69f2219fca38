import type { DataSource } from 'typeorm';
import { CrawlStateStore, type UrlCheck } from './crawl-state-store.js';
import { FetchLedger, type FetchObservation } from './fetch-ledger.js';

/**
 * The web crawler's memory (the CrawlMemory interface of libs/fetching, matched structurally) over the
 * database: the publish ledger for versions and validators, the URL table for every check.
 */
export class DatabaseCrawlMemory {
  readonly ledger: FetchLedger;
  readonly store: CrawlStateStore;

  constructor(dataSource: DataSource) {
    this.ledger = new FetchLedger(dataSource);
    this.store = new CrawlStateStore(dataSource);
  }

  async published(id: string) {
    const document = await this.ledger.find(id);
    return (
      document && {
        contentHash: document.contentHash,
        etag: document.etag,
        lastModified: document.lastModified,
        fetchedAt: document.fetchedAt,
        version: document.version,
      }
    );
  }

  recordPublished(record: FetchObservation, version: number): Promise<void> {
    return this.ledger.record(record, version);
  }

  refreshValidators(id: string, etag: string | null, lastModified: string | null): Promise<void> {
    return this.ledger.refreshValidators(id, etag, lastModified);
  }

  knownIds(ids: string[]): Promise<Set<string>> {
    return this.store.knownIds(ids);
  }

  recordUrl(check: UrlCheck): Promise<void> {
    return this.store.recordUrl(check);
  }
}
