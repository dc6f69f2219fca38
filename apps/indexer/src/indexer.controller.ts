import { Controller, Inject } from '@nestjs/common';
import { TOPICS, parseEnrichedRelease, parseJsonMessage } from '@presswatch/contracts';
import {
  StageHandler,
  TransientFailure,
  backoffDelayMs,
  messageLogFields,
  type DeadLetterRequest,
  type IncomingMessage,
  type StageResult,
} from '@presswatch/kafka-messaging';
import { SearchUnavailable, bulkWrite, documentVersion, toReleaseDocument, type BulkItem, type SearchClient } from '@presswatch/search-index';
import { LOGGER, ServiceMetrics, type HistogramMetric, type Logger } from '@presswatch/service-runtime';
import { SEARCH_CLIENT, INDEXER_CONFIG } from './tokens.js';
import type { IndexerConfig } from './config.js';

/** Outcome of one bulk request: all accepted, some items refused, OpenSearch unreachable, other error. */
type BulkResult = 'ok' | 'partial' | 'unavailable' | 'error';

@Controller()
export class IndexerController {
  private readonly bulkDocuments: HistogramMetric;
  private readonly bulkSeconds: HistogramMetric;

  constructor(
    @Inject(SEARCH_CLIENT) private readonly search: SearchClient,
    @Inject(INDEXER_CONFIG) private readonly config: IndexerConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(ServiceMetrics) metrics: ServiceMetrics,
  ) {
    this.bulkDocuments = metrics.histogram('bulk_documents', 'Documents per bulk request to OpenSearch (retries of refused items included).', [], [1, 10, 50, 100, 250, 500, 1000, 2500, 5000, 10000]);
    this.bulkSeconds = metrics.histogram('bulk_duration_seconds', 'Duration of one bulk request to OpenSearch, by outcome (ok, partial, unavailable, error).', ['outcome'], [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]);
    // At 0 from the start, so the first failed bulk shows in rate() (PresswatchBulkWritesFailing).
    for (const outcome of ['ok', 'partial', 'unavailable', 'error']) this.bulkSeconds.zero({ outcome });
  }

  /**
   * Writes a batch with the bulk API. Items OpenSearch rejects for good are dead-lettered; items it cannot
   * take right now are retried alone; if OpenSearch is down the batch fails as transient, so the stage
   * server holds the partition and retries without committing (nothing lost).
   */
  @StageHandler(TOPICS.enriched, { batch: true })
  async index(messages: IncomingMessage[]): Promise<StageResult> {
    const deadLetters: DeadLetterRequest[] = [];
    const byId = new Map<string, { item: BulkItem; message: IncomingMessage }>();
    for (const message of messages) {
      try {
        const release = parseJsonMessage('EnrichedRelease', message.value, parseEnrichedRelease);
        const item = { id: release.id, version: documentVersion(release), document: toReleaseDocument(release) };
        const previous = byId.get(item.id);
        // The same release twice in one batch: only the newest version needs writing.
        if (!previous || previous.item.version <= item.version) byId.set(item.id, { item, message });
      } catch (error) {
        // the stage server logs each dead letter with its coordinates and trace id
        deadLetters.push({ message, reason: (error as Error).message });
      }
    }
    let pending = [...byId.values()];
    for (let attempt = 0; pending.length > 0; attempt++) {
      let outcome;
      const began = process.hrtime.bigint();
      const observe = (result: BulkResult) => this.bulkSeconds.observe({ outcome: result }, Number(process.hrtime.bigint() - began) / 1e9);
      this.bulkDocuments.observe(pending.length);
      try {
        outcome = await bulkWrite(this.search, pending.map((entry) => entry.item), this.config.INDEX_ALIAS);
      } catch (error) {
        observe(error instanceof SearchUnavailable ? 'unavailable' : 'error');
        if (error instanceof SearchUnavailable) throw new TransientFailure(error.message);
        throw error;
      }
      observe(outcome.rejected.length + outcome.retryable.length === 0 ? 'ok' : 'partial');
      const rejected = new Map(outcome.rejected.map((failure) => [failure.id, failure.reason]));
      for (const entry of pending) {
        const reason = rejected.get(entry.item.id);
        if (reason !== undefined) deadLetters.push({ message: entry.message, reason: `rejected by OpenSearch: ${reason}` });
      }
      const retryable = new Map(outcome.retryable.map((failure) => [failure.id, failure.reason]));
      for (const entry of pending) {
        const reason = retryable.get(entry.item.id);
        if (reason !== undefined) this.logger.warn({ ...messageLogFields(entry.message), id: entry.item.id, attempt, reason }, 'document refused for now, retrying');
        else if (!rejected.has(entry.item.id)) this.logger.debug({ ...messageLogFields(entry.message), id: entry.item.id, version: entry.item.version }, 'document indexed');
      }
      pending = pending.filter((entry) => retryable.has(entry.item.id));
      if (pending.length === 0) break;
      if (attempt >= this.config.INDEXER_ITEM_RETRIES) {
        throw new TransientFailure(`${pending.length} documents still refused after ${attempt + 1} attempts (${outcome.retryable[0]?.reason})`);
      }
      await new Promise((resolve) => setTimeout(resolve, backoffDelayMs(attempt, 200, 10_000)));
    }
    return { deadLetters };
  }
}
