import { readFileSync } from 'node:fs';
import { Client } from '@opensearch-project/opensearch';
import type { SearchSecurity } from './security.js';

/** A local node: the default of the indexer's OPENSEARCH_URL and of the CLI's --opensearch. */
export const DEFAULT_OPENSEARCH_URL = 'http://127.0.0.1:9200';

export interface SearchSettings extends SearchSecurity {
  node: string;
  requestTimeoutMs?: number;
}

/**
 * The one place an OpenSearch client is created; everything else goes through this lib's functions.
 * Basic auth and a private CA when given; certificates are always verified (Node's default).
 */
export function createSearchClient(settings: SearchSettings): Client {
  return new Client({
    node: settings.node,
    requestTimeout: settings.requestTimeoutMs ?? 30_000,
    maxRetries: 0,
    ...(settings.auth ? { auth: { username: settings.auth.username, password: settings.auth.password } } : {}),
    ...(settings.caFile ? { ssl: { ca: readFileSync(settings.caFile, 'utf8') } } : {}),
  });
}

export type SearchClient = Client;

/** Reads the HTTP status of a client error, when the error came from OpenSearch. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'meta' in error) {
    const meta = (error as { meta?: { statusCode?: unknown } }).meta;
    if (typeof meta?.statusCode === 'number') return meta.statusCode;
  }
  return undefined;
}

/**
 * A raw REST call for the APIs the typed client does not model well (templates, aggregations). The
 * response type is the caller's claim about OpenSearch's documented response shape.
 */
export async function rawRequest<T>(client: Client, method: 'GET' | 'PUT' | 'POST' | 'DELETE', path: string, body?: object): Promise<T> {
  const response = await client.transport.request(body === undefined ? { method, path } : { method, path, body });
  return response.body as T;
}
