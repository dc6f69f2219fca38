/*
 * @presswatch/fetching: what the fetcher app, the CLI and the tests use. Everything else (parsers, HTTP
 * client, charset handling, crawl internals) stays inside the lib.
 */
export { buildRawRelease, releaseId, sha256Hex } from './raw-release.js';
export { decodeText } from './decode.js';
export { listReleaseFiles, readFolderDocument, folderSourceName } from './folder-source.js';
export { fetchFolder } from './folder-fetcher.js';
export { redactCredentials, hostsOf, NO_PRIVATE_HOSTS } from './web/address-guard.js';
export { WebFetcher, DEFAULT_POLITENESS, type PolitenessSettings } from './web/web-fetcher.js';
export { detectDocumentKind } from './parsers/detect.js';
export { loadSourcesFile, type SourcesConfig, type SourceConfig, type WebSourceConfig } from './sources/sources-config.js';
export { batchingPublisher } from './crawl/batching-publisher.js';
export { type CrawlMode } from './crawl/discovery.js';
export { crawlWebSource } from './crawl/web-crawler.js';
export type { RunStats, SourceRun } from './run/run-stats.js';
export { ReleasePublisher } from './run/release-publisher.js';
export { SourceRunner } from './run/source-runner.js';
