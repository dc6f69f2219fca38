import { Inject, Injectable } from '@nestjs/common';
import { TransientFailure } from '@presswatch/kafka-messaging';
import type { TemplateStore } from '@presswatch/pipeline-state';
import { emptyTemplate, sourceTemplateSchema, type SourceTemplate } from '@presswatch/release-processing';
import { LOGGER, type Logger } from '@presswatch/service-runtime';
import { TEMPLATE_STORE } from './tokens.js';

/** Templates kept in memory; the least recently used beyond this are dropped (they are stored, and reloaded when needed). */
const CACHED_SOURCES = 500;

interface Cached {
  template: SourceTemplate;
  /** The stored revision this copy continues (null: never saved). */
  revision: number | null;
}

/**
 * Each source's template (lines that recur across its releases are boilerplate), learned release by
 * release in memory and stored after every batch, before the batch's offsets are committed: a replica
 * that takes over a source's partition continues from exactly what was committed. Writes are
 * compare-and-set, so a replica holding a stale copy (it lost the partition meanwhile) reloads instead of
 * overwriting what another replica learned.
 */
@Injectable()
export class SourceTemplates {
  private readonly cache = new Map<string, Cached>();

  constructor(
    @Inject(TEMPLATE_STORE) private readonly store: TemplateStore,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Runs `step` with the templates of `sources` loaded (it learns into them in place), then stores them.
   * When storing fails or finds a newer revision, the copies are dropped and the batch fails as transient:
   * the stage retries it from the stored templates, so nothing is learned twice.
   */
  async learning<T>(sources: Iterable<string>, step: (templateOf: (source: string) => SourceTemplate) => T): Promise<T> {
    const wanted = [...new Set(sources)];
    try {
      for (const source of wanted) {
        const cached = this.cache.get(source) ?? (await this.load(source));
        // Re-inserted, so the Map's order is the order of last use.
        this.cache.delete(source);
        this.cache.set(source, cached);
      }
      const result = step((source) => this.cache.get(source)!.template);
      for (const source of wanted) await this.save(source, this.cache.get(source)!);
      for (const source of this.cache.keys()) {
        if (this.cache.size <= CACHED_SOURCES) break;
        this.cache.delete(source);
      }
      return result;
    } catch (error) {
      for (const source of wanted) this.cache.delete(source);
      throw error;
    }
  }

  private async save(source: string, cached: Cached): Promise<void> {
    let revision;
    try {
      revision = await this.store.save(source, {
        json: JSON.stringify(cached.template),
        documents: cached.template.documents,
        revision: cached.revision,
      });
    } catch (error) {
      throw new TransientFailure(`saving the template of ${source}: ${(error as Error).message}`);
    }
    if (revision === null) throw new TransientFailure(`the template of ${source} was changed by another cleaner meanwhile; reloading it`);
    cached.revision = revision;
  }

  private async load(source: string): Promise<Cached> {
    let stored;
    try {
      stored = await this.store.load(source);
    } catch (error) {
      // The database is down: the stage holds the batch and retries rather than cleaning without memory.
      throw new TransientFailure(`loading the template of ${source}: ${(error as Error).message}`);
    }
    if (stored === null) return { template: emptyTemplate(), revision: null };
    const parsed = sourceTemplateSchema.safeParse(parseJson(stored.json));
    if (parsed.success) return { template: parsed.data, revision: stored.revision };
    this.logger.warn({ source }, 'stored source template is invalid; relearning it');
    return { template: emptyTemplate(), revision: stored.revision };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
