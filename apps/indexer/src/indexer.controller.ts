import { Controller, Inject } from '@nestjs/common';
import { TOPICS, parseEnrichedRelease, parseJsonMessage } from '@presswatch/contracts';
import {
  StageHandler,
  TransientFailure,
  type DeadLetterRequest,
  type IncomingMessage,
  type StageResult,
} from '@presswatch/kafka-messaging';
import {
  SearchUnavailable,
  bulkWriteWithRetries,
  releaseBulkItem,
  type BulkItem,
  type RetryingBulkOptions,
  type SearchClient,
} from '@presswatch/search-index';
import { BULK_OPTIONS, SEARCH_CLIENT } from './tokens.js';

@Controller()
export class IndexerController {
  constructor(
    @Inject(SEARCH_CLIENT) private readonly search: SearchClient,
    @Inject(BULK_OPTIONS) private readonly bulk: RetryingBulkOptions,
  ) {}

  /**
   * Writes a batch in bulk. Documents OpenSearch rejects for good are dead-lettered; when OpenSearch is
   * down, hung or keeps refusing, the batch fails as transient: the stage server holds it uncommitted and
   * retries (nothing lost).
   */
  @StageHandler(TOPICS.enriched, { batch: true })
  async index(messages: IncomingMessage[]): Promise<StageResult> {
    const deadLetters: DeadLetterRequest[] = [];
    const newest = new Map<string, { item: BulkItem; message: IncomingMessage }>();
    for (const message of messages) {
      try {
        const release = parseJsonMessage('EnrichedRelease', message.value, parseEnrichedRelease);
        // The message's bytes: the body's JSON text in them goes into the bulk body as it is.
        const item = releaseBulkItem(release, new Date(), message.value ?? undefined);
        // The same release twice in one batch: only the newest version needs writing.
        if ((newest.get(item.id)?.item.version ?? -Infinity) <= item.version) newest.set(item.id, { item, message });
      } catch (error) {
        deadLetters.push({ message, reason: (error as Error).message });
      }
    }
    try {
      const { rejected } = await bulkWriteWithRetries(
        this.search,
        [...newest.values()].map((entry) => entry.item),
        this.bulk,
      );
      for (const failure of rejected)
        deadLetters.push({ message: newest.get(failure.id)!.message, reason: `rejected by OpenSearch: ${failure.reason}` });
    } catch (error) {
      if (error instanceof SearchUnavailable) throw new TransientFailure(error.message);
      throw error;
    }
    return { deadLetters };
  }
}
