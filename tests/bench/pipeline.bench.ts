/*
 * The pipeline end to end, on the real services: see HELP below and the README's benchmarks section.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { CONSUMER_GROUPS, TOPICS, parseEnrichedRelease, pipelineTopics } from '@presswatch/contracts';
import { deleteTopicsAndGroups, readWholeTopic } from '@presswatch/kafka-messaging';
import {
  DEFAULT_REFRESH_SECONDS,
  bulkWrite,
  createSearchClient,
  documentVersion,
  ensureReleasesIndex,
  refreshReleases,
  toReleaseDocument,
  type BulkItem,
} from '@presswatch/search-index';
import { pipeline, type RunningServices } from '../support/pipeline.js';
import { ROOT } from '../support/environment.js';
import { CpuMeter, involuntarySwitches, processCpuMs } from '../support/process-cpu.js';
import { quietLogger } from '../support/quiet-logger.js';
import {
  ReleaseGenerator,
  benchSources,
  loadTrainingText,
  writeReleases,
  type BenchSource,
  type CorpusStats,
} from '../support/release-generator.js';
import { numberOption, parseArgs, summarise, table } from './bench-util.js';
import { hotFunctions } from './profile-summary.js';
import { STAGE_FUNCTIONS, profileSplit } from './profile-split.js';
import { rawMessages, runStagePath, type StagePathFigures } from './stage-path.js';

const HELP = `Usage: npm run --silent bench:pipeline -- [options]

Runs the real services end to end and measures them. Starts Kafka and OpenSearch on the bench's own
ports (deploy/local/infra.sh, instance BENCH_INFRA_NAME), generates N distinct ~4 KB releases (new text
in every release, page furniture recurring per source) in several folder sources, then for each run:
empties the topics, index and service state, starts the four services (deploy/local/pipeline.mjs),
lets the fetcher read the folders and waits until every release is searchable. It prints end-to-end
releases/s, each service's CPU ms per release read from /proc/<pid>/stat, the Kafka and OpenSearch
JVMs' CPU, the indexer's mean bulk size, and the raw bulk ceiling: the same enriched documents bulked
straight into a fresh index with the same template, with the ratio. Progress goes to stderr.

Options:
  --releases N     releases to generate (default 10000)
  --runs N         repeated runs, printed each and as min/median/max (default 3)
  --sources N      folder sources, cycling fr/en/es and text dump/wrapped dump/dump/HTML (default 4)
  --partitions N   KAFKA_PARTITIONS for the topics (default 3)
  --corpus FILE    training text of the generated articles (default ../shared/corpus/reliefweb-2017-12-sample.jsonl;
                   the sample releases when it is absent)
  --seed N         generator seed (default 13)
  --timeout S      give up a run when nothing more becomes searchable for S seconds (default 120)
  --work DIR       releases, service state and logs (default .presswatch/bench-pipeline)
  --profile        V8 CPU profile of each service over each run's window (<work>/profiles/run-N), and a
                   summary of the busiest functions of the slowest services, and each service's CPU split by
                   part of the work (stage functions, kafkajs, transport, GC, ...) beside the offline figure
  --keep-infra     leave Kafka and OpenSearch running afterwards (the next run then skips their start-up)
  --warmup         one unmeasured run first: a freshly started OpenSearch pays its JIT compilation in its
                   first run (about twice its CPU per release), which otherwise lands in the first measured run
  --refresh LIST   INDEX_REFRESH_SECONDS of the runs, comma-separated: the runs cycle through them, alternated on
                   one stack, and the summary is printed per value (default: INDEX_REFRESH_SECONDS, else the
                   indexer's default); the raw bulk ceiling's index gets the same interval
  --backlog        after each run, the indexer alone indexes the run's enriched topic again from its start
                   into an emptied index: its mean bulk and CPU ms per release under load (lag above the bulk
                   size all along), which the end-to-end run, where the indexer keeps up, does not show
  --json           one JSON object on stdout instead of tables
  -h, --help       this help

Environment: BENCH_INFRA_NAME (bench), BENCH_KAFKA_PORT (23092), BENCH_OPENSEARCH_PORT (23200),
BENCH_HTTP_PORT (23001; the services use it and the next three), OPENSEARCH_HEAP (512m). Service
variables (INDEXER_BULK_SIZE, CLEANER_BATCH_SIZE, LOG_LEVEL, ...) pass through to the services.
`;

const SERVICES = ['fetcher', 'cleaner', 'enricher', 'indexer'] as const;
/** The services that consume a topic in chunks (one handler call, produce and commit each). */
const CONSUMING_SERVICES = ['cleaner', 'enricher', 'indexer'] as const;

