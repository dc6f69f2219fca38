import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { TOPICS, type RawRelease } from '@presswatch/contracts';
import { ReleasePublisher, folderSourceName } from '@presswatch/fetching';
import { MessageProducer, OffsetReader, createKafkaClient, type KafkaSettings } from '@presswatch/kafka-messaging';
import { quietLogger } from '../support/quiet-logger.js';
import type { InfraControl } from './infra-control.js';
import type { PipelineObserver } from './observe.js';
import type { ServiceName, Supervisor } from './supervisor.js';
import { expectedOf, hostileReleases, uniqueReleases, writeFolder, type Expected } from './workload.js';

export interface ChaosContext {
  kafka: KafkaSettings;
  supervisor: Supervisor;
  /** Null when the infrastructure is shared (npm test): scenarios that fault it are skipped. */
  infra: InfraControl | null;
  observer: PipelineObserver;
  texts: string[];
  /** Releases per stream. */
  releases: number;
  /** Releases published per second by a stream. */
  rate: number;
  runId: string;
  workDir: string;
  /** How long a scenario may take to recover after its fault before it counts as needing a manual step. */
  recoveryTimeoutMs: number;
  log: (message: string) => void;
}

export interface ScenarioResult {
  fault: string;
  sent: number;
  indexed: number;
  /** Hostile inputs dead-lettered with a reason, and the reasons. */
  deadLettered: number;
  reasons: string[];
  /** Good releases neither indexed nor accounted for, plus hostile ones neither dead-lettered nor indexed. */
  lost: number;
  /** Hostile inputs that became documents. */
  hostileIndexed: number;
  duplicateDocuments: number;
  duplicateMessages: number;
  /** From the end of the fault until every release was accounted for; null when that never happened. */
  recoverySeconds: number | null;
  /** Automatic restarts by the supervisor (process exits and failed liveness probes). */
  restarts: number;
  /** 0 when the pipeline recovered on its own; 1 when it did not (the harness never intervenes). */
  manualSteps: number;
}

export interface Scenario {
  name: string;
  fault: string;
  /** Takes seconds, faults no shared infrastructure: runs inside npm test too. */
  quick: boolean;
  needsInfra: boolean;
  run(context: ChaosContext): Promise<ScenarioResult>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Publishes releases to the raw topic at the context's rate, as a busy fetcher would. */
async function stream(context: ChaosContext, releases: RawRelease[], onProgress: (sent: number) => void = () => undefined): Promise<void> {
  const producer = new MessageProducer(createKafkaClient({ ...context.kafka, clientId: 'presswatch-chaos' }, quietLogger));
  await producer.connect();
  const publisher = new ReleasePublisher(producer, { maxReleaseBytes: Number.MAX_SAFE_INTEGER, signal: new AbortController().signal });
  try {
    const perBatch = Math.max(1, Math.round(context.rate / 4));
    for (let start = 0; start < releases.length; start += perBatch) {
      const began = Date.now();
      await publisher.publish(releases.slice(start, start + perBatch));
      onProgress(Math.min(releases.length, start + perBatch));
      await sleep(Math.max(0, (perBatch / context.rate) * 1000 - (Date.now() - began)));
    }
  } finally {
    await producer.disconnect();
  }
}

/**
 * Runs a fault against a scenario's releases and measures the outcome: waits until every good release is
 * searchable (and every hostile one dead-lettered), then counts duplicates in the index and on the topics.
 */
async function measure(
  context: ChaosContext,
  fault: string,
  source: string,
  expected: Expected[],
  act: (marks: Awaited<ReturnType<PipelineObserver['mark']>>) => Promise<number>,
): Promise<ScenarioResult> {
  const marks = await context.observer.mark();
  const restartsBefore = total(context.supervisor.restarts());
  const faultEnded = await act(marks);
  const good = expected.filter((item) => !item.hostile);
  const hostile = expected.filter((item) => item.hostile);
  const keys = new Set(expected.map((item) => item.id));
  let indexed = new Set<string>();
  let letters = new Map<string, { stage: string; reason: string }>();
  let recoveredAt: number | null = null;
  const deadline = Math.max(Date.now(), faultEnded) + context.recoveryTimeoutMs;
  for (let round = 0; Date.now() < deadline; round++) {
    indexed = await context.observer.indexed(good);
    if (indexed.size === good.length) {
      if (hostile.length > 0 && hostile.some((item) => !letters.has(item.id))) letters = await context.observer.deadLetters(marks, keys);
      if (hostile.every((item) => letters.has(item.id))) {
        recoveredAt = Date.now();
        break;
      }
    }
    if (round % 15 === 0) context.log(`${fault}: ${indexed.size}/${good.length} indexed`);
    await sleep(2000);
  }
  letters = await context.observer.deadLetters(marks, keys);
  const hostileIndexed = (await context.observer.indexed(hostile)).size;
  const deadLettered = hostile.filter((item) => letters.has(item.id));
  return {
    fault,
    sent: expected.length,
    indexed: indexed.size,
    deadLettered: deadLettered.length,
    reasons: deadLettered.map((item) => `${item.hostile}: ${letters.get(item.id)!.stage}: ${letters.get(item.id)!.reason}`),
    lost: good.length - indexed.size + hostile.filter((item) => !letters.has(item.id)).length - hostileIndexed,
    hostileIndexed,
    duplicateDocuments: await context.observer.duplicateDocuments(source),
    duplicateMessages: await context.observer.duplicateMessages(marks, keys),
    recoverySeconds: recoveredAt === null ? null : Math.max(0, Math.round((recoveredAt - faultEnded) / 1000)),
    restarts: total(context.supervisor.restarts()) - restartsBefore,
    manualSteps: recoveredAt === null ? 1 : 0,
  };
}

const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, count) => sum + count, 0);

