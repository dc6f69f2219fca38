import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What the fetcher remembers of each document it fetched, so an unchanged one is never published twice
 * and a changed one is published as a new version. Column types are portable between SQLite and PostgreSQL.
 */
@Entity({ name: 'fetched_documents' })
export class FetchedDocument {
  /** The release id: deterministic from source and location. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 200 })
  source!: string;

  /** URL or file path. */
  @Column({ type: 'varchar', length: 4096 })
  location!: string;

  @Column({ name: 'content_hash', type: 'varchar', length: 64 })
  contentHash!: string;

  @Column({ type: 'varchar', length: 512, nullable: true })
  etag!: string | null;

  @Column({ name: 'last_modified', type: 'varchar', length: 64, nullable: true })
  lastModified!: string | null;

  /** ISO timestamp of the fetch that produced the current version. */
  @Column({ name: 'fetched_at', type: 'varchar', length: 40 })
  fetchedAt!: string;

  @Column({ name: 'last_status', type: 'varchar', length: 40 })
  lastStatus!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
