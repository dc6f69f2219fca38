import { parseArgs } from 'node:util';
import { HEADERS, TOPICS, parseDeadLetter, type DeadLetter } from '@presswatch/contracts';
import {
  MessageProducer,
  createKafkaClient,
  kafkaSecurityFromEnv,
  readWholeTopic,
  type IncomingMessage,
  type OutgoingMessage,
  type StructuredLogger,
} from '@presswatch/kafka-messaging';
import { BROKERS_DEFAULT_HELP, brokersOption } from './connection-options.js';

export const DEAD_LETTERS_HELP = `Usage:
  npm run --silent cli -- dead-letters list [--json] [--stage NAME] [--reason REGEX] [--key KEY]
  npm run --silent cli -- dead-letters replay [--stage NAME] [--reason REGEX] [--key KEY]

Reads the dead-letter topic: each message a stage could not process, with the stage, the reason and the
original message. "replay" publishes the selected originals again, byte for byte (value, key and headers,
less the dead-letter headers), to the topic they came from (after the cause was fixed); ids are
deterministic, so a release replayed twice is indexed once. It prints {"replayed":N,"skipped":M}: N
messages Kafka acknowledged, M letters that could not be resent (each named on stderr with the reason;
the exit status is then 1).

Options:
  --stage NAME    only letters from this stage (fetcher, cleaner, enricher, indexer)
  --reason REGEX  only letters whose reason matches (case-insensitive)
  --key KEY       only letters whose original message had this key
  --json          list: one DeadLetter JSON per line
  --brokers LIST  ${BROKERS_DEFAULT_HELP}

TLS and SASL come from the environment, as for the services: KAFKA_SSL, KAFKA_SSL_CA_FILE,
KAFKA_SASL_MECHANISM, KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD (README, "Configuration").
`;

const ignore = (): void => undefined;
const quiet: StructuredLogger = { debug: ignore, info: ignore, warn: ignore, error: ignore };
const REPLAY_CHUNK = 100;
const DEAD_LETTER_HEADERS = new Set<string>([
  HEADERS.deadLetterReason,
  HEADERS.deadLetterStage,
  HEADERS.originalTopic,
  HEADERS.originalPartition,
  HEADERS.originalOffset,
]);

export async function deadLettersCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'list' && action !== 'replay') {
    process.stderr.write(`dead-letters: expected list or replay\n\n${DEAD_LETTERS_HELP}`);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      stage: { type: 'string' },
      reason: { type: 'string' },
      key: { type: 'string' },
      json: { type: 'boolean', default: false },
      brokers: brokersOption(),
    },
  });
  const kafka = { brokers: values.brokers.split(','), clientId: 'presswatch-cli', ...kafkaSecurityFromEnv() };
  const reason = values.reason === undefined ? null : new RegExp(values.reason, 'i');
  const letters = (await readWholeTopic(kafka, TOPICS.deadLetter, 30_000, quiet))
    .map((message) => ({ message, letter: parseDeadLetter(JSON.parse(message.value?.toString() ?? 'null')) }))
    .filter(
      ({ letter }) =>
        (values.stage === undefined || letter.stage === values.stage) &&
        (reason === null || reason.test(letter.reason)) &&
        (values.key === undefined || letter.original.key === values.key),
    );
  if (action === 'list') {
    for (const { letter } of letters) process.stdout.write(values.json ? `${JSON.stringify(letter)}\n` : describe(letter));
    if (!values.json) process.stderr.write(`${letters.length} dead letter(s)\n`);
    return 0;
  }
  const { resend, skipped } = replayable(letters);
  for (const { letter, why } of skipped)
    process.stderr.write(`not resent: ${letter.original.topic}[${letter.original.partition}]@${letter.original.offset}: ${why}\n`);
  let replayed = 0;
  const producer = new MessageProducer(createKafkaClient(kafka, quiet));
  try {
    await producer.connect();
    // In acknowledged chunks, so that after a failure the count says exactly what Kafka holds.
    for (let start = 0; start < resend.length; start += REPLAY_CHUNK) {
      const chunk = resend.slice(start, start + REPLAY_CHUNK);
      await producer.send(chunk);
      replayed += chunk.length;
    }
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ replayed, skipped: skipped.length, failed: resend.length - replayed })}\n`);
    throw error;
  } finally {
    await producer.disconnect();
  }
  process.stdout.write(`${JSON.stringify({ replayed, skipped: skipped.length })}\n`);
  return skipped.length > 0 ? 1 : 0;
}

function describe(letter: DeadLetter): string {
  const { topic, partition, offset, key } = letter.original;
  return `${letter.failedAt}  ${letter.stage}  ${topic}[${partition}]@${offset}  key=${key ?? '-'}\n    ${letter.reason}\n`;
}

interface Selected {
  message: IncomingMessage;
  letter: DeadLetter;
}

/** Letters whose original can be republished exactly, and the others with the reason they cannot. */
export function replayable(letters: Selected[]): { resend: OutgoingMessage[]; skipped: (Selected & { why: string })[] } {
  const resend: OutgoingMessage[] = [];
  const skipped: (Selected & { why: string })[] = [];
  for (const selected of letters) {
    const replay = replayOf(selected.message, selected.letter);
    if (typeof replay === 'string') skipped.push({ ...selected, why: replay });
    else resend.push(replay);
  }
  return { resend, skipped };
}

/**
 * The original message exactly as it was: value bytes from the letter, key and headers as bytes from the
 * letter's own Kafka record (dead-lettering copies them there), minus the headers dead-lettering added.
 * A string is the reason it cannot be resent.
 */
function replayOf(message: IncomingMessage, letter: DeadLetter): OutgoingMessage | string {
  const { original } = letter;
  if (letter.reduced) {
    return `reduced letter (original of ${original.valueBytes ?? '?'} bytes too large to keep): read it at ${original.topic}/${original.partition}@${original.offset}`;
  }
  if (letter.original.valueBase64 === null) return 'the letter holds no original value';
  const raw =
    message.rawHeaders ?? Object.fromEntries(Object.entries(message.headers).map(([name, value]) => [name, [Buffer.from(value, 'utf8')]]));
  const rawHeaders = Object.fromEntries(Object.entries(raw).filter(([name]) => !DEAD_LETTER_HEADERS.has(name)));
  return {
    topic: letter.original.topic,
    key: message.rawKey === undefined ? letter.original.key : message.rawKey,
    value: Buffer.from(letter.original.valueBase64, 'base64'),
    rawHeaders,
  };
}