/** A stream of unique releases with a fault injected once a quarter of it is published. */
function streamScenario(
  name: string,
  fault: string,
  options: { quick: boolean; needsInfra: boolean },
  inject: (context: ChaosContext) => Promise<void>,
): Scenario {
  return {
    name,
    fault,
    ...options,
    async run(context) {
      const source = `chaos-${name}-${context.runId}`;
      const releases = uniqueReleases(source, context.releases, context.texts);
      return measure(
        context,
        fault,
        source,
        releases.map((release) => expectedOf(release)),
        async () => {
          let injected: Promise<number> | undefined;
          await stream(context, releases, (sent) => {
            if (injected === undefined && sent >= releases.length / 4) injected = inject(context).then(() => Date.now());
          });
          return (await injected) ?? Date.now();
        },
      );
    },
  };
}

function killed(service: ServiceName): Scenario {
  return streamScenario(
    `kill-${service}`,
    `kill -9 of the ${service} mid-stream`,
    { quick: service === 'indexer', needsInfra: false },
    async (context) => {
      context.supervisor.kill(service);
    },
  );
}

/**
 * The fetcher's start-up pass over a new folder of releases (as `npm start` runs it, interval 0), with a
 * fault injected once a quarter of them is on the raw topic.
 */
function folderScenario(name: string, fault: string, needsInfra: boolean, inject: (context: ChaosContext) => Promise<void>): Scenario {
  return {
    name,
    fault,
    quick: false,
    needsInfra,
    async run(context) {
      const folder = join(context.workDir, `${name}-${context.runId}`);
      const source = folderSourceName(folder);
      const expected = await writeFolder(folder, source, context.releases, context.texts);
      return measure(context, fault, source, expected, async (marks) => {
        const start = (marks.get(TOPICS.raw) ?? []).reduce((sum, entry) => sum + entry.offset, 0);
        await context.supervisor.restart('fetcher', { FETCHER_FOLDER: folder });
        const reader = await OffsetReader.connect(context.kafka, quietLogger);
        try {
          for (;;) {
            const end = (await reader.readTopicOffsets([TOPICS.raw])).reduce((sum, entry) => sum + entry.end, 0);
            if (end - start >= expected.length / 4) break;
            await sleep(200);
          }
        } finally {
          await reader.close();
        }
        await inject(context);
        return Date.now();
      });
    },
  };
}

