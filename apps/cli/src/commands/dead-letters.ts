import { parseArgs } from 'node:util';
import { HEADERS, TOPICS, parseDeadLetter, type DeadLetter } from '@presswatch/contracts';
import { MessageProducer, createKafkaClient, readWholeTopic, type IncomingMessage, type StructuredLogger } from '@presswatch/kafka-messaging';

export const DEAD_LETTERS_HELP = `Usage:
  npm run --silent cli -- dead-letters list [--json] [--stage NAME] [--reason REGEX]
  npm run --silent cli -- dead-letters replay [--stage NAME] [--reason REGEX]

Reads the dead-letter topic: each message a stage could not process, with the stage, the reason and the
original message. "replay" publishes the selected originals again, unchanged, to the topic they came from
(after the cause was fixed); ids are deterministic, so a release replayed twice is indexed once.

Options:
  --stage NAME    only letters from this stage (fetcher, cleaner, enricher, indexer)
  --reason REGEX  only letters whose reason matches (case-insensitive)
  --json          list: one DeadLetter JSON per line
  --brokers LIST  default: $KAFKA_BROKERS or 127.0.0.1:9092
`;

const ignore = (): void => undefined;
const quiet: StructuredLogger = { debug: ignore, info: ignore, warn: ignore, error: ignore };
const DEAD_LETTER_HEADERS = new Set<string>([HEADERS.deadLetterReason, HEADERS.deadLetterStage, HEADERS.originalTopic, HEADERS.originalPartition, HEADERS.originalOffset]);

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
      json: { type: 'boolean', default: false },
      brokers: { type: 'string', default: process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092' },
    },
  });
  const kafka = { brokers: values.brokers.split(','), clientId: 'presswatch-cli' };
  const reason = values.reason === undefined ? null : new RegExp(values.reason, 'i');
  const letters = (await readWholeTopic(kafka, TOPICS.deadLetter, 30_000, quiet))
    .map((message) => ({ message, letter: parseDeadLetter(JSON.parse(message.value?.toString() ?? 'null')) }))
    .filter(({ letter }) => (values.stage === undefined || letter.stage === values.stage) && (reason === null || reason.test(letter.reason)));
  if (action === 'list') {
    for (const { letter } of letters) process.stdout.write(values.json ? `${JSON.stringify(letter)}\n` : describe(letter));
    if (!values.json) process.stderr.write(`${letters.length} dead letter(s)\n`);
    return 0;
  }
  const producer = new MessageProducer(createKafkaClient(kafka, quiet));
  await producer.connect();
  try {
    await producer.send(letters.filter(({ letter }) => letter.original.valueBase64 !== null).map(({ message, letter }) => replayOf(message, letter)));
  } finally {
    await producer.disconnect();
  }
  process.stdout.write(`${JSON.stringify({ replayed: letters.length })}\n`);
  return 0;
}

function describe(letter: DeadLetter): string {
  const { topic, partition, offset, key } = letter.original;
  return `${letter.failedAt}  ${letter.stage}  ${topic}[${partition}]@${offset}  key=${key ?? '-'}\n    ${letter.reason}\n`;
}

/** The original message as it was, headers included, minus what dead-lettering added. */
function replayOf(message: IncomingMessage, letter: DeadLetter) {
  const headers = Object.fromEntries(Object.entries(message.headers).filter(([name]) => !DEAD_LETTER_HEADERS.has(name)));
  return { topic: letter.original.topic, key: letter.original.key, value: Buffer.from(letter.original.valueBase64!, 'base64').toString('utf8'), headers };
}
