import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Every URL a source listed and the outcome of its last check (published, unchanged, not-modified, failed,
 * refused). The published version, hash and validators live in fetched_documents, written only after Kafka
 * acknowledged, so a validator never outlives an unpublished change.
 */
@Entity({ name: 'crawl_urls' })
export class CrawlUrl {
  /** The release id of the URL (deterministic from source and URL). */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 200 })
  source!: string;

  @Column({ type: 'varchar', length: 4096 })
  url!: string;

  @Column({ name: 'last_status', type: 'varchar', length: 40 })
  lastStatus!: string;

  @Column({ name: 'http_status', type: 'integer', nullable: true })
  httpStatus!: number | null;

  /** The date the feed, sitemap or listing gave the URL (publication or lastmod), ISO. */
  @Column({ name: 'listed_date', type: 'varchar', length: 40, nullable: true })
  listedDate!: string | null;

  @Column({ name: 'checked_at', type: 'varchar', length: 40 })
  checkedAt!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  error!: string | null;

  /** Consecutive failed checks. */
  @Column({ type: 'integer', default: 0 })
  failures!: number;
}
