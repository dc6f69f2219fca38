import { HEADERS } from '@presswatch/contracts';
import { childTraceparent } from './trace-context.js';
import { TransientFailure, type IncomingMessage, type OutgoingMessage, type StageResult } from './types.js';

/**
 * For batch handlers that transform message by message (cleaner, enricher): runs `step` on each message of
 * the batch in order, with the stage server's per-message rules but without its per-message framework round
 * trip. A message's error is that message's dead letter (reason "Name: message"); a TransientFailure fails
 * the whole batch, which the stage server then retries; outputs carry the input's trace as a child span.
 */
export function handleEachMessage(
  messages: readonly IncomingMessage[],
  step: (message: IncomingMessage, position: number) => OutgoingMessage[],
): StageResult {
  const result: Required<StageResult> = { outgoing: [], deadLetters: [], origins: [] };
  messages.forEach((message, position) => {
    let outgoing: OutgoingMessage[];
    try {
      outgoing = step(message, position);
    } catch (error) {
      if (error instanceof TransientFailure) throw error;
      result.deadLetters.push({ message, reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      return;
    }
    const traceparent = childTraceparent(message.headers[HEADERS.traceparent]);
    for (const output of outgoing) {
      result.outgoing.push({ ...output, headers: { [HEADERS.traceparent]: traceparent, ...output.headers } });
      result.origins.push(message);
    }
  });
  return result;
}
