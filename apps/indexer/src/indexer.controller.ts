import { Controller, Inject } from '@nestjs/common';
import { TOPICS, parseEnrichedRelease, parseJsonMessage } from '@presswatch/contracts';
import { StageHandler, TransientFailure, backoffDelayMs, type DeadLetterRequest, type IncomingMessage, type StageResult } from '@presswatch/kafka-messaging';
import { SearchUnavailable, bulkWrite, documentVersion, toReleaseDocument, type BulkItem, type SearchClient } from '@presswatch/search-index';
import { SEARCH_CLIENT, INDEXER_CONFIG } from './tokens.js';
import type { IndexerConfig } from './config.js';

@Controller()
export class IndexerController {
  constructor(
    @Inject(SEARCH_CLIENT) private readonly search: SearchClient,
    @Inject(INDEXER_CONFIG) private readonly config: IndexerConfig,
  ) {}

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
        deadLetters.push({ message, reason: (error as Error).message });
      }
    }
    let pending = [...byId.values()];
    for (let attempt = 0; pending.length > 0; attempt++) {
      let outcome;
      try {
        outcome = await bulkWrite(this.search, pending.map((entry) => entry.item));
      } catch (error) {
        if (error instanceof SearchUnavailable) throw new TransientFailure(error.message);
        throw error;
      }
      const rejected = new Map(outcome.rejected.map((failure) => [failure.id, failure.reason]));
      for (const entry of pending) {
        const reason = rejected.get(entry.item.id);
        if (reason !== undefined) deadLetters.push({ message: entry.message, reason: `rejected by OpenSearch: ${reason}` });
      }
      const retryable = new Set(outcome.retryable.map((failure) => failure.id));
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
