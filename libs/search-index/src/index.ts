export * from './releases-index.js';
export * from './document.js';
export { createSearchClient, type SearchClient, type SearchSettings } from './client.js';
export { ensureReleasesIndex, searchIsReachable } from './index-setup.js';
export { bulkWrite, SearchUnavailable, type BulkItem, type BulkOutcome } from './bulk-writer.js';
export { refreshReleases, countReleases, facetCounts, type FacetBucket } from './queries.js';