interface RunResult {
  run: number;
  /** INDEX_REFRESH_SECONDS of the run (services and raw ceiling). */
  refreshSeconds: number;
  releases: number;
  /** Until every release is searchable (the index's own refresh, never forced). */
  seconds: number;
  releasesPerSecond: number;
  /** Until OpenSearch had acknowledged every release (indexing operations of the index), as the ceiling counts. */
  indexedSeconds: number;
  indexedPerSecond: number;
  fetchSeconds: number;
  /** CPU ms per release of each process over the run's window. */
  cpuMsPerRelease: Record<string, number>;
  /**
   * CPU ms per message of each consuming service over the second half of its input (from the moment it had
   * consumed half the releases to the end of the window): its figure with the JIT warm-up of a freshly started
   * process mostly behind it.
   */
  secondHalfMsPerRelease: Record<string, number>;
  /** Involuntary context switches per 1,000 releases of each service over the window (all its threads). */
  switchesPerThousand: Record<string, number>;
  meanBulk: number;
  bulks: number;
  /** Messages per chunk (one handler call, produce and commit) of each consuming stage over the run. */
  messagesPerChunk: Record<string, number>;
  deadLetters: number;
  ceiling: { documents: number; seconds: number; documentsPerSecond: number; opensearchMsPerDocument: number; benchMsPerDocument: number };
  ratio: number;
  /** Releases/s until acknowledged against the ceiling (also until acknowledged). */
  indexedRatio: number;
  profiles?: string;
  /** --backlog: the indexer alone draining the run's enriched topic (lag above the bulk size throughout). */
  backlog?: { releases: number; seconds: number; indexerMsPerRelease: number; meanBulk: number };
}

interface Options {
  releases: number;
  runs: number;
  sources: number;
  partitions: number;
  corpus: string | undefined;
  seed: number;
  timeoutSeconds: number;
  work: string;
  profile: boolean;
  keepInfra: boolean;
  warmup: boolean;
  json: boolean;
  backlog: boolean;
  refreshSeconds: number[];
}

