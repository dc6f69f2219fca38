import { rawRequest, type SearchClient } from './client.js';
import type { ReleaseDocument } from './document.js';
import { RELEASES_ALIAS } from './releases-index.js';

export interface ReleaseQuery {
  /** Full text, matched in every language's analysed field and the language-neutral one. */
  text?: string;
  countries?: string[];
  themes?: string[];
  languages?: string[];
  /** ISO dates (inclusive) on the release date (publication, else fetch). */
  since?: string;
  until?: string;
  size?: number;
  highlight?: { pre: string; post: string };
}

export interface ReleaseHit {
  id: string;
  score: number | null;
  release: ReleaseDocument;
  highlights: string[];
}

export interface ReleaseSearchResult {
  total: number;
  hits: ReleaseHit[];
}

const TEXT_FIELDS = ['title^3', 'title.fr^3', 'title.en^3', 'title.es^3', 'body', 'body.fr', 'body.en', 'body.es'];
const HIGHLIGHT_FIELDS = ['title', 'title.fr', 'title.en', 'title.es', 'body', 'body.fr', 'body.en', 'body.es'];

/** The OpenSearch query for an analyst's question: full text in any language plus facet filters. */
export function releaseSearchBody(query: ReleaseQuery): object {
  const filter: object[] = [];
  if (query.countries?.length) filter.push({ terms: { country_codes: query.countries } });
  if (query.themes?.length) filter.push({ terms: { theme_ids: query.themes } });
  if (query.languages?.length) filter.push({ terms: { language: query.languages } });
  if (query.since || query.until)
    filter.push({ range: { date: { ...(query.since ? { gte: query.since } : {}), ...(query.until ? { lte: query.until } : {}) } } });
  const must = query.text ? [{ multi_match: { query: query.text, fields: TEXT_FIELDS, type: 'most_fields' } }] : [];
  const highlight = query.highlight ?? { pre: '**', post: '**' };
  return {
    size: query.size ?? 10,
    track_total_hits: true,
    query: { bool: { must, filter } },
    sort: query.text ? ['_score', { date: 'desc' }] : [{ date: 'desc' }],
    highlight: {
      pre_tags: [highlight.pre],
      post_tags: [highlight.post],
      fragment_size: 160,
      number_of_fragments: 2,
      fields: Object.fromEntries(HIGHLIGHT_FIELDS.map((field) => [field, {}])),
    },
  };
}

interface RawSearchResponse {
  hits: {
    total: { value: number };
    hits: { _id: string; _score: number | null; _source: ReleaseDocument; highlight?: Record<string, string[]> }[];
  };
}

export async function searchReleases(
  client: SearchClient,
  query: ReleaseQuery,
  alias: string = RELEASES_ALIAS,
): Promise<ReleaseSearchResult> {
  const response = await rawRequest<RawSearchResponse>(client, 'POST', `/${alias}/_search`, releaseSearchBody(query));
  return {
    total: response.hits.total.value,
    hits: response.hits.hits.map((hit) => ({
      id: hit._id,
      score: hit._score,
      release: hit._source,
      // The same passage matches in several analysed fields: keep each fragment once.
      highlights: [...new Set(Object.values(hit.highlight ?? {}).flat())],
    })),
  };
}
