import { backoffDelayMs, sleep } from '@presswatch/timing';
import type { SearchClient } from './client.js';
import { statusOf } from './client.js';
import { stringifiedStringField, stringifyWithField, type EnrichedRelease } from '@presswatch/contracts';
import { RELEASES_ALIAS } from './releases-index.js';
import { documentVersion, toReleaseDocument, type ReleaseDocument } from './document.js';

export interface BulkItem {
  id: string;
  version: number;
  document: ReleaseDocument;
  /**
   * `JSON.stringify(document.body)` as UTF-8 bytes, when the message the release came from already holds them
   * (`stringifiedStringField`): copied into the bulk body instead of serialising and encoding the body again.
   */
  bodyJson?: Buffer;
}

/**
 * A release as a bulk item: its document under its id, versioned by fetch time. Given the message's bytes,
 * the body's JSON text is taken from them when it is exactly what `JSON.stringify` would write.
 */
export function releaseBulkItem(release: EnrichedRelease, indexedAt: Date = new Date(), message?: Buffer): BulkItem {
  const item: BulkItem = { id: release.id, version: documentVersion(release), document: toReleaseDocument(release, indexedAt) };
  const span = message === undefined ? null : stringifiedStringField(message, 'body');
  if (span !== null && message !== undefined) item.bodyJson = message.subarray(span.start, span.end);
  return item;
}

export interface BulkFailure {
  id: string;
  status: number;
  reason: string;
}

export interface BulkOutcome {
  /** Written, or already present in a newer version (a harmless version conflict). */
  acknowledged: string[];
  /** Failed for good (mapping errors, bad documents): to dead-letter. */
  rejected: BulkFailure[];
  /** Failed for now (429, 5xx): to retry, alone. */
  retryable: BulkFailure[];
}

/** What a bulk response holds after `filter_path=items.*.status,items.*.error`: one entry per item, in order. */
interface BulkResponseBody {
  items?: Record<string, { status?: number; error?: { type?: string; reason?: string | null } } | undefined>[];
}

/** Thrown when OpenSearch cannot take the request at all (down, hung, 429 or 5xx on the whole request). */
export class SearchUnavailable extends Error {
  override readonly name = 'SearchUnavailable';
}

/**
 * Writes documents with the bulk API using external versions, and sorts every item's outcome so the caller
 * retries only what can succeed later and dead-letters only what never will. `requestTimeoutMs` bounds the
 * wait for a node that hangs (a long GC, a frozen VM) instead of the client's default.
 */
