export { createStateDataSource, openStateDatabase, redactUrl } from './data-source.js';
export { FetchLedger, databaseIsReachable, type FetchObservation, type FetchDecision } from './fetch-ledger.js';
export { DatabaseCrawlMemory } from './database-crawl-memory.js';
export { CrawlStateStore, type UrlCheck, type UrlOutcome, type SourceRunEnd } from './crawl-state-store.js';
export { FetchedDocument } from './fetched-document.entity.js';
export { CrawlSource } from './crawl-source.entity.js';
export { CrawlUrl } from './crawl-url.entity.js';
export type { DataSource as StateDatabase } from 'typeorm';
export { TemplateStore, type StoredTemplate } from './template-store.js';
