import { messageLogFields } from './trace-context.js';
import type { DeadLetterRequest, IncomingMessage, OutgoingMessage, StructuredLogger } from './types.js';

/** A message a stage publishes and, when Kafka refuses it for good, what to dead-letter instead. */
export interface Output {
  message: OutgoingMessage;
  /** The input this output was made from (its dead letter replaces a refused output). */
  origin: IncomingMessage | null;
  /** Set on dead letters: the request, to resend it reduced if Kafka refuses it whole. */
  letter?: DeadLetterRequest;
}

export interface OutputsContext {
  producer: { sendOrRefuse(messages: OutgoingMessage[]): Promise<{ message: OutgoingMessage; reason: string }[]> };
  /** The dead letter of a request; `maxBytes` 0 asks for the reduced form. */
  deadLetter(request: DeadLetterRequest, maxBytes?: number): OutgoingMessage;
  /** Called for each dead letter this step adds (the stage logs it). */
  deadLettered(request: DeadLetterRequest): void;
  logger: StructuredLogger;
}

/**
 * Publishes a chunk's outputs. An output Kafka refuses for good (too large) is replaced by a dead letter of
 * its input; a refused dead letter is resent reduced. What Kafka refuses even then is logged and skipped:
 * one message never holds the partition. Outages throw, for the caller's retry loop.
 */
export async function publishOutputs(
  outputs: Output[],
  context: OutputsContext,
): Promise<{ sent: OutgoingMessage[]; deadLettered: number; dropped: number }> {
  const refused = new Set((await context.producer.sendOrRefuse(outputs.map((output) => output.message))).map((entry) => entry.message));
  if (refused.size === 0) return { sent: outputs.map((output) => output.message), deadLettered: 0, dropped: 0 };
  const sent = outputs.filter((output) => !refused.has(output.message)).map((output) => output.message);
  const replacements: Output[] = [];
  let deadLettered = 0;
  for (const output of outputs.filter((candidate) => refused.has(candidate.message))) {
    if (output.letter) replacements.push({ ...output, message: context.deadLetter(output.letter, 0) });
    else if (output.origin) {
      const letter = {
        message: output.origin,
        reason: `output refused by Kafka: ${Buffer.byteLength(output.message.value)} bytes to ${output.message.topic}`,
      };
      context.deadLettered(letter);
      replacements.push({ message: context.deadLetter(letter), origin: output.origin, letter });
      deadLettered++;
    } else replacements.push(output);
  }
  const stillRefused = new Set(
    (await context.producer.sendOrRefuse(replacements.map((output) => output.message))).map((entry) => entry.message),
  );
  for (const output of replacements) {
    if (!stillRefused.has(output.message)) sent.push(output.message);
    else
      context.logger.error(
        { ...(output.origin ? messageLogFields(output.origin) : {}), to: output.message.topic },
        'Kafka refused the message and its dead letter: skipped',
      );
  }
  return { sent, deadLettered, dropped: stillRefused.size };
}
