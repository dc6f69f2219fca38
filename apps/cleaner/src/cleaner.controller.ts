import { Controller, Inject } from '@nestjs/common';
import { TOPICS, type RawRelease } from '@presswatch/contracts';
import { PermanentFailure, StageHandler, handleEachMessage, type IncomingMessage, type StageResult } from '@presswatch/kafka-messaging';
import { cleanReleaseRefusal, learnAndClean, rawReleaseRefusal, readRawRelease } from '@presswatch/release-processing';
import { SourceTemplates } from './source-templates.js';

@Controller()
export class CleanerController {
  constructor(@Inject(SourceTemplates) private readonly templates: SourceTemplates) {}

  /** A batch at a time: the batch's source templates are loaded once and stored once, before its offsets are committed. */
  @StageHandler(TOPICS.raw, { batch: true })
  async clean(messages: IncomingMessage[]): Promise<StageResult> {
    // Bodies that are not text are refused before they are counted into their source's template.
    const releases = messages.map((message): RawRelease | Error => {
      try {
        const raw = readRawRelease(message.value);
        const notText = rawReleaseRefusal(raw);
        return notText ? new PermanentFailure(notText) : raw;
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
        // Nothing to index (empty, not text, navigation only): dead-letter it with the reason rather than index a shell.
        const notArticle = cleanReleaseRefusal(clean);
        if (notArticle) throw new PermanentFailure(notArticle);
        return [{ topic: TOPICS.clean, key: clean.id, value: JSON.stringify(clean) }];
      }),
    );
  }
}
