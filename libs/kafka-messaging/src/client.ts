import { readFileSync } from 'node:fs';
import kafkajs from 'kafkajs';
import type { Kafka as KafkaClient, LogEntry, SASLOptions } from 'kafkajs';
import { useFastCrc32c } from './crc32c.js';
import type { KafkaSettings, RawHeaders, StructuredLogger } from './types.js';

const { Kafka, logLevel } = kafkajs;

/** kafkajs log levels mapped onto the structured logger, so broker chatter ends up in JSON logs. */
function logCreator(logger: StructuredLogger) {
  return () =>
    ({ level, log }: LogEntry) => {
      const { message, ...fields } = log;
      const entry = { component: 'kafkajs', ...fields };
      if (level <= logLevel.ERROR) logger.error(entry, message);
      else if (level === logLevel.WARN) logger.warn(entry, message);
      else logger.debug(entry, message);
    };
}

export function createKafkaClient(settings: KafkaSettings, logger: StructuredLogger): KafkaClient {
  // The v2 partitioner warning is about migrating from kafkajs 1.x; this project never used 1.x.
  process.env['KAFKAJS_NO_PARTITIONER_WARNING'] = '1';
  // Before the client's first produce or fetch loads kafkajs's record batch encoder.
  useFastCrc32c();
  return new Kafka({
    clientId: settings.clientId,
    brokers: settings.brokers,
    connectionTimeout: settings.connectionTimeoutMs ?? 3000,
    logLevel: logLevel.WARN,
    logCreator: logCreator(logger),
    retry: { initialRetryTime: 300, retries: 8 },
    // Certificates are always verified (Node's default); a private CA is added, never a bypass.
    ssl: settings.ssl ? (settings.ssl.caFile ? { ca: [readFileSync(settings.ssl.caFile, 'utf8')] } : true) : false,
    sasl: settings.sasl ? saslOptions(settings.sasl) : undefined,
  });
}

function saslOptions(sasl: NonNullable<KafkaSettings['sasl']>): SASLOptions {
  return sasl.mechanism === 'scram-sha-512'
    ? { mechanism: 'scram-sha-512', username: sasl.username, password: sasl.password }
    : { mechanism: 'scram-sha-256', username: sasl.username, password: sasl.password };
}

/** Turns kafkajs message headers (Buffer | string | arrays) into plain strings. */
export function decodeHeaders(
  headers: Record<string, Buffer | string | (Buffer | string)[] | undefined> | undefined,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    const last = Array.isArray(value) ? value[value.length - 1] : value;
    if (last !== undefined) result[name] = last.toString();
  }
  return result;
}

/** kafkajs message headers as bytes, every value kept, nothing decoded: what a faithful copy needs. */
export function copyRawHeaders(headers: Record<string, Buffer | string | (Buffer | string)[] | undefined> | undefined): RawHeaders {
  const result: RawHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    result[name] = (Array.isArray(value) ? value : [value]).map((item) =>
      typeof item === 'string' ? Buffer.from(item, 'utf8') : Buffer.from(item),
    );
  }
  return result;
}
