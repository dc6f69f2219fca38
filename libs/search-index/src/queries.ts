import { rawRequest, type SearchClient } from './client.js';
import { RELEASES_ALIAS } from './releases-index.js';

export async function refreshReleases(client: SearchClient, alias: string = RELEASES_ALIAS): Promise<void> {
  await client.indices.refresh({ index: alias });
}

export async function countReleases(client: SearchClient, ids?: string[], alias: string = RELEASES_ALIAS): Promise<number> {
  const query = ids ? { ids: { values: ids } } : { match_all: {} };
  const response = await client.count({ index: alias, body: { query } });
  return response.body.count;
}

interface TermsResponse {
  aggregations?: { facet?: { buckets?: { key: string | number; doc_count: number }[] } };
}

export interface FacetBucket {
  key: string;
  count: number;
}

/** Counts of documents per value of a keyword field (countries, themes...), largest first. */
export async function facetCounts(client: SearchClient, field: string, size = 10, alias: string = RELEASES_ALIAS): Promise<FacetBucket[]> {
  // The typed search API does not model terms aggregations fully; the raw request keeps this readable.
  const response = await rawRequest<TermsResponse>(client, 'POST', `/${alias}/_search`, {
    size: 0,
    aggs: { facet: { terms: { field, size } } },
  });
  return (response.aggregations?.facet?.buckets ?? []).map((bucket) => ({ key: String(bucket.key), count: bucket.doc_count }));
}
