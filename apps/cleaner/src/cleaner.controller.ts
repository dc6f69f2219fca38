import { Controller, Inject } from '@nestjs/common';
import { TOPICS, parseJsonMessage, parseRawRelease, parseCleanRelease } from '@presswatch/contracts';
import { PermanentFailure, StageHandler, type IncomingMessage, type StageResult } from '@presswatch/kafka-messaging';
import { cleanRelease, cleanReleaseRefusal, rawReleaseRefusal } from '@presswatch/release-processing';
import { SourceTemplates } from './source-templates.js';

@Controller()
export class CleanerController {
  constructor(@Inject(SourceTemplates) private readonly templates: SourceTemplates) {}

  @StageHandler(TOPICS.raw)
  async clean(message: IncomingMessage): Promise<StageResult> {
    const raw = parseJsonMessage('RawRelease', message.value, parseRawRelease);
    const notText = rawReleaseRefusal(raw);
    if (notText) throw new PermanentFailure(notText);
    const template = await this.templates.learn(raw.source, raw.body);
    const clean = parseCleanRelease(cleanRelease(raw, template));
    // Nothing to index (empty, not text, navigation only): dead-letter it with the reason rather than index a shell.
    const notArticle = cleanReleaseRefusal(clean);
    if (notArticle) throw new PermanentFailure(notArticle);
    return { outgoing: [{ topic: TOPICS.clean, key: clean.id, value: JSON.stringify(clean) }] };
  }
}
