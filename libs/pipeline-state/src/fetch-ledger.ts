import { type DataSource, type Repository } from 'typeorm';
import { FetchedDocument } from './fetched-document.entity.js';

export interface FetchObservation {
  id: string;
  source: string;
  location: string;
  contentHash: string;
  fetchedAt: string;
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchDecision = { publish: true; version: number } | { publish: false; reason: 'unchanged' };

/**
 * The fetcher's memory: decides whether a fetched document is new, changed (a new version) or unchanged.
 * `record` is called only after the release was published, so a crash in between re-publishes (at least
 * once, harmless with deterministic ids) rather than losing the release.
 */
export class FetchLedger {
  private readonly repository: Repository<FetchedDocument>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(FetchedDocument);
  }

  async decide(observation: FetchObservation): Promise<FetchDecision> {
    return decision(await this.repository.findOneBy({ id: observation.id }), observation);
  }

  /**
   * The decisions for a batch of documents, read with one query (the folder source asks per publish batch).
   * Plain SQL of the two columns a decision reads: TypeORM's find built a 200-parameter query and entities
   * for it at a cost above the database's, as its upsert did (see recordAll).
   */
  async decideAll(observations: readonly FetchObservation[]): Promise<FetchDecision[]> {
    if (observations.length === 0) return [];
    const { metadata, manager } = this.repository;
    const postgres = manager.connection.options.type === 'postgres';
    const column = (property: keyof FetchedDocument) => metadata.findColumnWithPropertyName(property)!.databaseName;
    const known = new Map<string, Pick<FetchedDocument, 'contentHash' | 'version'>>();
    for (let start = 0; start < observations.length; start += SELECT_CHUNK) {
      const ids = observations.slice(start, start + SELECT_CHUNK).map((observation) => observation.id);
      const marks = ids.map((_, position) => (postgres ? `$${position + 1}` : '?')).join(', ');
      const rows: { id: string; content_hash: string; version: number | string }[] = await manager.query(
        `SELECT ${column('id')} AS id, ${column('contentHash')} AS content_hash, ${column('version')} AS version ` +
          `FROM ${metadata.tableName} WHERE ${column('id')} IN (${marks})`,
        ids,
      );
      for (const row of rows) known.set(row.id, { contentHash: row.content_hash, version: Number(row.version) });
    }
    return observations.map((observation) => decision(known.get(observation.id), observation));
  }

  async record(observation: FetchObservation, version: number): Promise<void> {
    await this.repository.save(ledgerRow(observation, version));
  }

  /**
   * Records a published batch in one transaction: one multi-row upsert per chunk instead of a transaction per
   * document. Plain SQL over the entity's column metadata: TypeORM's upsert builder cost more CPU than the
   * database for these (parameters looked up one by one in the query text).
   */
  async recordAll(entries: readonly { observation: FetchObservation; version: number }[]): Promise<void> {
    if (entries.length === 0) return;
    const columns = this.repository.metadata.columns.map((column) => ({
      name: column.databaseName,
      property: column.propertyName as keyof FetchedDocument,
    }));
    const postgres = this.repository.manager.connection.options.type === 'postgres';
    const rows = entries.map((entry) => ledgerRow(entry.observation, entry.version));
    const updates = columns.filter((column) => column.property !== 'id').map(({ name }) => `${name} = excluded.${name}`);
    await this.repository.manager.transaction(async (manager) => {
      for (let start = 0; start < rows.length; start += UPSERT_CHUNK) {
        const parameters: unknown[] = [];
        const tuples = rows.slice(start, start + UPSERT_CHUNK).map((row) => {
          const cells = columns.map(({ property }) => {
            parameters.push(row[property]);
            return postgres ? `$${parameters.length}` : '?';
          });
          return `(${cells.join(', ')})`;
        });
        const names = columns.map((column) => column.name).join(', ');
        await manager.query(
          `INSERT INTO ${this.repository.metadata.tableName} (${names}) VALUES ${tuples.join(', ')} ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`,
          parameters,
        );
      }
    });
  }

  /** The published version of a document, with the validators (ETag, Last-Modified) it was fetched with. */
  find(id: string): Promise<FetchedDocument | null> {
    return this.repository.findOneBy({ id });
  }

  /** Unchanged content under new validators: keep them, so the next request can be conditional. */
  async refreshValidators(id: string, etag: string | null, lastModified: string | null): Promise<void> {
    await this.repository.update({ id }, { etag, lastModified });
  }

  async count(source?: string): Promise<number> {
    return source ? this.repository.countBy({ source }) : this.repository.count();
  }
}

// Ids per SELECT: far below SQLite's (32,766) and PostgreSQL's (65,535) parameter limits.
const SELECT_CHUNK = 1000;

// Rows per statement: 9 parameters each stays far below SQLite's and PostgreSQL's parameter limits.
const UPSERT_CHUNK = 500;

function decision(
  known: Pick<FetchedDocument, 'contentHash' | 'version'> | null | undefined,
  observation: FetchObservation,
): FetchDecision {
  if (known && known.contentHash === observation.contentHash) return { publish: false, reason: 'unchanged' };
  return { publish: true, version: known ? known.version + 1 : 1 };
}

function ledgerRow(observation: FetchObservation, version: number): FetchedDocument {
  return {
    id: observation.id,
    source: observation.source,
    location: observation.location,
    contentHash: observation.contentHash,
    fetchedAt: observation.fetchedAt,
    etag: observation.etag ?? null,
    lastModified: observation.lastModified ?? null,
    lastStatus: 'published',
    version,
  };
}

export async function databaseIsReachable(dataSource: DataSource): Promise<boolean> {
  try {
    await dataSource.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}
