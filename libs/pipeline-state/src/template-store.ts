import type { DataSource, Repository } from 'typeorm';
import { SourceTemplateRecord } from './source-template.entity.js';

export interface StoredTemplate {
  /** The template as the cleaner serialised it. */
  json: string;
  documents: number;
}

/** Per-source templates of the cleaner, saved and loaded as opaque JSON. */
export class TemplateStore {
  private readonly repository: Repository<SourceTemplateRecord>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(SourceTemplateRecord);
  }

  async load(source: string): Promise<StoredTemplate | null> {
    const record = await this.repository.findOneBy({ source });
    return record ? { json: record.template, documents: record.documents } : null;
  }

  async save(source: string, template: StoredTemplate, now: Date = new Date()): Promise<void> {
    await this.repository.save({ source, template: template.json, documents: template.documents, updatedAt: now.toISOString() });
  }
}
