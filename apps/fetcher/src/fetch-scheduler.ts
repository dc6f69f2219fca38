import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HEADERS, TOPICS, type RawRelease } from '@presswatch/contracts';
import { childTraceparent, type MessageProducer } from '@presswatch/kafka-messaging';
import { DatabaseCrawlMemory, type StateDatabase } from '@presswatch/pipeline-state';
import { batchingPublisher, WebFetcher, type CrawlMode, type SourceConfig, type SourcesConfig, type WebRunStats } from '@presswatch/fetching';
import { LOGGER, ServiceMetrics, type CounterMetric, type Logger } from '@presswatch/service-runtime';
import type { FetcherConfig } from './config.js';
import { runSource, type SourceRun } from './source-runner.js';
import { FETCHER_CONFIG, PRODUCER, SOURCES, STATE_DATABASE } from './tokens.js';

/**
 * Runs each source on its own schedule (its interval, or FETCHER_INTERVAL_SECONDS), one run per source at a
 * time, and on demand. A source's next due time is kept in the database, so a restart neither re-runs a
 * source early nor forgets one that is due; a source with interval 0 runs once at start-up.
 */
@Injectable()
export class FetchScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private stopping = false;
  private readonly running = new Map<string, Promise<SourceRun>>();
  private readonly dueAt = new Map<string, number>();
  private readonly outcomes: CounterMetric;
  private readonly runs: CounterMetric;
  private readonly fetcher: WebFetcher;
  private readonly memory: DatabaseCrawlMemory;
  private readonly publishOne: (release: RawRelease) => Promise<void>;
  readonly lastRuns = new Map<string, SourceRun>();

  constructor(
    @Inject(FETCHER_CONFIG) private readonly config: FetcherConfig,
    @Inject(SOURCES) private readonly sources: SourcesConfig,
    @Inject(PRODUCER) private readonly producer: MessageProducer,
    @Inject(STATE_DATABASE) private readonly database: StateDatabase,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(ServiceMetrics) metrics: ServiceMetrics,
  ) {
    this.outcomes = metrics.counter('fetch_documents_total', 'Documents seen by the fetcher, by outcome (published, unchanged, not_modified, skipped, failed).', ['outcome']);
    this.runs = metrics.counter('fetch_runs_total', 'Source runs, by source and status (ok, partial, failed).', ['source', 'status']);
    this.fetcher = new WebFetcher(sources.politeness);
    this.memory = new DatabaseCrawlMemory(database);
    this.publishOne = batchingPublisher((releases) => this.publish(releases));
  }

  private get enabled(): SourceConfig[] {
    return this.sources.sources.filter((source) => source.enabled);
  }

  private intervalOf(source: SourceConfig): number {
    return source.intervalSeconds ?? this.config.FETCHER_INTERVAL_SECONDS;
  }

  onApplicationBootstrap(): void {
    void this.start();
  }

  private async start(): Promise<void> {
    for (const source of this.enabled) {
      const state = await this.memory.store.source(source.name).catch(() => null);
      const due = this.intervalOf(source) === 0 || !state?.nextDueAt ? Date.now() : Date.parse(state.nextDueAt);
      this.dueAt.set(source.name, due);
    }
    this.tick();
    if (this.enabled.some((source) => this.intervalOf(source) > 0)) this.timer = setInterval(() => this.tick(), this.config.FETCHER_TICK_MS);
  }

  private tick(): void {
    if (this.stopping) return;
    for (const source of this.enabled) {
      const due = this.dueAt.get(source.name);
      if (due !== undefined && due <= Date.now() && !this.running.has(source.name)) void this.run(source);
    }
  }

  /** Stops scheduling, lets running passes stop at the next page, then releases the producer and the database. */
  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    await Promise.allSettled([...this.running.values()]);
    await this.producer.disconnect();
    await this.database.destroy();
  }

  /** On demand (HTTP, CLI): the named source or every source; a source already running is joined, not restarted. */
  async runNow(name?: string, mode?: CrawlMode): Promise<SourceRun[]> {
    const selected = this.enabled.filter((source) => name === undefined || source.name === name);
    if (name !== undefined && selected.length === 0) throw new Error(`no enabled source named ${name}`);
    return Promise.all(selected.map((source) => this.run(source, mode)));
  }

  sourceNames(): string[] {
    return this.enabled.map((source) => source.name);
  }

  private run(source: SourceConfig, requestedMode?: CrawlMode): Promise<SourceRun> {
    const running = this.running.get(source.name);
    if (running) return running;
    const run = this.execute(source, requestedMode)
      .catch((error: unknown) => this.stateUnavailable(source, requestedMode, error))
      .finally(() => this.running.delete(source.name));
    this.running.set(source.name, run);
    return run;
  }

  private async execute(source: SourceConfig, requestedMode?: CrawlMode): Promise<SourceRun> {
    this.dueAt.delete(source.name);
    const state = await this.memory.store.sourceStarted(source.name, source.kind, new Date().toISOString());
    const mode: CrawlMode = requestedMode ?? (state.backfilledAt || source.kind === 'folder' ? 'incremental' : 'backfill');
    const run = await runSource(source, mode, {
      fetcher: this.fetcher,
      memory: this.memory,
      publishBatch: (releases) => this.publish(releases),
      publishOne: this.publishOne,
      shouldStop: () => this.stopping,
      onPageError: (url, reason) => this.logger.warn({ source: source.name, url, reason }, 'page not fetched'),
    });
    const interval = this.intervalOf(source);
    const nextDue = interval > 0 ? Date.now() + interval * 1000 : null;
    if (nextDue !== null) this.dueAt.set(source.name, nextDue);
    const interrupted = this.stopping;
    await this.memory.store
      .sourceFinished(source.name, {
        status: run.status,
        error: run.error ?? null,
        finishedAt: run.finishedAt,
        // An interrupted run is due again at once after a restart.
        nextDueAt: interrupted || nextDue === null ? null : new Date(nextDue).toISOString(),
        backfilled: mode === 'backfill' && run.status !== 'failed' && !interrupted,
      })
      .catch((error: unknown) => this.logger.error({ source: source.name, error: (error as Error).message }, 'could not record the run'));
    this.report(run);
    return run;
  }

  /** The database failed before or after the run: report it and try again at the next interval (or restart). */
  private stateUnavailable(source: SourceConfig, requestedMode: CrawlMode | undefined, error: unknown): SourceRun {
    const interval = this.intervalOf(source);
    if (interval > 0) this.dueAt.set(source.name, Date.now() + interval * 1000);
    const now = new Date().toISOString();
    const mode = requestedMode ?? 'incremental';
    const run: SourceRun = { source: source.name, kind: source.kind, mode, startedAt: now, finishedAt: now, status: 'failed', error: `crawl state: ${(error as Error).message}`, stats: { mode, seen: 0, published: 0, unchanged: 0, notModified: 0, skipped: 0, documents: 0, failed: [] } };
    this.report(run);
    return run;
  }

  private report(run: SourceRun): void {
    const stats = run.stats as Partial<WebRunStats> & SourceRun['stats'];
    this.outcomes.inc({ outcome: 'published' }, stats.published);
    this.outcomes.inc({ outcome: 'unchanged' }, stats.unchanged);
    this.outcomes.inc({ outcome: 'not_modified' }, stats.notModified ?? 0);
    this.outcomes.inc({ outcome: 'skipped' }, stats.skipped ?? 0);
    this.outcomes.inc({ outcome: 'failed' }, stats.failed.length);
    this.runs.inc({ source: run.source, status: run.status });
    if (run.kind === 'folder') for (const failure of stats.failed) this.logger.error({ source: run.source, location: failure.location }, `could not read: ${failure.reason}`);
    const fields = { source: run.source, mode: run.mode, status: run.status, seen: stats.seen, published: stats.published, unchanged: stats.unchanged, notModified: stats.notModified, skipped: stats.skipped, failed: stats.failed.length };
    if (run.status === 'failed') this.logger.error({ ...fields, error: run.error }, 'fetch pass failed; will retry on the next pass');
    else this.logger.info(fields, 'fetch pass done');
    this.lastRuns.set(run.source, run);
  }

  /**
   * Raw releases are keyed by source: one partition holds a source's whole stream, in order, so the one
   * cleaner owning it learns the source's template from every release whatever the number of replicas.
   */
  private publish(releases: RawRelease[]): Promise<void> {
    return this.producer.send(
      releases.map((release) => ({
        topic: TOPICS.raw,
        key: release.source,
        value: JSON.stringify(release),
        headers: { [HEADERS.traceparent]: childTraceparent(undefined), [HEADERS.schemaVersion]: String(release.schemaVersion) },
      })),
    );
  }
}
