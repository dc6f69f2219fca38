import { Controller, Inject } from '@nestjs/common';
import { TOPICS, parseJsonMessage, parseRawRelease, parseCleanRelease } from '@presswatch/contracts';
import { PermanentFailure, StageHandler, type IncomingMessage, type StageResult } from '@presswatch/kafka-messaging';
import { cleanRelease } from '@presswatch/release-processing';
import { SourceTemplates } from './source-templates.js';

@Controller()
export class CleanerController {
  constructor(@Inject(SourceTemplates) private readonly templates: SourceTemplates) {}

  @StageHandler(TOPICS.raw)
  async clean(message: IncomingMessage): Promise<StageResult> {
    const raw = parseJsonMessage('RawRelease', message.value, parseRawRelease);
    const template = await this.templates.learn(raw.source, raw.body);
    const clean = parseCleanRelease(cleanRelease(raw, template));
    // An empty body has nothing to index: dead-letter it with the reason rather than index an empty shell.
    if (clean.warnings.includes('empty-body')) throw new PermanentFailure('empty-body: no article text left after cleaning');
    return { outgoing: [{ topic: TOPICS.clean, key: clean.id, value: JSON.stringify(clean) }] };
  }
}
