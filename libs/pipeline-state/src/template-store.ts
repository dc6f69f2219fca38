import type { DataSource, Repository } from 'typeorm';
import { SourceTemplateRecord } from './source-template.entity.js';

export interface StoredTemplate {
  /** The template as the cleaner serialised it. */
  json: string;
  documents: number;
  /** Changes with every write; null for a source never saved. */
  revision: number | null;
}

/**
 * Per-source templates of the cleaner, saved and loaded as opaque JSON. Writes are compare-and-set on the
 * revision: a cleaner that lost a source's partition to another replica cannot overwrite what that replica
 * learned since; it learns that its copy is stale and reloads.
 */
export class TemplateStore {
  private readonly repository: Repository<SourceTemplateRecord>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(SourceTemplateRecord);
  }

  async load(source: string): Promise<StoredTemplate | null> {
    const record = await this.repository.findOneBy({ source });
    return record ? { json: record.template, documents: record.documents, revision: record.revision } : null;
  }

  /**
   * Writes the template if the stored revision is still `template.revision` (null: no row yet). Returns the
   * new revision, or null when another writer changed the row first (nothing is written then).
   */
  async save(source: string, template: StoredTemplate, now: Date = new Date()): Promise<number | null> {
    const fields = { template: template.json, documents: template.documents, updatedAt: now.toISOString() };
    if (template.revision === null) {
      try {
        await this.repository.insert({ source, ...fields, revision: 1 });
        return 1;
      } catch (error) {
        // Another writer created the row first: a conflict like any other; anything else is a real failure.
        if ((await this.revisionOf(source)) !== null) return null;
        throw error;
      }
    }
    const updated = await this.repository
      .createQueryBuilder()
      .update()
      .set({ ...fields, revision: () => 'revision + 1' })
      .where('source = :source AND revision = :revision', { source, revision: template.revision })
      .execute();
    return updated.affected === 1 ? template.revision + 1 : null;
  }

  private async revisionOf(source: string): Promise<number | null> {
    return (await this.repository.findOne({ where: { source }, select: { revision: true } }))?.revision ?? null;
  }
}