function readOptions(): Options | null {
  const args = parseArgs(process.argv.slice(2), [
    '--releases',
    '--runs',
    '--sources',
    '--partitions',
    '--corpus',
    '--seed',
    '--timeout',
    '--work',
    '--refresh',
  ]);
  if (args.flags.has('--help') || args.positional.includes('-h')) return null;
  const known = new Set(['--profile', '--keep-infra', '--warmup', '--json', '--backlog', '--help']);
  for (const flag of args.flags) if (!known.has(flag)) throw new Error(`unknown option ${flag} (see --help)`);
  const positive = (name: string, fallback: number) => {
    const value = numberOption(args, name) ?? fallback;
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} expects a positive integer`);
    return value;
  };
  return {
    releases: positive('--releases', 10_000),
    runs: positive('--runs', 3),
    sources: positive('--sources', 4),
    partitions: positive('--partitions', 3),
    corpus: args.values.get('--corpus'),
    seed: positive('--seed', 13),
    timeoutSeconds: positive('--timeout', 120),
    work: resolve(args.values.get('--work') ?? join(ROOT, '.presswatch', 'bench-pipeline')),
    profile: args.flags.has('--profile'),
    keepInfra: args.flags.has('--keep-infra'),
    warmup: args.flags.has('--warmup'),
    json: args.flags.has('--json'),
    backlog: args.flags.has('--backlog'),
    refreshSeconds: (args.values.get('--refresh') ?? process.env['INDEX_REFRESH_SECONDS'] ?? String(DEFAULT_REFRESH_SECONDS))
      .split(',')
      .map((value) => {
        const seconds = Number(value);
        if (!Number.isInteger(seconds) || seconds < 1) throw new Error('--refresh expects positive whole seconds, comma-separated');
        return seconds;
      }),
  };
}

const progress = (message: string) => process.stderr.write(`[bench:pipeline] ${message}\n`);

const infra = {
  name: process.env['BENCH_INFRA_NAME'] ?? 'bench',
  kafkaPort: Number(process.env['BENCH_KAFKA_PORT'] ?? 23092),
  opensearchPort: Number(process.env['BENCH_OPENSEARCH_PORT'] ?? 23200),
};
const basePort = Number(process.env['BENCH_HTTP_PORT'] ?? 23001);

/** Where infra.sh keeps the instance's pid files (deploy/local/common.sh). */
function jvmPids(): Map<string, number> {
  const state =
    process.env['PRESSWATCH_STATE_DIR'] ??
    (process.getuid?.() === 0 ? '/var/lib/presswatch' : join(process.env['HOME'] ?? '', '.cache', 'presswatch'));
  const pids = new Map<string, number>();
  for (const [name, file] of [
    ['kafka', 'kafka/pid'],
    ['opensearch', 'opensearch/pid'],
  ] as const) {
    const path = join(state, 'run', infra.name, file);
    if (existsSync(path)) pids.set(name, Number(readFileSync(path, 'utf8').trim()));
  }
  return pids;
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function searchableCount(opensearchUrl: string, alias: string): Promise<number> {
  const response = await fetch(`${opensearchUrl}/${alias}/_count`).catch(() => null);
  if (!response?.ok) return 0;
  return ((await response.json()) as { count: number }).count;
}

/** Documents OpenSearch has acknowledged into the alias's indices, searchable or not yet (their indexing operations). */
async function indexedCount(opensearchUrl: string, alias: string): Promise<number> {
  const response = await fetch(`${opensearchUrl}/${alias}/_stats/indexing`).catch(() => null);
  if (!response?.ok) return 0;
  return (
    ((await response.json()) as { _all: { primaries: { indexing?: { index_total: number } } } })._all.primaries.indexing?.index_total ?? 0
  );
}

/** Sum of a Prometheus series (all label sets, or those whose line holds `having`) in a /metrics text. */
function metricSum(text: string, name: string, having = ''): number {
  let total = 0;
  for (const line of text.split('\n'))
    if (line.startsWith(name) && /^[\w]+[{ ]/.test(line) && line.split(/[{ ]/)[0] === name && line.includes(having))
      total += Number(line.slice(line.lastIndexOf(' ') + 1));
  return total;
}

async function dropIndices(opensearchUrl: string, alias: string): Promise<void> {
  await fetch(`${opensearchUrl}/${alias}-v*`, { method: 'DELETE' });
  await fetch(`${opensearchUrl}/_index_template/${alias}`, { method: 'DELETE' });
}

interface Corpus {
  stats: CorpusStats;
  sources: BenchSource[];
  training: string;
  /**
   * The same path in one process (stage-path.ts), on the first releases of the corpus: `offline` at steady state
   * (the median pass of OFFLINE_PASSES over the same releases, after the warm-up and the first pass, as
   * stage-path.bench measures it), `offlineFirstPass` the first pass (the JIT still compiling, as in a freshly
   * started service's first thousands of releases).
   */
  offline: StagePathFigures;
  offlineFirstPass: StagePathFigures;
}

const OFFLINE_RELEASES = 3000;
const OFFLINE_WARM_UP = 300;
const OFFLINE_PASSES = 3;

function prepareCorpus(options: Options): Corpus {
  const sources = benchSources(options.sources);
  const training = loadTrainingText(options.corpus);
  progress(`generating ${options.releases} releases in ${sources.length} sources (articles trained on ${training.from})`);
  rmSync(join(options.work, 'data'), { recursive: true, force: true });
  const generator = new ReleaseGenerator(training.paragraphs, options.seed);
  const releases = [...generator.releases(sources, options.releases)];
  const stats = writeReleases(join(options.work, 'data'), releases);
  progress(
    `the cleaner's and enricher's path in this process (the offline figure), on ${Math.min(OFFLINE_RELEASES, releases.length)} of them`,
  );
  const messages = rawMessages(releases.slice(0, OFFLINE_RELEASES + OFFLINE_WARM_UP));
  runStagePath(messages.slice(0, OFFLINE_WARM_UP));
  const measured = messages.length > OFFLINE_WARM_UP ? messages.slice(OFFLINE_WARM_UP) : messages;
  const offlineFirstPass = runStagePath(measured);
  const passes = Array.from({ length: OFFLINE_PASSES }, () => runStagePath(measured));
  const both = (figures: StagePathFigures) => figures.cleanerMs + figures.enricherMs;
  const offline = passes.sort((a, b) => both(a) - both(b))[Math.floor(OFFLINE_PASSES / 2)]!;
  const file = {
    sources: sources.map((source) => ({
      name: source.name,
      kind: 'folder',
      path: join(options.work, 'live', source.name),
      intervalSeconds: 0,
    })),
  };
  writeFileSync(join(options.work, 'sources.json'), JSON.stringify(file, null, 2));
  return { stats, sources, training: training.from, offline, offlineFirstPass };
}

/** Moves the generated folders where the fetcher looks (or back), so a run starts with its folders empty. */
function moveFolders(options: Options, sources: readonly BenchSource[], direction: 'in' | 'out'): void {
  for (const source of sources) {
    const [data, live] = [join(options.work, 'data', source.name), join(options.work, 'live', source.name)];
    if (direction === 'in') {
      rmSync(live, { recursive: true, force: true });
      renameSync(data, live);
    } else {
      renameSync(live, data);
      mkdirSync(live);
    }
  }
}

async function resetState(options: Options, kafkaBrokers: string, opensearchUrl: string, sources: readonly BenchSource[]): Promise<void> {
  const topics = pipelineTopics(options.partitions).map((spec) => spec.topic);
  await deleteTopicsAndGroups(
    { brokers: [kafkaBrokers], clientId: 'presswatch-bench' },
    topics,
    Object.values(CONSUMER_GROUPS),
    quietLogger,
  );
  await dropIndices(opensearchUrl, 'presswatch-releases');
  rmSync(join(options.work, 'state'), { recursive: true, force: true });
  mkdirSync(join(options.work, 'state'), { recursive: true });
  // The fetcher's start-up pass must find the folders empty (an interrupted run may have left them full).
  for (const source of sources) {
    rmSync(join(options.work, 'live', source.name), { recursive: true, force: true });
    mkdirSync(join(options.work, 'live', source.name), { recursive: true });
  }
}

/** Waits until `total` releases are searchable; returns that moment and when they had all been acknowledged. */
async function waitSearchable(
  opensearchUrl: string,
  total: number,
  options: Options,
  label: string,
): Promise<{ searchable: number; indexed: number }> {
  let [last, lastChange, lastReport] = [-1, Date.now(), 0];
  let indexed: number | undefined;
  for (;;) {
    const count = await searchableCount(opensearchUrl, 'presswatch-releases');
    const now = Date.now();
    if (indexed === undefined && (count >= total || (await indexedCount(opensearchUrl, 'presswatch-releases')) >= total)) indexed = now;
    if (count !== last) [last, lastChange] = [count, now];
    if (count >= total) return { searchable: now, indexed: indexed ?? now };
    if (now - lastChange > options.timeoutSeconds * 1000)
      throw new Error(
        `${label}: ${count}/${total} searchable, nothing new for ${options.timeoutSeconds} s (logs: ${join(options.work, 'logs')})`,
      );
    if (now - lastReport > 5000) {
      progress(`${label}: ${count}/${total} searchable`);
      lastReport = now;
    }
    await sleep(250);
  }
}

/** The refresh interval of run `run` (the warm-up run takes the first). */
const refreshOfRun = (options: Options, run: number) => options.refreshSeconds[(Math.max(run, 1) - 1) % options.refreshSeconds.length]!;

/** The services of the run in progress, stopped on Ctrl-C as well. */
let running: RunningServices | undefined;

async function runOnce(
  run: number,
  options: Options,
  corpus: Corpus,
  endpoints: { kafkaBrokers: string; opensearchUrl: string },
): Promise<RunResult> {
  const refreshSeconds = refreshOfRun(options, run);
  const label = `${run === 0 ? 'warm-up run (not counted)' : `run ${run}/${options.runs}`}, refresh ${refreshSeconds} s`;
  // POST /fetch/run needs the fetcher's bearer token: a fresh one per run.
  const controlToken = randomBytes(32).toString('hex');
  const { kafkaBrokers, opensearchUrl } = endpoints;
  await resetState(options, kafkaBrokers, opensearchUrl, corpus.sources);
  const profileDir = join(options.work, 'profiles', `run-${run}`);
  if (options.profile) mkdirSync(profileDir, { recursive: true });
  const preload = pathToFileURL(join(ROOT, 'tests', 'dist', 'support', 'cpu-profile-preload.js')).href;
  progress(`${label}: starting the services`);
  const services: RunningServices = await pipeline.startServices({
    kafkaBrokers,
    opensearchUrl,
    folder: join(options.work, 'live'),
    dataDir: join(options.work, 'state'),
    logDir: join(options.work, 'logs', `run-${run}`),
    basePort,
    extraEnv: {
      FETCHER_SOURCES_FILE: join(options.work, 'sources.json'),
      KAFKA_PARTITIONS: String(options.partitions),
      CONTROL_TOKEN: controlToken,
      INDEX_REFRESH_SECONDS: String(refreshSeconds),
      ...(options.profile ? { NODE_OPTIONS: `--import=${preload}`, CPU_PROFILE_DIR: profileDir } : {}),
    },
    // Each service names its own profile file.
    ...(options.profile ? { perServiceEnv: (service: string) => ({ CPU_PROFILE_NAME: service }) } : {}),
  });
  running = services;
  try {
    const url = (service: string) => services.services.find((entry) => entry.service === service)!.url;
    // The start-up pass over the empty folders must be over before the window opens.
    while ((await json<{ runs: unknown[] }>(`${url('fetcher')}/fetch/last`)).runs.length < corpus.sources.length) await sleep(200);
    await sleep(2000);
    const pids = new Map<string, number>([
      ...services.services.map((entry) => [entry.service, entry.pid] as const),
      ...jvmPids(),
      ['bench', process.pid],
    ]);
    const indexerMetrics = async () => {
      const text = await (await fetch(`${url('indexer')}/metrics`)).text();
      return { sum: metricSum(text, 'presswatch_bulk_documents_sum'), count: metricSum(text, 'presswatch_bulk_documents_count') };
    };
    const deadLetters = async () => {
      let total = 0;
      for (const service of CONSUMING_SERVICES)
        total += metricSum(await (await fetch(`${url(service)}/metrics`)).text(), 'presswatch_dead_letters_total');
      return total;
    };
    // Chunks handled by each consuming stage: its per-chunk costs (produce, commit, template write) are shared by this many.
    const chunkCounts = async () => {
      const counts: Record<string, number> = {};
      for (const service of CONSUMING_SERVICES)
        counts[service] = metricSum(
          await (await fetch(`${url(service)}/metrics`)).text(),
          'presswatch_message_processing_duration_seconds_count',
        );
      return counts;
    };
    const chunksBefore = await chunkCounts();
    const bulksBefore = await indexerMetrics();
    if (options.profile) for (const entry of services.services) process.kill(entry.pid, 'SIGWINCH');
    const meter = new CpuMeter(pids);
    const switchesBefore = new Map(services.services.map((entry) => [entry.service, involuntarySwitches(entry.pid) ?? NaN]));
    moveFolders(options, corpus.sources, 'in');
    const began = Date.now();
    // The run's answer may come after fetch()'s own timeout: its end is read from /fetch/last instead.
    void fetch(`${url('fetcher')}/fetch/run`, { method: 'POST', headers: { authorization: `Bearer ${controlToken}` } }).then(
      (response) => void (response.ok || progress(`${label}: POST /fetch/run answered ${response.status}: nothing will be read`)),
      () => undefined,
    );
    progress(`${label}: the fetcher is reading ${options.releases} releases`);
    const halfway = watchHalfway(services, corpus.stats.releases);
    const { searchable: ended, indexed } = await waitSearchable(opensearchUrl, corpus.stats.releases, options, label);
    const used = meter.read();
    const secondHalfMsPerRelease = await halfway.read();
    const switchesPerThousand: Record<string, number> = {};
    for (const entry of services.services)
      switchesPerThousand[entry.service] =
        (((involuntarySwitches(entry.pid) ?? NaN) - (switchesBefore.get(entry.service) ?? NaN)) * 1000) / corpus.stats.releases;
    const { runs } = await json<{ runs: { finishedAt: string }[] }>(`${url('fetcher')}/fetch/last`);
    const fetchSeconds = (Math.max(...runs.map((entry) => Date.parse(entry.finishedAt))) - began) / 1000;
    if (options.profile) {
      for (const entry of services.services) process.kill(entry.pid, 'SIGWINCH');
      for (const service of SERVICES) while (!existsSync(join(profileDir, `${service}.cpuprofile`))) await sleep(200);
      await sleep(500);
    }
    const bulksAfter = await indexerMetrics();
    const chunksAfter = await chunkCounts();
    const messagesPerChunk: Record<string, number> = {};
    for (const [service, count] of Object.entries(chunksAfter))
      messagesPerChunk[service] = corpus.stats.releases / Math.max(1, count - (chunksBefore[service] ?? 0));
    const letters = await deadLetters();
    const seconds = (ended - began) / 1000;
    const releases = corpus.stats.releases;
    const cpuMsPerRelease: Record<string, number> = {};
    for (const [name, ms] of used) cpuMsPerRelease[name] = ms / releases;
    cpuMsPerRelease['services'] = SERVICES.reduce((sum, service) => sum + (cpuMsPerRelease[service] ?? 0), 0);
    const bulks = bulksAfter.count - bulksBefore.count;
    await services.stop();
    moveFolders(options, corpus.sources, 'out');
    const backlog = options.backlog ? await indexerBacklog(options, endpoints, run, label) : undefined;
    const ceiling = await rawBulkCeiling(options, endpoints, releases, refreshSeconds, label);
    const releasesPerSecond = releases / seconds;
    const indexedSeconds = (indexed - began) / 1000;
    return {
      run,
      refreshSeconds,
      releases,
      seconds,
      releasesPerSecond,
      indexedSeconds,
      indexedPerSecond: releases / indexedSeconds,
      fetchSeconds,
      cpuMsPerRelease,
      switchesPerThousand,
      secondHalfMsPerRelease,
      meanBulk: bulks === 0 ? 0 : (bulksAfter.sum - bulksBefore.sum) / bulks,
      bulks,
      messagesPerChunk,
      deadLetters: letters,
      ceiling,
      ratio: releasesPerSecond / ceiling.documentsPerSecond,
      indexedRatio: releases / indexedSeconds / ceiling.documentsPerSecond,
      ...(options.profile ? { profiles: profileDir } : {}),
      ...(backlog ? { backlog } : {}),
    };
  } finally {
    await services.stop();
    running = undefined;
    if (
      existsSync(join(options.work, 'live', corpus.sources[0]!.name, '000000.txt')) ||
      existsSync(join(options.work, 'live', corpus.sources[0]!.name, '000000.html'))
    )
      moveFolders(options, corpus.sources, 'out');
  }
}

/**
 * Reads each consuming service's messages consumed (its /metrics, once a second, until it has passed half of
 * `releases`) and its CPU at that moment; read() gives the CPU ms per message from there to now.
 */
function watchHalfway(services: RunningServices, releases: number): { read(): Promise<Record<string, number>> } {
  const consumed = async (url: string) =>
    metricSum(await (await fetch(`${url}/metrics`)).text(), 'presswatch_messages_consumed_total', 'outcome="ok"');
  const marks = new Map<string, { count: number; cpu: number }>();
  const watched = services.services.filter((entry) => (CONSUMING_SERVICES as readonly string[]).includes(entry.service));
  let stopped = false;
  const watching = (async () => {
    while (!stopped && marks.size < watched.length) {
      for (const entry of watched) {
        if (marks.has(entry.service)) continue;
        const cpu = processCpuMs(entry.pid) ?? NaN;
        const count = await consumed(entry.url).catch(() => 0);
        if (count >= releases / 2) marks.set(entry.service, { count, cpu });
      }
      await sleep(1000);
    }
  })();
  return {
    async read() {
      stopped = true;
      await watching;
      const figures: Record<string, number> = {};
      for (const entry of watched) {
        const mark = marks.get(entry.service);
        const count = await consumed(entry.url).catch(() => NaN);
        figures[entry.service] = mark ? ((processCpuMs(entry.pid) ?? NaN) - mark.cpu) / (count - mark.count) : NaN;
      }
      return figures;
    },
  };
}

/**
 * The indexer alone, its group's offsets deleted and the index emptied, drains the enriched topic the run
 * left. Measured from its readiness (it starts consuming before) to the last release searchable: the
 * releases it committed, its CPU and its bulks over that window.
 */
async function indexerBacklog(
  options: Options,
  endpoints: { kafkaBrokers: string; opensearchUrl: string },
  run: number,
  label: string,
): Promise<NonNullable<RunResult['backlog']>> {
  progress(`${label}: the indexer alone on the whole enriched topic (backlog)`);
  await deleteTopicsAndGroups(
    { brokers: [endpoints.kafkaBrokers], clientId: 'presswatch-bench' },
    [],
    [CONSUMER_GROUPS.indexer],
    quietLogger,
  );
  await dropIndices(endpoints.opensearchUrl, 'presswatch-releases');
  const services = await pipeline.startServices({
    ...endpoints,
    folder: join(options.work, 'live'),
    dataDir: join(options.work, 'state'),
    logDir: join(options.work, 'logs', `run-${run}-backlog`),
    basePort,
    extraEnv: { KAFKA_PARTITIONS: String(options.partitions), INDEX_REFRESH_SECONDS: String(refreshOfRun(options, run)) },
    only: ['indexer'],
  });
  running = services;
  try {
    const indexer = services.services[0]!;
    const metrics = async () => {
      const text = await (await fetch(`${indexer.url}/metrics`)).text();
      return {
        committed: metricSum(text, 'presswatch_messages_consumed_total', 'outcome="ok"'),
        bulkSum: metricSum(text, 'presswatch_bulk_documents_sum'),
        bulks: metricSum(text, 'presswatch_bulk_documents_count'),
      };
    };
    const before = await metrics();
    const meter = new CpuMeter(new Map([['indexer', indexer.pid]]));
    const began = Date.now();
    await waitSearchable(endpoints.opensearchUrl, options.releases, options, `${label} (backlog)`);
    const seconds = (Date.now() - began) / 1000;
    const used = meter.read().get('indexer') ?? NaN;
    const after = await metrics();
    const releases = after.committed - before.committed;
    return {
      releases,
      seconds,
      indexerMsPerRelease: used / releases,
      meanBulk: (after.bulkSum - before.bulkSum) / Math.max(1, after.bulks - before.bulks),
    };
  } finally {
    await services.stop();
    running = undefined;
  }
}

/**
 * The same enriched documents (read back from the enriched topic) bulked straight into a fresh index with
 * the releases template, in bulks of INDEXER_BULK_SIZE, one request at a time as the indexer sends them.
 * Its rate counts until the last bulk is acknowledged; its OpenSearch CPU also holds one refresh after it,
 * so that a longer refresh interval does not leave the last segment's write out of the window.
 */
async function rawBulkCeiling(
  options: Options,
  endpoints: { kafkaBrokers: string; opensearchUrl: string },
  expected: number,
  refreshSeconds: number,
  label: string,
): Promise<RunResult['ceiling']> {
  progress(`${label}: raw bulk ceiling (the same documents straight into a fresh index)`);
  const messages = await readWholeTopic(
    { brokers: [endpoints.kafkaBrokers], clientId: 'presswatch-bench' },
    TOPICS.enriched,
    120_000,
    quietLogger,
  );
  const latest = new Map<string, BulkItem>();
  for (const message of messages) {
    const release = parseEnrichedRelease(JSON.parse(message.value!.toString('utf8')));
    latest.set(release.id, { id: release.id, version: documentVersion(release), document: toReleaseDocument(release) });
  }
  const items = [...latest.values()];
  if (items.length !== expected)
    throw new Error(`${label}: ${items.length} distinct documents on the enriched topic, expected ${expected}`);
  const alias = 'presswatch-bench-ceiling';
  const client = createSearchClient({ node: endpoints.opensearchUrl });
  await dropIndices(endpoints.opensearchUrl, alias);
  await ensureReleasesIndex(client, alias, { refreshSeconds });
  const bulkSize = Number(process.env['INDEXER_BULK_SIZE'] ?? 500);
  const pids = new Map([...jvmPids()].filter(([name]) => name === 'opensearch'));
  const meter = new CpuMeter(new Map([...pids, ['bench', process.pid]]));
  const began = Date.now();
  for (let start = 0; start < items.length; start += bulkSize) {
    const outcome = await bulkWrite(client, items.slice(start, start + bulkSize), alias);
    if (outcome.rejected.length + outcome.retryable.length > 0)
      throw new Error(`raw bulk refused: ${JSON.stringify([...outcome.rejected, ...outcome.retryable][0])}`);
  }
  const seconds = (Date.now() - began) / 1000;
  await refreshReleases(client, alias);
  const used = meter.read();
  await client.close();
  await dropIndices(endpoints.opensearchUrl, alias);
  return {
    documents: items.length,
    seconds,
    documentsPerSecond: items.length / seconds,
    opensearchMsPerDocument: (used.get('opensearch') ?? NaN) / items.length,
    benchMsPerDocument: (used.get('bench') ?? NaN) / items.length,
  };
}

const f = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : '-');
const CPU_COLUMNS = [...SERVICES, 'services', 'kafka', 'opensearch', 'bench'];

function reportHeader(options: Options, corpus: Corpus): string[] {
  return [
    `bench:pipeline — ${corpus.stats.releases} releases in ${corpus.sources.length} sources (${corpus.sources.map((source) => source.name).join(', ')}),`,
    `  ${Math.round(corpus.stats.meanBytes)} bytes on average (${corpus.stats.minBytes}-${corpus.stats.maxBytes}); ` +
      `article lines (40 characters or more) found in more than one release: ${f(corpus.stats.recurringLineShare * 100, 2)} %`,
    ...(corpus.stats.recurringLineShare > 0.1
      ? ['  WARNING: too little training text for unique articles; pass --corpus (the ReliefWeb sample of ../shared)']
      : []),
    `  articles: Markov text trained on ${corpus.training}; ${options.partitions} partitions; Node ${process.version}; ` +
      `${availableParallelism()} cores, load average ${loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')} at the end ` +
      '(shared machine: wall-clock figures are noisy, CPU per release is the steady figure)' +
      (options.warmup ? '; after one unmeasured warm-up run' : ''),
    '',
    'per run (CPU: ms per release from /proc/<pid>/stat over the window from the fetch request to the last release searchable):',
  ];
}

