import { Controller } from '@nestjs/common';
import { TOPICS, parseCleanRelease, parseEnrichedRelease, parseJsonMessage } from '@presswatch/contracts';
import { StageHandler, type IncomingMessage, type StageResult } from '@presswatch/kafka-messaging';
import { enrichRelease } from '@presswatch/release-processing';

@Controller()
export class EnricherController {
  @StageHandler(TOPICS.clean)
  enrich(message: IncomingMessage): StageResult {
    const clean = parseJsonMessage('CleanRelease', message.value, parseCleanRelease);
    const enriched = parseEnrichedRelease(enrichRelease(clean));
    return { outgoing: [{ topic: TOPICS.enriched, key: enriched.id, value: JSON.stringify(enriched) }] };
  }
}
