import type { SourceRun } from '@presswatch/fetching';
import type { CounterMetric, Logger, ServiceMetrics } from '@presswatch/service-runtime';

/** Logs and counts each run's outcome: what operators and the alert rules see of the fetcher's work. */
export class RunReport {
  private readonly outcomes: CounterMetric;
  private readonly runs: CounterMetric;
  private readonly publishRetries: CounterMetric;

  constructor(
    metrics: ServiceMetrics,
    private readonly logger: Logger,
  ) {
    this.outcomes = metrics.counter(
      'fetch_documents_total',
      'Documents seen by the fetcher, by outcome (published, unchanged, not_modified, skipped, failed).',
      ['outcome'],
    );
    // At 0 from the start, so the first failures show in increase() (and fire PresswatchFetchFailures).
    for (const outcome of ['published', 'unchanged', 'not_modified', 'skipped', 'failed']) this.outcomes.inc({ outcome }, 0);
    this.runs = metrics.counter('fetch_runs_total', 'Source runs, by source and status (ok, partial, failed).', ['source', 'status']);
    this.publishRetries = metrics.counter(
      'fetch_publish_retries_total',
      'Attempts at publishing releases that failed for now (Kafka unavailable) and were retried.',
      ['source'],
    );
  }

  report(run: SourceRun, nextDueAt: number | null): void {
    const { stats } = run;
    this.outcomes.inc({ outcome: 'published' }, stats.published);
    this.outcomes.inc({ outcome: 'unchanged' }, stats.unchanged);
    this.outcomes.inc({ outcome: 'not_modified' }, stats.notModified);
    this.outcomes.inc({ outcome: 'skipped' }, stats.skipped);
    this.outcomes.inc({ outcome: 'failed' }, stats.failed.length);
    this.runs.inc({ source: run.source, status: run.status });
    if (stats.publishRetries > 0) this.publishRetries.inc({ source: run.source }, stats.publishRetries);
    if (run.kind === 'folder')
      for (const failure of stats.failed)
        this.logger.error({ source: run.source, location: failure.location }, `could not publish: ${failure.reason}`);
    const fields = {
      source: run.source,
      mode: run.mode,
      status: run.status,
      seen: stats.seen,
      published: stats.published,
      unchanged: stats.unchanged,
      notModified: stats.notModified,
      skipped: stats.skipped,
      failed: stats.failed.length,
      publishRetries: stats.publishRetries,
      nextRunAt: nextDueAt === null ? null : new Date(nextDueAt).toISOString(),
    };
    if (run.status === 'failed') this.logger.error({ ...fields, error: run.error }, 'fetch pass failed; rescheduled');
    else this.logger.info(fields, 'fetch pass done');
  }

  publishRetry(attempt: number, delayMs: number, error: string): void {
    this.logger.warn({ attempt, delayMs, error }, 'publishing releases failed, retrying');
  }

  pageFailed(source: string, url: string, reason: string): void {
    this.logger.warn({ source, url, reason }, 'page not fetched');
  }
}
