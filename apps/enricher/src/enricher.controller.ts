import { Controller } from '@nestjs/common';
import { TOPICS, parseCleanRelease, parseEnrichedRelease, parseJsonMessage } from '@presswatch/contracts';
import { PermanentFailure, StageHandler, type IncomingMessage, type StageResult } from '@presswatch/kafka-messaging';
import { cleanReleaseRefusal, enrichRelease } from '@presswatch/release-processing';

@Controller()
export class EnricherController {
  @StageHandler(TOPICS.clean)
  enrich(message: IncomingMessage): StageResult {
    const clean = parseJsonMessage('CleanRelease', message.value, parseCleanRelease);
    // Also here: the topic may still hold releases an older cleaner let through.
    const refusal = cleanReleaseRefusal(clean);
    if (refusal) throw new PermanentFailure(refusal);
    const enriched = parseEnrichedRelease(enrichRelease(clean));
    return { outgoing: [{ topic: TOPICS.enriched, key: enriched.id, value: JSON.stringify(enriched) }] };
  }
}
