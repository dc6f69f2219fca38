import { randomBytes } from 'node:crypto';
import { TraceFlags, isSpanContextValid, type SpanContext } from '@opentelemetry/api';
import { HEADERS } from '@presswatch/contracts';
import type { IncomingMessage, StructuredLogger } from './types.js';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/**
 * Random ids are cut from a pool refilled 4 KiB at a time: one randomBytes call per id cost ~4 us (a
 * crossing into C++ per message, at every hop). Every id still takes bytes no other id took.
 */
const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let used = 0;

function randomHex(bytes: number): string {
  if (used + bytes > pool.length) {
    pool = randomBytes(POOL_BYTES);
    used = 0;
  }
  const hex = pool.toString('hex', used, used + bytes);
  used += bytes;
  return hex;
}

/**
 * Parses a W3C `traceparent` into an OpenTelemetry span context; all-zero ids are invalid per the spec
 * (the OpenTelemetry API's check), so such a header starts a new trace rather than joining a bogus one.
 */
export function parseTraceparent(traceparent: string | undefined): SpanContext | undefined {
  const match = traceparent ? TRACEPARENT.exec(traceparent) : null;
  if (!match) return undefined;
  const context: SpanContext = { traceId: match[1]!, spanId: match[2]!, traceFlags: Number.parseInt(match[3]!, 16), isRemote: true };
  return isSpanContextValid(context) ? context : undefined;
}

/**
 * W3C trace context: keeps the trace id of the incoming message (or starts a trace) and gives this hop
 * a new span id, so one release can be followed from the fetcher to the indexer.
 */
export function childTraceparent(parent: string | undefined): string {
  const context = parseTraceparent(parent);
  const traceId = context?.traceId ?? randomHex(16);
  const flags = context?.traceFlags ?? TraceFlags.SAMPLED;
  return `00-${traceId}-${randomHex(8)}-${flags.toString(16).padStart(2, '0')}`;
}

export function traceIdOf(traceparent: string | undefined): string | undefined {
  return parseTraceparent(traceparent)?.traceId;
}

/** The fields every per-message log line carries, so a log search by trace id finds all four services. */
export function messageLogFields(message: IncomingMessage): { topic: string; partition: number; offset: string; trace_id?: string } {
  const traceId = traceIdOf(message.headers[HEADERS.traceparent]);
  return { topic: message.topic, partition: message.partition, offset: message.offset, ...(traceId ? { trace_id: traceId } : {}) };
}

/** A logger with fields bound to every line: pino's child logger when available, else a merging wrapper. */
export function childLogger(logger: StructuredLogger, bindings: object): StructuredLogger {
  if (logger.child) return logger.child(bindings);
  const merged =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (fields: object, message: string): void =>
      logger[level]({ ...bindings, ...fields }, message);
  return { debug: merged('debug'), info: merged('info'), warn: merged('warn'), error: merged('error') };
}
