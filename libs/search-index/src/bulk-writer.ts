import type { SearchClient } from './client.js';
import { statusOf } from './client.js';
import { RELEASES_ALIAS } from './releases-index.js';
import type { ReleaseDocument } from './document.js';

export interface BulkItem {
  id: string;
  version: number;
  document: ReleaseDocument;
}

export interface BulkOutcome {
  /** Written, or already present in a newer version (a harmless version conflict). */
  acknowledged: string[];
  /** Failed for good (mapping errors, bad documents): to dead-letter. */
  rejected: { id: string; status: number; reason: string }[];
  /** Failed for now (429, 5xx): to retry, alone. */
  retryable: { id: string; status: number; reason: string }[];
}

/** Thrown when OpenSearch cannot take the request at all (down, 429 or 5xx on the whole request). */
export class SearchUnavailable extends Error {
  override readonly name = 'SearchUnavailable';
}

/**
 * Writes documents with the bulk API using external versions, and sorts every item's outcome so the caller
 * retries only what can succeed later and dead-letters only what never will.
 */
export async function bulkWrite(client: SearchClient, items: BulkItem[], index: string = RELEASES_ALIAS): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { acknowledged: [], rejected: [], retryable: [] };
  if (items.length === 0) return outcome;
  const body = items.flatMap((item) => [
    { index: { _index: index, _id: item.id, version: item.version, version_type: 'external' } },
    item.document,
  ]);
  let response;
  try {
    response = await client.bulk({ body });
  } catch (error) {
    throw new SearchUnavailable(`bulk request failed${statusOf(error) ? ` with HTTP ${statusOf(error)}` : ''}: ${(error as Error).message}`);
  }
  response.body.items.forEach((entry, position) => {
    const item = items[position]!;
    const result = entry.index ?? Object.values(entry)[0];
    const status = result?.status ?? 0;
    if (status >= 200 && status < 300) outcome.acknowledged.push(item.id);
    else if (status === 409) outcome.acknowledged.push(item.id);
    else {
      const error = result?.error;
      const reason = error ? `${error.type}: ${error.reason ?? ''}` : `HTTP ${status}`;
      const target = status === 429 || status >= 500 ? outcome.retryable : outcome.rejected;
      target.push({ id: item.id, status, reason });
    }
  });
  return outcome;
}