export const SCENARIOS: Scenario[] = [
  streamScenario('baseline', 'none (baseline)', { quick: false, needsInfra: false }, async () => undefined),
  streamScenario('opensearch-paused', 'OpenSearch paused (SIGSTOP) 60 s', { quick: false, needsInfra: true }, async (context) => {
    context.infra!.pauseOpenSearch();
    await sleep(60_000);
    context.infra!.resumeOpenSearch();
  }),
  streamScenario('opensearch-restarted', 'OpenSearch stopped 30 s, started', { quick: false, needsInfra: true }, async (context) => {
    await context.infra!.stopOpenSearch();
    await sleep(30_000);
    await context.infra!.startOpenSearch();
  }),
  {
    name: 'poison-message',
    fault: '~1 MB non-JSON message on the raw topic',
    quick: true,
    needsInfra: false,
    async run(context) {
      const source = `chaos-poison-${context.runId}`;
      const poisonKey = `${source}-poison`;
      const releases = uniqueReleases(source, context.releases, context.texts);
      const expected = [
        { id: poisonKey, contentHash: '', hostile: '1,046,000 random bytes' },
        ...releases.map((release) => expectedOf(release)),
      ];
      return measure(context, this.fault, source, expected, async () => {
        const producer = new MessageProducer(createKafkaClient({ ...context.kafka, clientId: 'presswatch-chaos' }, quietLogger));
        await producer.connect();
        await producer.send([{ topic: TOPICS.raw, key: poisonKey, value: randomBytes(1_046_000) }]).finally(() => producer.disconnect());
        const sentAt = Date.now();
        await stream(context, releases);
        return sentAt;
      });
    },
  },
  {
    name: 'hostile-bodies',
    fault: 'hostile bodies: 20 KB binary, 3 MB, 100,000 nested divs, navigation only',
    quick: true,
    needsInfra: false,
    async run(context) {
      const source = `chaos-hostile-${context.runId}`;
      const hostile = hostileReleases(source);
      const releases = uniqueReleases(source, Math.min(context.releases, 100), context.texts);
      const expected = [
        ...hostile.map(({ release, what }) => expectedOf(release, what)),
        ...releases.map((release) => expectedOf(release)),
      ];
      return measure(context, this.fault, source, expected, async () => {
        await stream(context, [...hostile.map((entry) => entry.release), ...releases]);
        return Date.now();
      });
    },
  },
  {
    name: 'indexer-frozen',
    fault: 'indexer frozen (SIGSTOP) 15 s, past its 6 s session',
    quick: true,
    needsInfra: false,
    async run(context) {
      // A short session so the freeze outlasts it, as a long GC pause outlasts the default one.
      await context.supervisor.ensureSettings('indexer', { KAFKA_SESSION_TIMEOUT_MS: '6000', INDEXER_BULK_TIMEOUT_MS: '3000' });
      try {
        return await streamScenario('indexer-frozen', this.fault, { quick: true, needsInfra: false }, (inner) =>
          inner.supervisor.freeze('indexer', 15_000),
        ).run(context);
      } finally {
        await context.supervisor.ensureSettings('indexer', {});
      }
    },
  },
  folderScenario('broker-killed', 'Kafka kill -9 during a fetcher folder pass, back after 60 s', true, async (context) => {
    context.infra!.killKafka();
    await sleep(60_000);
    await context.infra!.startKafka();
  }),
  folderScenario('kill-fetcher', 'kill -9 of the fetcher during a folder pass', false, async (context) => {
    context.supervisor.kill('fetcher');
  }),
  ...(['cleaner', 'enricher', 'indexer'] as const).map(killed),
];
