import type { SavedObject, VisAggregation, VisState } from './saved-objects.js';

/*
 * The OpenSearch request a saved search or visualization makes, rebuilt from its saved object, so tests
 * can run exactly what a chart asks against a real node (Dashboards itself cannot run here).
 */

export interface EncodedRequest {
  query: object;
  aggs?: object;
  /** Field → the mapping type the request needs it to have. */
  fieldTypes: Record<string, string>;
}

interface SearchSourceJson {
  query?: { query?: string; language?: string };
}

function queryOf(object: SavedObject): object {
  const meta = object.attributes['kibanaSavedObjectMeta'] as { searchSourceJSON: string };
  const source = JSON.parse(meta.searchSourceJSON) as SearchSourceJson;
  const text = source.query?.query ?? '';
  if (text === '') return { match_all: {} };
  if (source.query?.language !== 'lucene') throw new Error(`${object.id}: only lucene queries are rebuilt`);
  return { query_string: { query: text } };
}

const FIELD_TYPE: Record<VisAggregation['type'], string | null> = {
  count: null,
  terms: 'keyword',
  date_histogram: 'date',
  geohash_grid: 'geo_point',
};

function bucketAgg(agg: VisAggregation): object {
  const field = agg.params['field'] as string;
  switch (agg.type) {
    case 'terms':
      return { terms: { field, size: agg.params['size'] as number, order: { _count: 'desc' } } };
    case 'date_histogram':
      return {
        date_histogram: {
          field,
          calendar_interval: agg.params['interval'] === 'y' ? '1y' : String(agg.params['interval']),
          min_doc_count: 1,
        },
      };
    case 'geohash_grid':
      return { geohash_grid: { field, precision: agg.params['precision'] as number } };
    default:
      throw new Error(`not a bucket aggregation: ${agg.type}`);
  }
}

/** Rebuilds the request of a saved search (query only) or visualization (query + nested bucket aggs). */
export function encodedRequest(object: SavedObject): EncodedRequest {
  const query = queryOf(object);
  const fieldTypes: Record<string, string> = {};
  if (object.type === 'search') {
    for (const [field] of object.attributes['sort'] as [string, string][]) fieldTypes[field] = 'date';
    return { query, fieldTypes };
  }
  const visState = JSON.parse(object.attributes['visState'] as string) as VisState;
  const buckets = visState.aggs.filter((agg) => agg.schema !== 'metric');
  for (const agg of buckets) fieldTypes[agg.params['field'] as string] = FIELD_TYPE[agg.type] ?? '';
  // Nested in schema order: segment (x axis, rows) outside, group/split inside, as the editor does.
  let aggs: object | undefined;
  for (const agg of [...buckets].reverse()) aggs = { [`agg_${agg.id}`]: { ...bucketAgg(agg), ...(aggs ? { aggs } : {}) } };
  return { query, ...(aggs ? { aggs } : {}), fieldTypes };
}