function runTable(results: RunResult[]): string {
  const rows = [
    [
      'run',
      'refresh s',
      'releases/s',
      'seconds',
      'acked/s',
      'fetch s',
      ...CPU_COLUMNS.map((name) => `${name} ms`),
      'mean bulk',
      'raw docs/s',
      'OS ms/doc raw',
      'ratio',
      'ratio acked',
    ],
  ];
  for (const result of results) {
    rows.push([
      String(result.run),
      String(result.refreshSeconds),
      f(result.releasesPerSecond, 0),
      f(result.seconds, 1),
      f(result.indexedPerSecond, 0),
      f(result.fetchSeconds, 1),
      ...CPU_COLUMNS.map((name) => f(result.cpuMsPerRelease[name] ?? NaN)),
      f(result.meanBulk, 0),
      f(result.ceiling.documentsPerSecond, 0),
      f(result.ceiling.opensearchMsPerDocument),
      `${f(result.ratio * 100, 0)} %`,
      `${f(result.indexedRatio * 100, 0)} %`,
    ]);
  }
  return `${table(rows)}\n`;
}

/** min/median/max of each figure over `results`. */
function summaryTable(results: RunResult[]): string {
  const summaryRows = [['figure', 'min', 'median', 'max']];
  const add = (name: string, values: number[], digits = 2, unit = '') => {
    const s = summarise(values);
    summaryRows.push([name, `${f(s.min, digits)}${unit}`, `${f(s.median, digits)}${unit}`, `${f(s.max, digits)}${unit}`]);
  };
  add(
    'end to end, releases/s',
    results.map((result) => result.releasesPerSecond),
    0,
  );
  add(
    'end to end until acknowledged, releases/s',
    results.map((result) => result.indexedPerSecond),
    0,
  );
  for (const name of CPU_COLUMNS)
    add(
      `${name}, CPU ms per release`,
      results.map((result) => result.cpuMsPerRelease[name] ?? NaN),
    );
  add(
    'indexer mean bulk, documents',
    results.map((result) => result.meanBulk),
    0,
  );
  for (const service of CONSUMING_SERVICES)
    add(
      `${service}, CPU ms per release, second half of its input`,
      results.map((result) => result.secondHalfMsPerRelease[service] ?? NaN),
    );
  for (const service of SERVICES)
    add(
      `${service}, involuntary context switches per 1,000 releases`,
      results.map((result) => result.switchesPerThousand[service] ?? NaN),
      0,
    );
  for (const service of CONSUMING_SERVICES)
    add(
      `${service}, messages per chunk`,
      results.map((result) => result.messagesPerChunk[service] ?? NaN),
      0,
    );
  if (results.every((result) => result.backlog)) {
    add(
      'backlog: indexer mean bulk, documents',
      results.map((result) => result.backlog!.meanBulk),
      0,
    );
    add(
      'backlog: indexer CPU ms per release',
      results.map((result) => result.backlog!.indexerMsPerRelease),
    );
    add(
      'backlog: releases/s',
      results.map((result) => result.backlog!.releases / result.backlog!.seconds),
      0,
    );
  }
  add(
    'raw bulk ceiling, documents/s',
    results.map((result) => result.ceiling.documentsPerSecond),
    0,
  );
  add(
    'OpenSearch CPU ms per document, raw bulk',
    results.map((result) => result.ceiling.opensearchMsPerDocument),
  );
  add(
    'end to end / raw bulk',
    results.map((result) => result.ratio * 100),
    0,
    ' %',
  );
  add(
    'end to end until acknowledged / raw bulk',
    results.map((result) => result.indexedRatio * 100),
    0,
    ' %',
  );
  return table(summaryRows);
}

