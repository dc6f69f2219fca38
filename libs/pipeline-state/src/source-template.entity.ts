import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What the cleaner learned of a source's template (lines that recur across its releases), kept so a
 * restart does not relearn it. The template itself is the cleaner's JSON; this lib stores it opaquely.
 */
@Entity({ name: 'source_templates' })
export class SourceTemplateRecord {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  source!: string;

  @Column({ type: 'text' })
  template!: string;

  /** Releases the template was learned from. */
  @Column({ type: 'integer' })
  documents!: number;

  @Column({ name: 'updated_at', type: 'varchar', length: 40 })
  updatedAt!: string;

  /** Incremented by every write: a writer names the revision it loaded, so two cleaners never overwrite each other. */
  @Column({ type: 'integer', default: 0 })
  revision!: number;
}
