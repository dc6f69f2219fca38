export * from './releases-index.js';
export * from './document.js';
export { createSearchClient, DEFAULT_OPENSEARCH_URL, type SearchClient, type SearchSettings } from './client.js';
export { searchSecurityEnvShape, checkSearchSecurity, searchSecurityOf, searchSecurityFromEnv, type SearchSecurity } from './security.js';
export { ensureReleasesIndex, indicesOfAlias, searchIsReachable } from './index-setup.js';
export { reindexReleases, type ReindexResult } from './reindex.js';
export {
  bulkBody,
  bulkWrite,
  bulkWriteWithRetries,
  releaseBulkItem,
  SearchUnavailable,
  type BulkItem,
  type BulkOutcome,
  type BulkObserver,
  type RetryingBulkOptions,
} from './bulk-writer.js';
export { refreshReleases, countReleases, facetCounts, type FacetBucket } from './queries.js';
export { searchReleases, releaseSearchBody, type ReleaseQuery, type ReleaseHit, type ReleaseSearchResult } from './search.js';
export {
  releasesSavedObjects,
  toNdjson,
  INDEX_PATTERN_ID,
  type SavedObject,
  type VisState,
  type VisAggregation,
} from './dashboards/saved-objects.js';
export { encodedRequest, type EncodedRequest } from './dashboards/encoded-query.js';
