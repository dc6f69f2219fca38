import { HEADERS, SCHEMA_VERSION, type DeadLetter } from '@presswatch/contracts';
import type { DeadLetterRequest, OutgoingMessage } from './types.js';

/**
 * Wraps a failed message for the dead-letter topic: original bytes, coordinates and reason, nothing lost.
 * The letter is keyed and headed with the original key and headers as bytes (plus the dead-letter headers),
 * so a replay can republish them exactly.
 */
export function deadLetterMessage(request: DeadLetterRequest, stage: string, topic: string, now: Date = new Date()): OutgoingMessage {
  const { message, reason } = request;
  const letter: DeadLetter = {
    schemaVersion: SCHEMA_VERSION,
    stage,
    reason,
    failedAt: now.toISOString(),
    original: {
      topic: message.topic,
      partition: message.partition,
      offset: message.offset,
      key: message.key,
      valueBase64: message.value === null ? null : message.value.toString('base64'),
    },
  };
  return {
    topic,
    key: message.rawKey === undefined ? message.key : message.rawKey,
    value: JSON.stringify(letter),
    rawHeaders: message.rawHeaders,
    headers: {
      ...(message.rawHeaders ? {} : message.headers),
      [HEADERS.deadLetterReason]: reason.slice(0, 1000),
      [HEADERS.deadLetterStage]: stage,
      [HEADERS.originalTopic]: message.topic,
      [HEADERS.originalPartition]: String(message.partition),
      [HEADERS.originalOffset]: message.offset,
    },
  };
}