function report(options: Options, corpus: Corpus, results: RunResult[]): string {
  const lines = reportHeader(options, corpus);
  lines.push(runTable(results));
  for (const seconds of new Set(options.refreshSeconds)) {
    const ofValue = results.filter((result) => result.refreshSeconds === seconds);
    if (ofValue.length > 0) lines.push(`over ${ofValue.length} run(s) with a refresh interval of ${seconds} s:`, summaryTable(ofValue), '');
  }
  const services = summarise(
    results.map((result) => (result.cpuMsPerRelease['cleaner'] ?? NaN) + (result.cpuMsPerRelease['enricher'] ?? NaN)),
  ).median;
  const offline = corpus.offline.cleanerMs + corpus.offline.enricherMs;
  const first = corpus.offlineFirstPass.cleanerMs + corpus.offlineFirstPass.enricherMs;
  lines.push(
    '',
    `offline, the same per-message path in one process (tests/bench/stage-path.ts; no Kafka, transport or database), ${corpus.offline.releases} releases,`,
    `after ${OFFLINE_WARM_UP} warm-up releases: at steady state (median of ${OFFLINE_PASSES} passes after a first one, as stage-path.bench),`,
    `  cleaner ${f(corpus.offline.cleanerMs)} + enricher ${f(corpus.offline.enricherMs)} = ${f(offline)} ms CPU per release; the services (median): ${f(services)} ms;` +
      ` offline / services = ${f((offline / services) * 100, 0)} %`,
    `  the first pass, JIT warm-up included (a service is started fresh each run and pays it too): cleaner ${f(corpus.offlineFirstPass.cleanerMs)} +` +
      ` enricher ${f(corpus.offlineFirstPass.enricherMs)} = ${f(first)} ms; first pass / services = ${f((first / services) * 100, 0)} %`,
  );
  const letters = results.reduce((sum, result) => sum + result.deadLetters, 0);
  if (letters > 0) lines.push('', `dead letters during the runs: ${letters} (see the service logs)`);
  lines.push(
    '',
    'Left out: the web fetcher (HTTP, robots.txt, politeness: see bench:fetch); the raw ceiling is one bulk request at a time',
    'from one client, as the indexer sends them; end to end counts until searchable (the index refreshes every INDEX_REFRESH_SECONDS,',
    'never forced) and, acked, until OpenSearch acknowledged every release; the ceiling until acknowledged (its CPU with one refresh after).',
  );
  if (options.profile) lines.push('', ...profileReport(results), ...splitReport(results, corpus.offline, corpus.offlineFirstPass));
  return lines.join('\n');
}

