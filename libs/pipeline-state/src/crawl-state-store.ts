import { In, type DataSource, type Repository } from 'typeorm';
import { CrawlSource } from './crawl-source.entity.js';
import { CrawlUrl } from './crawl-url.entity.js';

export type UrlOutcome = 'published' | 'unchanged' | 'not-modified' | 'skipped' | 'failed' | 'refused';

export interface UrlCheck {
  id: string;
  source: string;
  url: string;
  outcome: UrlOutcome;
  httpStatus?: number | null;
  listedDate?: string | null;
  checkedAt: string;
  error?: string | null;
}

export interface SourceRunEnd {
  status: 'ok' | 'partial' | 'failed';
  error?: string | null;
  finishedAt: string;
  nextDueAt: string | null;
  /** The run was a backfill that completed: later runs are incremental. */
  backfilled: boolean;
}

/** Outcomes that mean "we have this URL's current content": listings stop paginating at pages of only these. */
const KNOWN: UrlOutcome[] = ['published', 'unchanged', 'not-modified', 'skipped'];

/** The scheduler's and the crawler's memory of sources and URLs, beside the publish ledger. */
export class CrawlStateStore {
  private readonly sources: Repository<CrawlSource>;
  private readonly urls: Repository<CrawlUrl>;

  constructor(dataSource: DataSource) {
    this.sources = dataSource.getRepository(CrawlSource);
    this.urls = dataSource.getRepository(CrawlUrl);
  }

  source(name: string): Promise<CrawlSource | null> {
    return this.sources.findOneBy({ name });
  }

  listSources(): Promise<CrawlSource[]> {
    return this.sources.find({ order: { name: 'ASC' } });
  }

  async sourceStarted(name: string, kind: string, startedAt: string): Promise<CrawlSource> {
    const known = await this.sources.findOneBy({ name });
    return this.sources.save({
      name,
      kind,
      lastStartedAt: startedAt,
      lastFinishedAt: known?.lastFinishedAt ?? null,
      lastStatus: known?.lastStatus ?? null,
      lastError: known?.lastError ?? null,
      nextDueAt: known?.nextDueAt ?? null,
      backfilledAt: known?.backfilledAt ?? null,
      runs: (known?.runs ?? 0) + 1,
    });
  }

  async sourceFinished(name: string, end: SourceRunEnd): Promise<void> {
    const patch: Partial<CrawlSource> = {
      lastFinishedAt: end.finishedAt,
      lastStatus: end.status,
      lastError: end.error?.slice(0, 1000) ?? null,
      nextDueAt: end.nextDueAt,
    };
    if (end.backfilled) patch.backfilledAt = end.finishedAt;
    await this.sources.update({ name }, patch);
  }

  async url(id: string): Promise<CrawlUrl | null> {
    return this.urls.findOneBy({ id });
  }

  /** Of these ids, the ones whose current content we already have. */
  async knownIds(ids: string[]): Promise<Set<string>> {
    const known = new Set<string>();
    for (let start = 0; start < ids.length; start += 500) {
      const rows = await this.urls.find({ select: { id: true }, where: { id: In(ids.slice(start, start + 500)), lastStatus: In(KNOWN) } });
      for (const row of rows) known.add(row.id);
    }
    return known;
  }

  async recordUrl(check: UrlCheck): Promise<void> {
    const previous = check.outcome === 'failed' ? await this.urls.findOneBy({ id: check.id }) : null;
    await this.urls.save({
      id: check.id,
      source: check.source,
      url: check.url,
      lastStatus: check.outcome,
      httpStatus: check.httpStatus ?? null,
      listedDate: check.listedDate ?? null,
      checkedAt: check.checkedAt,
      error: check.error?.slice(0, 1000) ?? null,
      failures: check.outcome === 'failed' ? (previous?.failures ?? 0) + 1 : 0,
    });
  }

  countUrls(source: string, outcome?: UrlOutcome): Promise<number> {
    return this.urls.countBy(outcome ? { source, lastStatus: outcome } : { source });
  }
}
