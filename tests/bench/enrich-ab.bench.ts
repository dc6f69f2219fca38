/*
 * Paired A/B of the enricher's stage function against a reference build, in one process: the same clean
 * releases (cleaned once by this checkout) are enriched and serialised by this checkout's `enrichRelease`
 * and the reference's in turn, 50 releases at a time (the first of each pair alternating), so both see the
 * same load of a shared machine at the same moment. Prints CPU ms per release of each over each round and
 * the paired ratio (this / reference) as min/median/max over the rounds. Without `--reference`, it only
 * runs this checkout's enricher (for `node --cpu-prof` of the enricher alone). With `--tokenize`, the
 * same for the tokeniser alone over the bodies (each build with its dictionaries loaded, as in `enrich`).
 * With `--message`, each build runs the enricher service's whole per-message path, as its controller does:
 * the clean message's bytes read and checked against the contract, the article check, the enrichment, the
 * enriched release serialised to the bytes Kafka sends. With `--output`, that last step alone (each release
 * enriched once beforehand): `JSON.stringify` and its encoding, or the body copied from the clean message.
 *
 * With `--alloc`, an allocation profile of each build's pass over the releases once warm instead (dead
 * objects included): bytes allocated per release and the functions that allocate most (enrich-ab-alloc.ts).
 *
 * With `--cold`, one build's first pass of the same step from a cold start instead:
 * nothing is warmed up, and CPU ms per release is printed for each window of `--window` releases (default
 * 500), as a freshly started service pays its JIT warm-up. Given `--reference`, both builds are loaded
 * and this build's step runs, or the reference's with `--cold-reference`: alternate the two, repeat.
 *
 *   node tests/dist/bench/enrich-ab.bench.js [--releases N] [--rounds N] [--block N] [--reference CHECKOUT] [--tokenize | --message | --output]
 *   node tests/dist/bench/enrich-ab.bench.js --alloc [--releases N] [--reference CHECKOUT] [--tokenize | --message]
 *   node tests/dist/bench/enrich-ab.bench.js --cold [--releases N] [--window N] [--reference CHECKOUT [--cold-reference]] [--tokenize | --message]
 *
 * Every mode runs under the services' V8 flags (enrich-ab-flags.ts); `--no-service-flags` keeps V8's defaults.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as releaseProcessing from '@presswatch/release-processing';
import type { CleanRelease } from '@presswatch/contracts';
import { allocationProfile, bytesByFunction } from './enrich-ab-alloc.js';
import { rerunWithServiceFlags } from './enrich-ab-flags.js';
import { pipeline } from '../support/pipeline.js';
import { benchSources, loadTrainingText, ReleaseGenerator } from '../support/release-generator.js';
import { cpuMs, numberOption, pairedRound, parseArgs, REPO_ROOT, summarise, table } from './bench-util.js';
import { coldTable, coldWindows } from './cold-run.js';
import { cleanMessage, enrichedMessage, rawMessages, referenceStages, type StageFunctions } from './stage-path.js';

type Enrich = StageFunctions['enrichRelease'];
/** One release's work: its clean release, and the message bytes it came in. */
type Step = (release: CleanRelease, message: Buffer) => unknown;

/** A build's tokeniser (this checkout's too: REPO_ROOT), after its enrichment lib's entry (the detectors intern their dictionaries at load). */
async function referenceTokenize(checkout: string): Promise<Step> {
  const dist = join(resolve(checkout), 'libs', 'enrichment', 'dist');
  await import(pathToFileURL(join(dist, 'index.js')).href);
  const module = (await import(pathToFileURL(join(dist, 'text', 'tokenize.js')).href)) as { tokenize: (text: string) => unknown };
  return (release) => module.tokenize(release.body);
}

/** The releases and their clean messages (JSON bytes, as the cleaner produces them). */
interface Inputs {
  readonly releases: readonly CleanRelease[];
  readonly messages: readonly Buffer[];
}

/** CPU ms spent on releases [from, to). */
function timed(step: Step, inputs: Inputs, from: number, to: number): number {
  const t0 = cpuMs();
  for (let k = from; k < to; k++) step(inputs.releases[k]!, inputs.messages[k]!);
  return cpuMs() - t0;
}

/** What the enricher stage does with a release: enrich it and serialise the result. */
const enrichStep =
  (enrich: Enrich): Step =>
  (release) =>
    JSON.stringify(enrich(release));

/**
 * The enricher service's per-message work (apps/enricher's controller): read and check the message, refuse
 * a release without article text, enrich it, serialise it to the bytes produced.
 */
const messageStep =
  (stages: StageFunctions): Step =>
  (_, message) => {
    const clean = stages.readCleanRelease(message);
    if (stages.cleanReleaseRefusal(clean)) throw new Error(`clean release refused: ${clean.id}`);
    return enrichedMessage(stages, stages.enrichRelease(clean), message);
  };

/** The clean releases the enricher reads: the generated releases through this checkout's cleaner path. */
function cleanInputs(count: number): Inputs {
  const training = loadTrainingText();
  const generated = [...new ReleaseGenerator(training.paragraphs, 13).releases(benchSources(4), count)];
  const templates = new Map<string, ReturnType<typeof releaseProcessing.emptyTemplate>>();
  const releases = rawMessages(generated).map((value) => cleanMessage(releaseProcessing, templates, value));
  return { releases, messages: releases.map((release) => Buffer.from(JSON.stringify(release))) };
}

/**
 * The enricher's output alone: the release enriched once beforehand (by this checkout), written to the message
 * bytes as the build's controller writes them.
 */