/** The busiest functions of the service with the most CPU per release, from the last run's profile. */
function profileReport(results: RunResult[]): string[] {
  const last = results[results.length - 1]!;
  const slowest = [...SERVICES].sort((a, b) => (last.cpuMsPerRelease[b] ?? 0) - (last.cpuMsPerRelease[a] ?? 0));
  const lines: string[] = [];
  for (const service of slowest.slice(0, 2)) {
    const summary = hotFunctions(join(last.profiles!, `${service}.cpuprofile`), 20);
    const perRelease = (ms: number) => f(ms / last.releases, 3);
    lines.push(
      `CPU profile of the ${service} (run ${last.run}, main thread: ${f(summary.totalMs, 0)} ms sampled, ${perRelease(summary.totalMs)} ms per release):`,
      table([
        ['self ms/release', 'share', 'function', 'where'],
        ...summary.functions.map((entry) => [perRelease(entry.selfMs), `${f(entry.share * 100, 1)} %`, entry.name, entry.place]),
      ]),
      '  by place:',
      table([
        ['self ms/release', 'share', 'where'],
        ...summary.places.slice(0, 10).map((entry) => [perRelease(entry.selfMs), `${f(entry.share * 100, 1)} %`, entry.place]),
      ]),
      '',
    );
  }
  return lines;
}

