import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource } from 'typeorm';
import { FetchedDocument } from './fetched-document.entity.js';
import { CrawlSource } from './crawl-source.entity.js';
import { CrawlUrl } from './crawl-url.entity.js';
import { SourceTemplateRecord } from './source-template.entity.js';
import { CreateFetchedDocuments1732000000000 } from './migrations/1732000000000-create-fetched-documents.js';
import { CreateCrawlSourcesAndUrls1733000000000 } from './migrations/1733000000000-create-crawl-sources-and-urls.js';
import { CreateSourceTemplates1734000000000 } from './migrations/1734000000000-create-source-templates.js';
import { AddSourceTemplateRevision1735000000000 } from './migrations/1735000000000-add-source-template-revision.js';

export const ENTITIES = [FetchedDocument, CrawlSource, CrawlUrl, SourceTemplateRecord];
export const MIGRATIONS = [
  CreateFetchedDocuments1732000000000,
  CreateCrawlSourcesAndUrls1733000000000,
  CreateSourceTemplates1734000000000,
  AddSourceTemplateRevision1735000000000,
];

/** The part of a better-sqlite3 connection this file uses. */
interface SqlitePragmas {
  pragma(statement: string): unknown;
}

/**
 * DATABASE_URL picks the database: `sqlite:<file>` (the embedded default, `sqlite::memory:` for tests)
 * or `postgres://user:password@host:port/db` (what Kubernetes runs).
 */
export function createStateDataSource(databaseUrl: string): DataSource {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, migrationsRun: false, synchronize: false, logging: false } as const;
  if (databaseUrl.startsWith('sqlite:')) {
    const database = databaseUrl.slice('sqlite:'.length);
    if (database !== ':memory:') mkdirSync(dirname(database), { recursive: true });
    // WAL with synchronous=NORMAL: a commit appends to the log without an fsync. A power loss may lose the
    // last commits, never corrupt the file: the fetcher then republishes what it had recorded, the cleaner's
    // template misses what it had learned since (an application crash loses nothing).
    return new DataSource({
      type: 'better-sqlite3',
      database,
      enableWAL: true,
      prepareDatabase: (db: SqlitePragmas) => void db.pragma('synchronous = NORMAL'),
      ...common,
    });
  }
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    return new DataSource({ type: 'postgres', url: databaseUrl, ...common });
  }
  throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got ${redactUrl(databaseUrl)})`);
}

/** Opens the database and brings its schema up to date. */
export async function openStateDatabase(databaseUrl: string): Promise<DataSource> {
  const dataSource = createStateDataSource(databaseUrl);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/** Never log credentials: `postgres://user:secret@host/db` → `postgres://user:***@host/db`. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@');
}
