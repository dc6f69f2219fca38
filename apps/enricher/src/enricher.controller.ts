import { Controller } from '@nestjs/common';
import { TOPICS } from '@presswatch/contracts';
import { StageHandler, handleEachMessage, type IncomingMessage, type StageResult } from '@presswatch/kafka-messaging';
import { enrichMessage } from '@presswatch/release-processing';

@Controller()
export class EnricherController {
  /** A batch at a time, message by message: no per-message framework round trip. */
  @StageHandler(TOPICS.clean, { batch: true })
  enrich(messages: IncomingMessage[]): StageResult {
    return handleEachMessage(messages, (message) => {
      const enriched = enrichMessage(message.value);
      return [{ topic: TOPICS.enriched, key: enriched.id, value: JSON.stringify(enriched) }];
    });
  }
}
