export { createStateDataSource, openStateDatabase, redactUrl } from './data-source.js';
export { FetchLedger, databaseIsReachable, type FetchObservation, type FetchDecision } from './fetch-ledger.js';
export { FetchedDocument } from './fetched-document.entity.js';
export type { DataSource as StateDatabase } from 'typeorm';
