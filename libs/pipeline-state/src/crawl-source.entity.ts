import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A configured source as the scheduler sees it: when it last ran, how that went, when it is due next and
 * whether its first (backfill) run completed. Times are ISO strings in varchar: portable and sortable.
 */
@Entity({ name: 'crawl_sources' })
export class CrawlSource {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  @Column({ name: 'last_started_at', type: 'varchar', length: 40, nullable: true })
  lastStartedAt!: string | null;

  @Column({ name: 'last_finished_at', type: 'varchar', length: 40, nullable: true })
  lastFinishedAt!: string | null;

  /** ok, partial (some pages failed), failed (the listing itself could not be read). */
  @Column({ name: 'last_status', type: 'varchar', length: 40, nullable: true })
  lastStatus!: string | null;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;

  @Column({ name: 'next_due_at', type: 'varchar', length: 40, nullable: true })
  nextDueAt!: string | null;

  /** Set once a backfill run finished; until then every run is a backfill. */
  @Column({ name: 'backfilled_at', type: 'varchar', length: 40, nullable: true })
  backfilledAt!: string | null;

  @Column({ type: 'integer', default: 0 })
  runs!: number;
}