export async function bulkWrite(
  client: SearchClient,
  items: BulkItem[],
  index: string = RELEASES_ALIAS,
  requestTimeoutMs?: number,
): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { acknowledged: [], rejected: [], retryable: [] };
  if (items.length === 0) return outcome;
  let response;
  try {
    response = await client.transport.request(
      // Only each item's status and error are read: the rest of a ~200-byte item would be rendered and parsed for nothing.
      { method: 'POST', path: '/_bulk', querystring: { filter_path: 'items.*.status,items.*.error' }, bulkBody: bulkBody(items, index) },
      requestTimeoutMs === undefined ? {} : { requestTimeout: requestTimeoutMs },
    );
  } catch (error) {
    throw new SearchUnavailable(
      `bulk request failed${statusOf(error) ? ` with HTTP ${statusOf(error)}` : ''}: ${(error as Error).message}`,
    );
  }
  // The response's shape is OpenSearch's documented bulk response, filtered as asked.
  const { items: entries = [] } = response.body as BulkResponseBody;
  // Every document must be accounted for: one missing from the answer would otherwise count as written.
  if (entries.length !== items.length)
    throw new SearchUnavailable(`bulk response lists ${entries.length} items for ${items.length} documents`);
  entries.forEach((entry, position) => {
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

/**
 * A document's JSON line as parts: with the body's JSON text at hand, the rest is serialised with an empty body and
 * the body's bytes are put in its place (the same bytes: `JSON.stringify` of a ~4 KB body with characters above
 * U+00FF, then its UTF-8 encoding, was the largest part of the indexer's own work).
 */
function sourceParts(item: BulkItem): (string | Buffer)[] {
  const parts = item.bodyJson === undefined ? null : stringifyWithField(item.document, 'body', item.bodyJson);
  return parts ?? [JSON.stringify(item.document)];
}

/**
 * The NDJSON body as bytes, encoded once: given objects (or one string), the client serialised each line,
 * then measured the string's UTF-8 length and the socket encoded it again (a quarter of the indexer's CPU).
 * Each line is written straight into one buffer of the body's exact size: joining the lines first and
 * encoding the joined string cost twice as much (6 against 12 µs a ~4 KB document: a copy to flatten it).
 */
export function bulkBody(items: readonly BulkItem[], index: string): Buffer {
  const parts: (string | Buffer | null)[] = [];
  let bytes = 0;
  const add = (part: string | Buffer | null): void => {
    parts.push(part);
    bytes += part === null ? 1 : typeof part === 'string' ? Buffer.byteLength(part, 'utf8') : part.length;
  };
  for (const item of items) {
    add(JSON.stringify({ index: { _index: index, _id: item.id, version: item.version, version_type: 'external' } }));
    add(null);
    for (const part of sourceParts(item)) add(part);
    add(null);
  }
  const body = Buffer.allocUnsafe(bytes);
  let length = 0;
  for (const part of parts) {
    if (part === null) body[length++] = 0x0a;
    else if (typeof part === 'string') length += body.write(part, length, 'utf8');
    else length += part.copy(body, length);
  }
  return body;
}

/** Outcome of one bulk request, for metrics: all accepted, some items refused, OpenSearch unreachable, other error. */
export type BulkRequestOutcome = 'ok' | 'partial' | 'unavailable' | 'error';

/** Hooks for the caller's metrics and logs; the lib stays free of both. */
export interface BulkObserver {
  request?(documents: number, seconds: number, outcome: BulkRequestOutcome): void;
  /** An item refused for now (429, 5xx), about to be retried alone. */
  itemRefused?(failure: BulkFailure, attempt: number): void;
}

export interface RetryingBulkOptions {
  index: string;
  /** Further attempts at the items OpenSearch refused for now, before the whole batch is handed back. */
  itemRetries: number;
  requestTimeoutMs?: number;
  retryInitialMs?: number;
  retryMaxMs?: number;
  observer?: BulkObserver;
}

/**
 * Writes a batch: items refused for now are retried alone with jittered backoff, up to `itemRetries` times.
 * Resolves with what was written and what OpenSearch rejected for good; throws SearchUnavailable when
 * OpenSearch cannot take the request at all or still refuses items after the retries, so the caller holds
 * the batch (uncommitted) and tries again later.
 */
export async function bulkWriteWithRetries(
  client: SearchClient,
  items: BulkItem[],
  options: RetryingBulkOptions,
): Promise<Omit<BulkOutcome, 'retryable'>> {
  const { observer = {}, retryInitialMs = 200, retryMaxMs = 10_000 } = options;
  const result: Omit<BulkOutcome, 'retryable'> = { acknowledged: [], rejected: [] };
  let pending = items;
  for (let attempt = 0; pending.length > 0; attempt++) {
    const began = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - began) / 1e9;
    let outcome: BulkOutcome;
    try {
      outcome = await bulkWrite(client, pending, options.index, options.requestTimeoutMs);
    } catch (error) {
      observer.request?.(pending.length, seconds(), error instanceof SearchUnavailable ? 'unavailable' : 'error');
      throw error;
    }
    observer.request?.(pending.length, seconds(), outcome.rejected.length + outcome.retryable.length === 0 ? 'ok' : 'partial');
    result.acknowledged.push(...outcome.acknowledged);
    result.rejected.push(...outcome.rejected);
    if (outcome.retryable.length === 0) break;
    if (attempt >= options.itemRetries) {
      throw new SearchUnavailable(
        `${outcome.retryable.length} documents still refused after ${attempt + 1} attempts (${outcome.retryable[0]?.reason})`,
      );
    }
    for (const failure of outcome.retryable) observer.itemRefused?.(failure, attempt);
    const retry = new Set(outcome.retryable.map((failure) => failure.id));
    pending = pending.filter((item) => retry.has(item.id));
    await sleep(backoffDelayMs(attempt, retryInitialMs, retryMaxMs));
  }
  return result;
}
