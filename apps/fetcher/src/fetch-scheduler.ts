import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { MessageProducer } from '@presswatch/kafka-messaging';
import { DatabaseCrawlMemory, type StateDatabase } from '@presswatch/pipeline-state';
import {
  ReleasePublisher,
  SourceRunner,
  WebFetcher,
  type CrawlMode,
  type SourceConfig,
  type SourceRun,
  type SourcesConfig,
} from '@presswatch/fetching';
import { backoffDelayMs } from '@presswatch/timing';
import { LOGGER, ReadinessRegistry, ServiceMetrics, type Logger } from '@presswatch/service-runtime';
import type { FetcherConfig } from './config.js';
import { RunReport } from './run-report.js';
import { FETCHER_CONFIG, PRODUCER, SOURCES, STATE_DATABASE } from './tokens.js';

/** A failed run is tried again after FETCHER_RETRY_SECONDS, doubling per failure up to this, even with interval 0. */
const FAILED_RUN_RETRY_MAX_MS = 600_000;
/** Publishing failing for longer than this makes the fetcher not ready. */
const PUBLISH_FAILING_MS = 10_000;

/**
 * Runs each source on its own schedule (its interval, or FETCHER_INTERVAL_SECONDS), one run per source at a
 * time, and on demand. A source's next due time is kept in the database, so a restart neither re-runs a
 * source early nor forgets one that is due; a source with interval 0 runs once at start-up. A failed run
 * is due again after a backoff whatever the interval, so an outage never ends a source's work for good.
 */
@Injectable()
export class FetchScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private readonly stopping = new AbortController();
  private readonly running = new Map<string, Promise<SourceRun>>();
  private readonly dueAt = new Map<string, number>();
  private readonly failures = new Map<string, number>();
  private readonly memory: DatabaseCrawlMemory;
  private readonly publisher: ReleasePublisher;
  private readonly runner: SourceRunner;
  private readonly reporter: RunReport;
  readonly lastRuns = new Map<string, SourceRun>();

  constructor(
    @Inject(FETCHER_CONFIG) private readonly config: FetcherConfig,
    @Inject(SOURCES) private readonly sources: SourcesConfig,
    @Inject(PRODUCER) private readonly producer: MessageProducer,
    @Inject(STATE_DATABASE) private readonly database: StateDatabase,
    @Inject(LOGGER) logger: Logger,
    @Inject(ServiceMetrics) metrics: ServiceMetrics,
    @Inject(ReadinessRegistry) readiness: ReadinessRegistry,
  ) {
    this.reporter = new RunReport(metrics, logger);
    this.memory = new DatabaseCrawlMemory(database);
    this.publisher = new ReleasePublisher(producer, {
      maxReleaseBytes: config.MAX_RELEASE_BYTES,
      signal: this.stopping.signal,
      onRetry: (attempt, delayMs, error) => this.reporter.publishRetry(attempt, delayMs, error),
    });
    this.runner = new SourceRunner({
      fetcher: new WebFetcher(sources.politeness),
      memory: this.memory,
      publisher: this.publisher,
      shouldStop: () => this.stopping.signal.aborted,
      onPageError: (source, url, reason) => this.reporter.pageFailed(source, url, reason),
    });
    readiness.add({ name: 'fetch-runs', check: () => this.healthy() });
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
    // Also with interval 0: a failed run is due again later.
    this.timer = setInterval(() => this.tick(), this.config.FETCHER_TICK_MS);
  }

  private tick(): void {
    if (this.stopping.signal.aborted) return;
    for (const source of this.enabled) {
      const due = this.dueAt.get(source.name);
      if (due !== undefined && due <= Date.now() && !this.running.has(source.name)) void this.run(source);
    }
  }

  /** Stops scheduling and retrying, lets running passes stop at the next page, then releases the producer and the database. */
  async onApplicationShutdown(): Promise<void> {
    this.stopping.abort(new Error('the fetcher is shutting down'));
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

  /** Ready unless the last run of a source failed, or publishing has been failing for a while (Kafka down). */
  private healthy(): boolean {
    const failing = this.publisher.failingSince;
    if (failing !== null && Date.now() - failing > PUBLISH_FAILING_MS) return false;
    return [...this.lastRuns.values()].every((run) => run.status !== 'failed');
  }

  private run(source: SourceConfig, mode?: CrawlMode): Promise<SourceRun> {
    const running = this.running.get(source.name);
    if (running) return running;
    this.dueAt.delete(source.name);
    const run = this.runner
      .run(source, { ...(mode ? { mode } : {}), nextDueAt: (finished) => this.nextDue(source, finished) })
      .then((finished) => {
        const next = this.nextDue(source, finished);
        if (finished.status === 'failed') this.failures.set(source.name, (this.failures.get(source.name) ?? 0) + 1);
        else this.failures.delete(source.name);
        if (next !== null) this.dueAt.set(source.name, next);
        this.lastRuns.set(source.name, finished);
        this.reporter.report(finished, next);
        return finished;
      })
      .finally(() => this.running.delete(source.name));
    this.running.set(source.name, run);
    return run;
  }

  /** The source's interval after a good run; after a failed one, a backoff (capped by the interval, if any). */
  private nextDue(source: SourceConfig, run: SourceRun): number | null {
    const intervalMs = this.intervalOf(source) * 1000;
    if (run.status === 'failed' && !this.stopping.signal.aborted) {
      const retryMs = backoffDelayMs(
        this.failures.get(source.name) ?? 0,
        this.config.FETCHER_RETRY_SECONDS * 1000,
        FAILED_RUN_RETRY_MAX_MS,
      );
      return Date.now() + (intervalMs > 0 ? Math.min(retryMs, intervalMs) : retryMs);
    }
    return intervalMs > 0 ? Date.now() + intervalMs : null;
  }
}