const enrichedOnce = new WeakMap<CleanRelease, ReturnType<Enrich>>();
const outputStep =
  (stages: StageFunctions): Step =>
  (release, message) => {
    let done = enrichedOnce.get(release);
    if (done === undefined) enrichedOnce.set(release, (done = releaseProcessing.enrichRelease(release)));
    return enrichedMessage(stages, done, message);
  };

/** The step a build runs: its tokeniser, its whole per-message path, its output alone, or its enrichment and serialisation. */
type Mode = 'tokenize' | 'message' | 'output' | 'enrich';

async function stepOf(checkout: string, stages: StageFunctions, mode: Mode): Promise<Step> {
  if (mode === 'tokenize') return referenceTokenize(checkout);
  if (mode === 'output') return outputStep(stages);
  return mode === 'message' ? messageStep(stages) : enrichStep(stages.enrichRelease);
}

const MODE_LABELS: Record<Mode, string> = {
  tokenize: 'tokeniser alone',
  message: "enricher's per-message path",
  output: "enricher's output message alone",
  enrich: 'enricher alone',
};

/** One pass from a cold start: CPU ms per release of each window of releases, in order. */
function coldPass(step: Step, inputs: Inputs, mode: Mode, window: number): void {
  const count = inputs.releases.length;
  const perRelease = coldWindows(count, window, (from, to) => timed(step, inputs, from, to));
  console.log(`${MODE_LABELS[mode]}, first pass from a cold start, ${count} generated releases`);
  console.log(coldTable(count, window, perRelease));
}

/** Bytes per release of a warm pass of each build, and the 25 functions that allocate most. */
async function allocationPasses(builds: readonly (readonly [string, Step])[], inputs: Inputs, mode: Mode): Promise<void> {
  const count = inputs.releases.length;
  for (const [name, step] of builds) {
    timed(step, inputs, 0, count);
    const { total, rows } = bytesByFunction(await allocationProfile(() => timed(step, inputs, 0, count)));
    console.log(
      `${MODE_LABELS[mode]}, ${name}: ${(total / count / 1024).toFixed(1)} KB allocated per release (${count} releases, sampled)`,
    );
    console.log(
      table([['KB per release', 'allocated by'], ...rows.slice(0, 25).map(([f, bytes]) => [(bytes / count / 1024).toFixed(2), f])]),
    );
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['--releases', '--rounds', '--block', '--reference', '--window']);
  const referencePath = args.values.get('--reference');
  const modes = (['tokenize', 'message', 'output'] as const).filter((flag) => args.flags.has(`--${flag}`));
  if (modes.length > 1) throw new Error('--tokenize, --message and --output exclude each other');
  const mode: Mode = modes[0] ?? 'enrich';
  const reference: Step | null =
    referencePath === undefined ? null : await stepOf(referencePath, await referenceStages(referencePath), mode);
  const count = numberOption(args, '--releases') ?? 2000;
  const rounds = numberOption(args, '--rounds') ?? 8;
  const block = numberOption(args, '--block') ?? 50;
  const inputs = cleanInputs(count);
  console.log(`V8 flags: ${process.execArgv.join(' ') || "V8's defaults"}`);
  const ours = await stepOf(REPO_ROOT, releaseProcessing, mode);
  if (args.flags.has('--alloc')) {
    await allocationPasses(
      reference === null
        ? [['this checkout', ours]]
        : [
            ['this checkout', ours],
            ['reference', reference],
          ],
      inputs,
      mode,
    );
    return;
  }
  if (args.flags.has('--cold')) {
    // With a reference, both builds are loaded and one runs (--cold-reference: the reference's), so two
    // processes, one per build, compare the same cold start; alternate them, repeat.
    const cold = args.flags.has('--cold-reference') ? reference : ours;
    if (cold === null) throw new Error('--cold-reference needs --reference');
    coldPass(cold, inputs, mode, numberOption(args, '--window') ?? 500);
    return;
  }
  // Warm-up: both builds' code compiled before anything is measured (with --output, every release enriched once).
  timed(ours, inputs, 0, mode === 'output' ? count : Math.min(300, count));
  if (reference) timed(reference, inputs, 0, Math.min(300, count));
  const oursMs: number[] = [];
  const referenceMs: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    if (reference === null) {
      oursMs.push(timed(ours, inputs, 0, count) / count);
      continue;
    }
    const spent = pairedRound(
      count,
      block,
      round,
      (from, to) => timed(ours, inputs, from, to),
      (from, to) => timed(reference, inputs, from, to),
    );
    oursMs.push(spent.ours / count);
    referenceMs.push(spent.theirs / count);
    ratios.push(spent.ours / spent.theirs);
  }
  const row = (name: string, values: number[], digits = 3): string[] => {
    const { min, median, max } = summarise(values);
    return [name, min.toFixed(digits), median.toFixed(digits), max.toFixed(digits)];
  };
  console.log(
    `${MODE_LABELS[mode]}, ${count} generated releases, ${rounds} rounds, blocks of ${block}${reference ? ' alternated with the reference' : ''}`,
  );
  const rows = [['', 'min', 'median', 'max'], row('this checkout, CPU ms/release', oursMs)];
  if (reference) rows.push(row('reference, CPU ms/release', referenceMs), row('paired ratio this / reference', ratios));
  console.log(table(rows));
}

const rerun = rerunWithServiceFlags(pipeline.serviceNodeOptions(), process.argv.slice(1));
if (rerun === null) await main();
else process.exitCode = rerun;
