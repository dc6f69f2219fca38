import { Controller } from '@nestjs/common';
import { TOPICS } from '@presswatch/contracts';
import { PermanentFailure, StageHandler, handleEachMessage, type IncomingMessage, type StageResult } from '@presswatch/kafka-messaging';
import { cleanReleaseRefusal, enrichedMessageValue, enrichRelease, readCleanRelease } from '@presswatch/release-processing';

@Controller()
export class EnricherController {
  /** A batch at a time, message by message: no per-message framework round trip. */
  @StageHandler(TOPICS.clean, { batch: true })
  enrich(messages: IncomingMessage[]): StageResult {
    return handleEachMessage(messages, (message) => {
      const clean = readCleanRelease(message.value);
      // Also here: the topic may still hold releases an older cleaner let through.
      const refusal = cleanReleaseRefusal(clean);
      if (refusal) throw new PermanentFailure(refusal);
      // Built from the checked input by typed code; the indexer checks it when it reads it.
      const enriched = enrichRelease(clean);
      // JSON.stringify(enriched)'s bytes, the body copied from the message it came in.
      return [{ topic: TOPICS.enriched, key: enriched.id, value: enrichedMessageValue(enriched, message.value) }];
    });
  }
}
