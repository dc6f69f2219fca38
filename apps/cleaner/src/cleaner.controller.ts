import { Controller, Inject } from '@nestjs/common';
import { TOPICS, type RawRelease } from '@presswatch/contracts';
import { PermanentFailure, StageHandler, handleEachMessage, type IncomingMessage, type StageResult } from '@presswatch/kafka-messaging';
import { learnAndClean, readRawRelease } from '@presswatch/release-processing';
import { SourceTemplates } from './source-templates.js';

@Controller()
export class CleanerController {
  constructor(@Inject(SourceTemplates) private readonly templates: SourceTemplates) {}

  /** A batch at a time: the batch's source templates are loaded once and stored once, before its offsets are committed. */
  @StageHandler(TOPICS.raw, { batch: true })
  async clean(messages: IncomingMessage[]): Promise<StageResult> {
    const releases = messages.map((message): RawRelease | Error => {
      try {
        return readRawRelease(message.value);
      } catch (error) {
        return error as Error;
      }
    });
    const sources = releases.flatMap((release) => (release instanceof Error ? [] : [release.source]));
    return this.templates.learning(sources, (templateOf) =>
      handleEachMessage(messages, (_message, position) => {
        const raw = releases[position]!;
        if (raw instanceof Error) throw raw;
        const clean = learnAndClean(raw, templateOf(raw.source));
        // An empty body has nothing to index: dead-letter it with the reason rather than index an empty shell.
        if (clean.warnings.includes('empty-body')) throw new PermanentFailure('empty-body: no article text left after cleaning');
        return [{ topic: TOPICS.clean, key: clean.id, value: JSON.stringify(clean) }];
      }),
    );
  }
}