/**
 * Each service's CPU (from /proc) divided by where its profile samples fall, and the stage functions'
 * part of the cleaner and the enricher next to the offline figure: the same code measured both ways.
 */
function splitReport(results: RunResult[], offline: StagePathFigures, firstPass: StagePathFigures): string[] {
  const last = results[results.length - 1]!;
  const lines = [`where each service's CPU goes (run ${last.run}: its CPU ms per release split by its profile's samples):`];
  const inStage: Record<string, number> = {};
  for (const service of SERVICES) {
    const cpu = last.cpuMsPerRelease[service] ?? NaN;
    const split = profileSplit(join(last.profiles!, `${service}.cpuprofile`));
    inStage[service] = cpu * (split.find((entry) => entry.part === STAGE_FUNCTIONS)?.share ?? 0);
    lines.push(
      `  ${service}, ${f(cpu)} ms:`,
      table([
        ['ms/release', 'share', 'part'],
        ...split.map((entry) => [f(cpu * entry.share, 3), `${f(entry.share * 100, 1)} %`, entry.part]),
      ]),
    );
  }
  const services = (inStage['cleaner'] ?? NaN) + (inStage['enricher'] ?? NaN);
  const offlineMs = offline.cleanerMs + offline.enricherMs;
  const firstMs = firstPass.cleanerMs + firstPass.enricherMs;
  lines.push(
    `the stage functions in the services: cleaner ${f(inStage['cleaner'] ?? NaN)} + enricher ${f(inStage['enricher'] ?? NaN)} = ${f(services)} ms per release;` +
      ` offline, measured alone before the runs, ${f(offlineMs)} ms at steady state (${f((offlineMs / services) * 100, 0)} % of it) and` +
      ` ${f(firstMs)} ms in its first pass, JIT warm-up included (${f((firstMs / services) * 100, 0)} %); the rest of each service's CPU is outside the stage functions`,
    '',
  );
  return lines;
}

