import type { DataSource, Repository } from 'typeorm';
import { FetchedDocument } from './fetched-document.entity.js';

export interface FetchObservation {
  id: string;
  source: string;
  location: string;
  contentHash: string;
  fetchedAt: string;
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchDecision = { publish: true; version: number } | { publish: false; reason: 'unchanged' };

/**
 * The fetcher's memory: decides whether a fetched document is new, changed (a new version) or unchanged.
 * `record` is called only after the release was published, so a crash in between re-publishes (at least
 * once, harmless with deterministic ids) rather than losing the release.
 */
export class FetchLedger {
  private readonly repository: Repository<FetchedDocument>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(FetchedDocument);
  }

  async decide(observation: FetchObservation): Promise<FetchDecision> {
    const known = await this.repository.findOneBy({ id: observation.id });
    if (known && known.contentHash === observation.contentHash) return { publish: false, reason: 'unchanged' };
    return { publish: true, version: known ? known.version + 1 : 1 };
  }

  async record(observation: FetchObservation, version: number): Promise<void> {
    await this.repository.save({
      id: observation.id,
      source: observation.source,
      location: observation.location,
      contentHash: observation.contentHash,
      fetchedAt: observation.fetchedAt,
      etag: observation.etag ?? null,
      lastModified: observation.lastModified ?? null,
      lastStatus: 'published',
      version,
    });
  }

  /** The published version of a document, with the validators (ETag, Last-Modified) it was fetched with. */
  find(id: string): Promise<FetchedDocument | null> {
    return this.repository.findOneBy({ id });
  }

  /** Unchanged content under new validators: keep them, so the next request can be conditional. */
  async refreshValidators(id: string, etag: string | null, lastModified: string | null): Promise<void> {
    await this.repository.update({ id }, { etag, lastModified });
  }

  async count(source?: string): Promise<number> {
    return source ? this.repository.countBy({ source }) : this.repository.count();
  }
}

export async function databaseIsReachable(dataSource: DataSource): Promise<boolean> {
  try {
    await dataSource.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}
