import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { CONSUMER_GROUPS, TOPICS } from '@presswatch/contracts';
import {
  OffsetReader,
  brokerListSchema,
  kafkaSecurityFromEnv,
  type GroupSubscription,
  type StructuredLogger,
} from '@presswatch/kafka-messaging';
import { computeSample, type Reading } from './monitor-sample.js';
import { renderJson, renderTable } from './monitor-render.js';
import { LagExporter } from './monitor-serve.js';
import { BROKERS_DEFAULT_HELP, brokersOption } from './connection-options.js';

export const MONITOR_HELP = `Usage: npm run --silent cli -- monitor [--interval SECONDS] [--once | --samples N] [--json] [--brokers LIST]
                                       [--topic NAME]... [--group NAME]...
       npm run --silent cli -- monitor --serve [--port N] [--host ADDRESS] [--brokers LIST] [--topic NAME]... [--group NAME]...

Shows, live, the pipeline's Kafka throughput read from Kafka itself (admin API, no consumer joins a group):
for each topic the messages in per second (end offsets), for each consumer group the messages consumed per
second (committed offsets) and the lag per topic and partition (end offset - committed offset). Rates come
from two successive readings, so the first sample appears after one interval.

Options:
  --interval SECONDS  time between readings (default 5)
  --once              print one sample (two readings) and exit
  --samples N         print N samples and exit (default: until Ctrl-C)
  --json              one JSON object per sample per line, for scripts
  --brokers LIST      Kafka brokers, comma-separated (${BROKERS_DEFAULT_HELP}); TLS and
                      SASL from KAFKA_SSL, KAFKA_SSL_CA_FILE, KAFKA_SASL_* as for the services
  --topic NAME        watch this topic instead of the pipeline's (repeatable)
  --group NAME        watch this consumer group instead of the pipeline's (repeatable); with --topic, each
                      group's lag is read on those topics, else on the topics it committed on
  --serve             run as a Prometheus exporter instead of printing: GET /metrics reads the offsets on each
                      scrape (kafka_exporter's names: kafka_topic_partition_current_offset,
                      kafka_consumergroup_current_offset, kafka_consumergroup_lag...; throughput is rate() of
                      the offsets), GET /health/live and /health/ready for probes; runs until SIGTERM
  --port N            with --serve: port to listen on (default 9308, kafka_exporter's)
  --host ADDRESS      with --serve: address to listen on (default 127.0.0.1; 0.0.0.0 in a container)
  --verbose           Kafka client warnings and errors on stderr
  -h, --help          this help

A group that never committed on a partition counts as behind by the partition's retained messages (the
stages start from the beginning). Exit status: 0 when the samples were printed, 1 when Kafka cannot be read.
`;

const optionsSchema = z.object({
  interval: z.coerce.number().min(0.1, '--interval must be at least 0.1 s').max(3600),
  samples: z.coerce.number().int().min(1).optional(),
  brokers: brokerListSchema('--brokers: expected host:port[,host:port...]'),
  port: z.coerce.number().int('--port must be an integer').min(0).max(65535),
  host: z.string().min(1),
});

/** Which topic each pipeline group reads, so a stage that has not started shows as behind, not as absent. */
const PIPELINE_GROUPS: GroupSubscription[] = [
  { group: CONSUMER_GROUPS.cleaner, topics: [TOPICS.raw] },
  { group: CONSUMER_GROUPS.enricher, topics: [TOPICS.clean] },
  { group: CONSUMER_GROUPS.indexer, topics: [TOPICS.enriched] },
];

/**
 * kafkajs logs its own retries (e.g. "group coordinator not available" while a fresh broker creates its
 * offsets topic) at error level although it recovers; failures that matter reach the command as errors.
 * So its log lines go to stderr only with --verbose.
 */
function stderrLogger(verbose: boolean): StructuredLogger {
  const write = (level: string) => (fields: object, message: string) =>
    void (verbose && process.stderr.write(`${JSON.stringify({ level, message, ...fields })}\n`));
  return { debug: () => undefined, info: () => undefined, warn: write('warn'), error: write('error') };
}

function logError(error: unknown): void {
  process.stderr.write(
    `${JSON.stringify({ level: 'error', message: 'cannot read Kafka', error: error instanceof Error ? error.message : String(error) })}\n`,
  );
}

/** Serves /metrics until the signal aborts; exit status 0 after a clean stop. */
async function serve(exporter: LagExporter, port: number, host: string, signal: AbortSignal): Promise<number> {
  const url = await exporter.listen(port, host);
  process.stderr.write(`${JSON.stringify({ level: 'info', message: 'lag exporter listening', url: `${url}/metrics` })}\n`);
  await new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));
  await exporter.close();
  return 0;
}

export async function monitorCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      interval: { type: 'string', default: '5' },
      once: { type: 'boolean', default: false },
      samples: { type: 'string' },
      json: { type: 'boolean', default: false },
      brokers: brokersOption(),
      topic: { type: 'string', multiple: true },
      group: { type: 'string', multiple: true },
      verbose: { type: 'boolean', default: false },
      serve: { type: 'boolean', default: false },
      port: { type: 'string', default: '9308' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) {
    process.stderr.write(`monitor: ${parsed.error.issues.map((issue) => issue.message).join('; ')}\n`);
    return 2;
  }
  const { interval, brokers } = parsed.data;
  const samples = values.once ? 1 : parsed.data.samples;
  const topics = values.topic ?? Object.values(TOPICS);
  const groups: GroupSubscription[] = values.group
    ? values.group.map((group) => ({ group, topics: values.topic }))
    : values.topic
      ? PIPELINE_GROUPS.map(({ group }) => ({ group, topics: values.topic }))
      : PIPELINE_GROUPS;

  const reader = await OffsetReader.connect(
    { brokers, clientId: 'presswatch-monitor', ...kafkaSecurityFromEnv() },
    stderrLogger(values.verbose),
  );
  const stopped = new AbortController();
  const stop = () => stopped.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const read = async (): Promise<Reading> => {
      const at = performance.now();
      const [topicOffsets, groupOffsets] = await Promise.all([reader.readTopicOffsets(topics), reader.readGroupOffsets(groups)]);
      return { at, topics: topicOffsets, groups: groupOffsets };
    };
    if (values.serve)
      return await serve(new LagExporter({ read }, (error) => logError(error)), parsed.data.port, parsed.data.host, stopped.signal);
    let previous = await read();
    const live = !values.json && samples === undefined && process.stdout.isTTY;
    if (!values.json) process.stderr.write(`monitor: first reading taken, next in ${interval} s\n`);
    for (let printed = 0; samples === undefined || printed < samples; printed++) {
      const wait = Math.max(0, previous.at + interval * 1000 - performance.now());
      const woke = await sleep(wait, true, { signal: stopped.signal }).catch(() => false);
      if (!woke) break;
      const current = await read();
      const sample = computeSample(previous, current);
      // On a terminal the view is redrawn in place; piped, samples follow each other.
      process.stdout.write(values.json ? renderJson(sample) : `${live ? '\u001b[2J\u001b[H' : ''}${renderTable(sample)}\n`);
      previous = current;
    }
    return 0;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await reader.close();
  }
}
