import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { z } from 'zod';
import { TransientFailure } from '@presswatch/kafka-messaging';
import type { TemplateStore } from '@presswatch/pipeline-state';
import { emptyTemplate, learnTemplate, type SourceTemplate } from '@presswatch/release-processing';
import { LOGGER, type Logger } from '@presswatch/service-runtime';
import { TEMPLATE_STORE } from './tokens.js';

const sourceTemplateSchema = z.object({
  version: z.literal(1),
  documents: z.number().int().nonnegative(),
  lineCounts: z.record(z.string(), z.number().int().nonnegative()),
});

/** How often learned templates are written back; a crash loses at most this much learning, never releases. */
const FLUSH_INTERVAL_MS = 5_000;

/**
 * Each source's template (lines that recur across its releases are boilerplate), learned release by
 * release, cached in memory and persisted so a restart does not start from nothing.
 */
@Injectable()
export class SourceTemplates implements OnApplicationShutdown {
  private readonly cache = new Map<string, SourceTemplate>();
  private readonly dirty = new Set<string>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    @Inject(TEMPLATE_STORE) private readonly store: TemplateStore,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  /** The source's template including this release (what the cleaner then cleans with). */
  async learn(source: string, body: string): Promise<SourceTemplate> {
    const learned = learnTemplate(this.cache.get(source) ?? (await this.load(source)), body);
    this.cache.set(source, learned);
    this.dirty.add(source);
    return learned;
  }

  async flush(): Promise<void> {
    for (const source of [...this.dirty]) {
      const template = this.cache.get(source);
      if (!template) continue;
      this.dirty.delete(source);
      try {
        await this.store.save(source, { json: JSON.stringify(template), documents: template.documents });
      } catch (error) {
        this.dirty.add(source);
        this.logger.warn({ source, error: (error as Error).message }, 'could not save the source template; will retry');
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async load(source: string): Promise<SourceTemplate> {
    let stored;
    try {
      stored = await this.store.load(source);
    } catch (error) {
      // The database is down: the stage holds the message and retries rather than cleaning without memory.
      throw new TransientFailure(`loading the template of ${source}: ${(error as Error).message}`);
    }
    if (stored === null) return emptyTemplate();
    const parsed = sourceTemplateSchema.safeParse(JSON.parse(stored.json));
    if (parsed.success) return parsed.data;
    this.logger.warn({ source }, 'stored source template is invalid; relearning it');
    return emptyTemplate();
  }
}