async function main(): Promise<void> {
  const options = readOptions();
  if (options === null) {
    process.stdout.write(HELP);
    return;
  }
  mkdirSync(options.work, { recursive: true });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      progress(`${signal}: stopping the services${options.keepInfra ? '' : ' and the infrastructure'}`);
      void (running?.stop() ?? Promise.resolve())
        .then(() => (options.keepInfra ? undefined : pipeline.stopInfra(infra)))
        .finally(() => process.exit(130));
    });
  }
  const corpus = prepareCorpus(options);
  progress(`starting Kafka (:${infra.kafkaPort}) and OpenSearch (:${infra.opensearchPort}), instance "${infra.name}"`);
  const endpoints = await pipeline.startInfra(infra);
  const results: RunResult[] = [];
  try {
    if (options.warmup) await runOnce(0, options, corpus, endpoints);
    for (let run = 1; run <= options.runs; run++) {
      const result = await runOnce(run, options, corpus, endpoints);
      progress(
        `run ${run}: ${f(result.releasesPerSecond, 0)} releases/s, services ${f(result.cpuMsPerRelease['services'] ?? NaN)} ms CPU per release, ` +
          `raw ceiling ${f(result.ceiling.documentsPerSecond, 0)} docs/s (${f(result.ratio * 100, 0)} %)`,
      );
      results.push(result);
    }
  } finally {
    if (!options.keepInfra) await pipeline.stopInfra(infra);
  }
  if (options.json) {
    const corpusFigures = {
      ...corpus.stats,
      sources: corpus.sources,
      training: corpus.training,
      offline: corpus.offline,
      offlineFirstPass: corpus.offlineFirstPass,
    };
    process.stdout.write(`${JSON.stringify({ corpus: corpusFigures, options, results }, null, 2)}\n`);
  } else process.stdout.write(`${report(options, corpus, results)}\n`);
}

await main().catch((error: unknown) => {
  progress(`failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
