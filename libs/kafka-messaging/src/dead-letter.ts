import { createHash } from 'node:crypto';
import { HEADERS, SCHEMA_VERSION, type DeadLetter } from '@presswatch/contracts';
import type { DeadLetterRequest, OutgoingMessage, RawHeaders } from './types.js';

/**
 * Budget of one dead letter, headers included: under the broker's default message limit (1 MiB) with room
 * for the record's own overhead, so a letter is never refused for its size. A larger letter is reduced.
 */
export const DEAD_LETTER_MAX_BYTES = 900_000;
/** Bytes of the original kept in a reduced letter: enough to recognise what it was. */
const REDUCED_HEAD_BYTES = 2048;
const REASON_MAX_CHARS = 10_000;

export interface DeadLetterOptions {
  now?: Date;
  maxBytes?: number;
}

/**
 * Wraps a failed message for the dead-letter topic: original bytes, coordinates and reason, nothing lost.
 * The letter is keyed and headed with the original key and headers as bytes (plus the dead-letter headers),
 * so a replay can republish them exactly.
 * When the whole original would not fit the budget, the letter is reduced to the original's size, hash and
 * first bytes (the coordinates say where the rest is): one oversized message must never block a stage
 * behind a dead letter that Kafka can never accept.
 */
export function deadLetterMessage(
  request: DeadLetterRequest,
  stage: string,
  topic: string,
  options: DeadLetterOptions = {},
): OutgoingMessage & { value: string } {
  const { message } = request;
  const reason = request.reason.slice(0, REASON_MAX_CHARS);
  const value = message.value;
  const coordinates = {
    topic: message.topic,
    partition: message.partition,
    offset: message.offset,
    key: message.key,
    ...(value === null ? {} : { valueBytes: value.length, valueSha256: createHash('sha256').update(value).digest('hex') }),
  };
  const letter: DeadLetter = {
    schemaVersion: SCHEMA_VERSION,
    stage,
    reason,
    failedAt: (options.now ?? new Date()).toISOString(),
    original: { ...coordinates, valueBase64: value === null ? null : value.toString('base64') },
  };
  const headers = {
    ...(message.rawHeaders ? {} : message.headers),
    [HEADERS.deadLetterReason]: reason.slice(0, 1000),
    [HEADERS.deadLetterStage]: stage,
    [HEADERS.originalTopic]: message.topic,
    [HEADERS.originalPartition]: String(message.partition),
    [HEADERS.originalOffset]: message.offset,
  };
  let json = JSON.stringify(letter);
  const key = message.rawKey === undefined ? message.key : message.rawKey;
  const overhead = headerBytes(headers) + rawHeaderBytes(message.rawHeaders) + (key === null ? 0 : Buffer.byteLength(key));
  if (Buffer.byteLength(json) + overhead > (options.maxBytes ?? DEAD_LETTER_MAX_BYTES)) {
    const reduced: DeadLetter = {
      ...letter,
      reduced: true,
      original: { ...coordinates, valueBase64: null, headBase64: value?.subarray(0, REDUCED_HEAD_BYTES).toString('base64') ?? '' },
    };
    json = JSON.stringify(reduced);
  }
  return { topic, key, value: json, headers, ...(message.rawHeaders ? { rawHeaders: message.rawHeaders } : {}) };
}

function headerBytes(headers: Record<string, string>): number {
  let total = 0;
  for (const [name, value] of Object.entries(headers)) total += Buffer.byteLength(name) + Buffer.byteLength(value);
  return total;
}

function rawHeaderBytes(headers: RawHeaders | undefined): number {
  let total = 0;
  for (const [name, values] of Object.entries(headers ?? {})) for (const value of values) total += Buffer.byteLength(name) + value.length;
  return total;
}
