import { HEADERS, TOPICS, type RawRelease } from '@presswatch/contracts';
import { MessageProducer, childTraceparent, createKafkaClient } from '@presswatch/kafka-messaging';
import { DatabaseCrawlMemory, openStateDatabase, type StateDatabase } from '@presswatch/pipeline-state';
import {
  batchingPublisher,
  crawlWebSource,
  DEFAULT_POLITENESS,
  WebFetcher,
  type CrawlMode,
  type PolitenessSettings,
  type RunStats,
  type WebSourceConfig,
} from '@presswatch/fetching';
import { quietLogger } from '../support/quiet-logger.js';

/** Fast politeness for tests: no delay, short timeouts and backoff, small body limit. */
export const TEST_POLITENESS: PolitenessSettings = {
  ...DEFAULT_POLITENESS,
  userAgent: 'PresswatchTest/1.0 (+https://example.org/test)',
  concurrency: 2,
  minDelayMs: 0,
  timeoutMs: 800,
  maxBodyBytes: 200_000,
  maxRedirects: 3,
  retries: 2,
  retryBaseMs: 50,
  retryMaxMs: 200,
  maxRetryAfterMs: 5000,
};

/** The crawler wired as the fetcher service wires it: real Kafka producer (acks from all replicas), real database. */
export class CrawlHarness {
  readonly fetcher = new WebFetcher(TEST_POLITENESS);
  private producer: MessageProducer | undefined;
  database: StateDatabase | undefined;
  memory: DatabaseCrawlMemory | undefined;

  constructor(
    private readonly brokers: string,
    private readonly databaseUrl: string,
  ) {}

  async open(): Promise<this> {
    this.producer = new MessageProducer(createKafkaClient({ brokers: [this.brokers], clientId: 'presswatch-fetcher-test' }, quietLogger));
    await this.producer.connect();
    this.database = await openStateDatabase(this.databaseUrl);
    this.memory = new DatabaseCrawlMemory(this.database);
    return this;
  }

  async close(): Promise<void> {
    await this.producer?.disconnect();
    await this.database?.destroy();
  }

  crawl(source: WebSourceConfig, mode: CrawlMode): Promise<RunStats> {
    const producer = this.producer!;
    const publish = batchingPublisher((releases: RawRelease[]) =>
      producer.send(
        releases.map((release) => ({
          topic: TOPICS.raw,
          key: release.source,
          value: JSON.stringify(release),
          headers: { [HEADERS.traceparent]: childTraceparent(undefined), [HEADERS.schemaVersion]: String(release.schemaVersion) },
        })),
      ),
    );
    return crawlWebSource(source, { fetcher: this.fetcher, memory: this.memory!, publish, mode, workers: 4 });
  }
}
