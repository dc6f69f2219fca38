import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HEADERS, TOPICS, type RawRelease } from '@presswatch/contracts';
import { childTraceparent, type MessageProducer } from '@presswatch/kafka-messaging';
import { FetchLedger, type StateDatabase } from '@presswatch/crawl-state';
import { fetchFolder, folderSourceName, type FetchRunStats } from '@presswatch/fetching';
import { LOGGER, ServiceMetrics, type CounterMetric, type Logger } from '@presswatch/service-runtime';
import type { FetcherConfig } from './config.js';
import { FETCHER_CONFIG, PRODUCER, STATE_DATABASE } from './tokens.js';

/** Runs a pass over the sources at start-up and then on the configured interval, one pass at a time. */
@Injectable()
export class FetchScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<FetchRunStats> | undefined;
  private readonly outcomes: CounterMetric;
  lastRun: (FetchRunStats & { finishedAt: string }) | undefined;

  constructor(
    @Inject(FETCHER_CONFIG) private readonly config: FetcherConfig,
    @Inject(PRODUCER) private readonly producer: MessageProducer,
    @Inject(STATE_DATABASE) private readonly database: StateDatabase,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(ServiceMetrics) metrics: ServiceMetrics,
  ) {
    this.outcomes = metrics.counter('fetch_documents_total', 'Documents seen by the fetcher, by outcome (published, unchanged, failed).', ['outcome']);
  }

  onApplicationBootstrap(): void {
    void this.runOnce();
    if (this.config.FETCHER_INTERVAL_SECONDS > 0) {
      this.timer = setInterval(() => void this.runOnce(), this.config.FETCHER_INTERVAL_SECONDS * 1000);
    }
  }

  /** Stops scheduling, lets a running pass finish, then releases the producer and the database. */
  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    await this.producer.disconnect();
    await this.database.destroy();
  }

  /** Starts a pass unless one is running (then returns that one). */
  runOnce(): Promise<FetchRunStats> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<FetchRunStats> {
    const folder = this.config.FETCHER_FOLDER;
    const source = this.config.FETCHER_SOURCE_NAME ?? folderSourceName(folder);
    try {
      const stats = await fetchFolder({ folder, source, ledger: new FetchLedger(this.database), publish: (releases) => this.publish(releases) });
      this.outcomes.inc({ outcome: 'published' }, stats.published);
      this.outcomes.inc({ outcome: 'unchanged' }, stats.unchanged);
      this.outcomes.inc({ outcome: 'failed' }, stats.failed.length);
      for (const failure of stats.failed) this.logger.error({ source, location: failure.location }, `could not read: ${failure.reason}`);
      this.logger.info({ source, seen: stats.seen, published: stats.published, unchanged: stats.unchanged, failed: stats.failed.length }, 'fetch pass done');
      this.lastRun = { ...stats, finishedAt: new Date().toISOString() };
      return stats;
    } catch (error) {
      this.logger.error({ source, error: (error as Error).message }, 'fetch pass failed; will retry on the next pass');
      return { seen: 0, published: 0, unchanged: 0, failed: [{ location: folder, reason: (error as Error).message }] };
    }
  }

  private publish(releases: RawRelease[]): Promise<void> {
    return this.producer.send(
      releases.map((release) => ({
        topic: TOPICS.raw,
        key: release.id,
        value: JSON.stringify(release),
        headers: { [HEADERS.traceparent]: childTraceparent(undefined), [HEADERS.schemaVersion]: String(release.schemaVersion) },
      })),
    );
  }
}
