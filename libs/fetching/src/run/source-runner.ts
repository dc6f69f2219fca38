import type { DatabaseCrawlMemory } from '@presswatch/pipeline-state';
import { crawlWebSource } from '../crawl/web-crawler.js';
import type { CrawlMode } from '../crawl/discovery.js';
import { fetchFolder } from '../folder-fetcher.js';
import type { SourceConfig } from '../sources/sources-config.js';
import type { WebFetcher } from '../web/web-fetcher.js';
import { batchingPublisher } from '../crawl/batching-publisher.js';
import type { ReleasePublisher } from './release-publisher.js';
import { emptyRunStats, type SourceRun } from './run-stats.js';

export interface SourceRunnerOptions {
  fetcher: WebFetcher;
  memory: DatabaseCrawlMemory;
  publisher: ReleasePublisher;
  /** Checked between pages: a shutting-down service stops taking new pages (unfinished ones are fetched next run). */
  shouldStop: () => boolean;
  onPageError?: (source: string, url: string, reason: string) => void;
}

export interface RunRequest {
  /** Backfill or incremental; by default a web source backfills until one backfill completed. */
  mode?: CrawlMode;
  /** When the source is due again after this run (epoch ms), or null for "at the next start-up". */
  nextDueAt: (run: SourceRun) => number | null;
}

/**
 * One run of one source, whatever its kind, with its bookkeeping in the crawl state: the start, the mode
 * (backfill until one completed), the outcome and the next due time. Never throws: a failure, of the
 * source or of the crawl state itself, is the run's status, with the statistics gathered until then.
 */
export class SourceRunner {
  constructor(private readonly options: SourceRunnerOptions) {}

  async run(source: SourceConfig, request: RunRequest): Promise<SourceRun> {
    const startedAt = new Date().toISOString();
    let mode: CrawlMode = request.mode ?? 'incremental';
    const stats = emptyRunStats(mode);
    let error: string | undefined;
    try {
      const state = await this.options.memory.store.sourceStarted(source.name, source.kind, startedAt);
      mode = stats.mode = request.mode ?? (state.backfilledAt || source.kind === 'folder' ? 'incremental' : 'backfill');
      const publish = (releases: Parameters<ReleasePublisher['publish']>[0]) =>
        this.options.publisher.publish(releases, () => stats.publishRetries++);
      if (source.kind === 'folder') {
        await fetchFolder({ folder: source.path, source: source.name, ledger: this.options.memory.ledger, publish, stats });
      } else {
        await crawlWebSource(source, {
          fetcher: this.options.fetcher,
          memory: this.options.memory,
          publish: batchingPublisher(publish),
          mode,
          stats,
          workers: Math.max(2, this.options.fetcher.settings.concurrency * 2),
          shouldStop: this.options.shouldStop,
          onPageError: (url, reason) => this.options.onPageError?.(source.name, url, reason),
        });
        error = stats.error;
      }
    } catch (thrown) {
      error = (thrown as Error).message;
    }
    const status = error !== undefined ? 'failed' : stats.failed.length > 0 ? 'partial' : 'ok';
    const run: SourceRun = {
      source: source.name,
      kind: source.kind,
      mode,
      startedAt,
      finishedAt: new Date().toISOString(),
      status,
      ...(error !== undefined ? { error } : {}),
      stats,
    };
    const interrupted = this.options.shouldStop();
    const nextDue = request.nextDueAt(run);
    try {
      await this.options.memory.store.sourceFinished(source.name, {
        status: run.status,
        error: run.error ?? null,
        finishedAt: run.finishedAt,
        // An interrupted run is due again at once after a restart.
        nextDueAt: interrupted || nextDue === null ? null : new Date(nextDue).toISOString(),
        backfilled: mode === 'backfill' && run.status !== 'failed' && !interrupted,
      });
    } catch (recordError) {
      return {
        ...run,
        status: 'failed',
        error: `${run.error ? `${run.error}; ` : ''}could not record the run: ${(recordError as Error).message}`,
      };
    }
    return run;
  }
}
