import { Controller } from '@nestjs/common';
import { TOPICS, parseJsonMessage, parseRawRelease, parseCleanRelease } from '@presswatch/contracts';
import { PermanentFailure, StageHandler, type IncomingMessage, type StageResult } from '@presswatch/kafka-messaging';
import { cleanRelease, emptyTemplate, learnTemplate, type SourceTemplate } from '@presswatch/release-processing';

@Controller()
export class CleanerController {
  /** Each source's template, learned from the releases seen so far (recurring lines are boilerplate). */
  private readonly templates = new Map<string, SourceTemplate>();

  @StageHandler(TOPICS.raw)
  clean(message: IncomingMessage): StageResult {
    const raw = parseJsonMessage('RawRelease', message.value, parseRawRelease);
    const template = learnTemplate(this.templates.get(raw.source) ?? emptyTemplate(), raw.body);
    this.templates.set(raw.source, template);
    const clean = parseCleanRelease(cleanRelease(raw, template));
    // An empty body has nothing to index: dead-letter it with the reason rather than index an empty shell.
    if (clean.warnings.includes('empty-body')) throw new PermanentFailure('empty-body: no article text left after cleaning');
    return { outgoing: [{ topic: TOPICS.clean, key: clean.id, value: JSON.stringify(clean) }] };
  }
}
