export { buildRawRelease, releaseId, sha256Hex, sniffContentType, type RawReleaseInput } from './raw-release.js';
export { decodeText, decodeWindows1252 } from './decode.js';
export { listReleaseFiles, readFolderDocument, folderSourceName, type FolderDocument } from './folder-source.js';
export { fetchFolder, type FolderFetchOptions } from './folder-fetcher.js';
export { decodeBody, charsetFromContentType, charsetFromMarkup } from './web/charset.js';
export { isBlockedAddress, assertUrlAllowed, redactCredentials, withoutCredentials, RefusedFetch, hostsOf, NO_PRIVATE_HOSTS, type PrivateHosts } from './web/address-guard.js';
export { HostLimiter, type HostLimits } from './web/host-limiter.js';
export { HttpClient, FetchFailure, type HttpSettings, type HttpResponse, type GetOptions } from './web/http-client.js';
export { parseRetryAfter } from './web/retry-policy.js';
export { WebFetcher, DEFAULT_POLITENESS, type PolitenessSettings, type FetchedPage, type PageRequest } from './web/web-fetcher.js';
export { parseFeedEntries } from './parsers/feed.js';
export { parseSitemap, type Sitemap } from './parsers/sitemap.js';
export { parseListing, type ListingPage, type ListingSelectors } from './parsers/listing.js';
export { parseSelector, selectorMatches } from './parsers/css-selector.js';
export { detectDocumentKind, type DocumentKind } from './parsers/detect.js';
export type { ListedEntry } from './parsers/listed-entry.js';
export {
  loadSourcesFile,
  parseSourcesText,
  sourceSchema,
  sourcesFileSchema,
  privateHostsOf,
  type SourcesConfig,
  type SourceConfig,
  type WebSourceConfig,
  type ListingSourceConfig,
  type PolitenessOverrides,
} from './sources/sources-config.js';
export type { CrawlMemory, PublishedVersion, PublishedRecord, UrlCheck, UrlOutcome } from './crawl/crawl-memory.js';
export { batchingPublisher } from './crawl/batching-publisher.js';
export { discoverEntries, pageUrl, type CrawlMode } from './crawl/discovery.js';
export { crawlWebSource, type WebCrawlOptions } from './crawl/web-crawler.js';
export type { RunStats, SourceRun } from './run/run-stats.js';
export { ReleasePublisher } from './run/release-publisher.js';
export { SourceRunner } from './run/source-runner.js';
