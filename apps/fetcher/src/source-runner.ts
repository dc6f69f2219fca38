import type { RawRelease } from '@presswatch/contracts';
import { crawlWebSource, fetchFolder, type CrawlMode, type FetchRunStats, type SourceConfig, type WebFetcher, type WebRunStats } from '@presswatch/fetching';
import type { DatabaseCrawlMemory } from '@presswatch/pipeline-state';

export interface SourceRun {
  source: string;
  kind: SourceConfig['kind'];
  mode: CrawlMode;
  startedAt: string;
  finishedAt: string;
  /** ok; partial: some pages failed; failed: the source itself (listing, feed, Kafka, database) failed. */
  status: 'ok' | 'partial' | 'failed';
  error?: string;
  stats: FetchRunStats | WebRunStats;
}

export interface RunDependencies {
  fetcher: WebFetcher;
  memory: DatabaseCrawlMemory;
  publishBatch: (releases: RawRelease[]) => Promise<void>;
  publishOne: (release: RawRelease) => Promise<void>;
  shouldStop: () => boolean;
  onPageError: (url: string, reason: string) => void;
}

const emptyStats = (mode: CrawlMode): WebRunStats => ({ mode, seen: 0, published: 0, unchanged: 0, notModified: 0, skipped: 0, documents: 0, failed: [] });

/** One run of one source, whatever its kind; never throws (a failure is the run's status). */
export async function runSource(source: SourceConfig, mode: CrawlMode, dependencies: RunDependencies): Promise<SourceRun> {
  const startedAt = new Date().toISOString();
  let stats: FetchRunStats | WebRunStats = emptyStats(mode);
  let error: string | undefined;
  try {
    if (source.kind === 'folder') {
      stats = await fetchFolder({ folder: source.path, source: source.name, ledger: dependencies.memory.ledger, publish: dependencies.publishBatch });
    } else {
      stats = await crawlWebSource(source, {
        fetcher: dependencies.fetcher,
        memory: dependencies.memory,
        publish: dependencies.publishOne,
        mode,
        workers: Math.max(2, dependencies.fetcher.settings.concurrency * 2),
        shouldStop: dependencies.shouldStop,
        onPageError: dependencies.onPageError,
      });
      error = (stats as WebRunStats).error;
    }
  } catch (thrown) {
    error = (thrown as Error).message;
  }
  const status = error !== undefined ? 'failed' : stats.failed.length > 0 ? 'partial' : 'ok';
  return { source: source.name, kind: source.kind, mode, startedAt, finishedAt: new Date().toISOString(), status, ...(error !== undefined ? { error } : {}), stats };
}
