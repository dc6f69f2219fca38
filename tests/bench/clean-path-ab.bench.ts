/*
 * A paired A/B of the cleaner's per-message path (stage-path.ts's first half: parse and check the raw
 * release, learn and clean, check, serialise) between this checkout and a built reference checkout, in one
 * process: the two builds take turns every `--block` messages (default 100; who goes first alternates), each
 * with its own templates, so a shared machine's drift lands on both. Prints, per round over the releases,
 * the CPU time per release of each and their ratio, then min/median/max of the ratios. For small steps,
 * whose gain is below the noise of separate runs.
 *
 * With `--cold`, the path's first pass from a cold start instead, as a freshly started cleaner pays it (JIT
 * warm-up, templates learning from empty): a fresh child process per side and pair, each running one build's
 * path once over the same releases; CPU ms per release (the whole process's, background compilation included)
 * per window of `--window` releases, who goes first alternating pair by pair; the children run with the services'
 * V8 flags. A/A control: `--reference`
 * this checkout.
 *
 *   node tests/dist/bench/clean-path-ab.bench.js --reference CHECKOUT [--releases N] [--rounds N] [--block N]
 *   node tests/dist/bench/clean-path-ab.bench.js --cold --reference CHECKOUT [--releases N] [--pairs N] [--window N]
 */
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as releaseProcessing from '@presswatch/release-processing';
import type { SourceTemplate } from '@presswatch/release-processing';
import { pipeline } from '../support/pipeline.js';
import { benchSources, loadTrainingText, ReleaseGenerator } from '../support/release-generator.js';
import { cpuMs, numberOption, pairedRound, parseArgs, summarise, table, type CliArgs } from './bench-util.js';
import { coldWindows, pairedColdRuns, pairedColdTable, readMessages, runColdChild, writeMessages } from './cold-run.js';
import { cleanMessage, rawMessages, referenceStages, type StageFunctions } from './stage-path.js';

const WARM_UP = 300;

/** One stage's cleaner path over some messages, with its own templates; returns CPU microseconds. */
function cleanBlock(stages: StageFunctions, templates: Map<string, SourceTemplate>, messages: readonly Buffer[]): number {
  const t0 = cpuMs();
  for (const value of messages) Buffer.from(JSON.stringify(cleanMessage(stages, templates, value)));
  return (cpuMs() - t0) * 1000;
}

function generatedMessages(count: number): Buffer[] {
  const training = loadTrainingText();
  return rawMessages([...new ReleaseGenerator(training.paragraphs, 13).releases(benchSources(4), count)]);
}

/** A cold child: one build's path once over the messages in `file`, with one set of templates; prints its windows as JSON. */
async function coldChild(args: CliArgs, file: string, referencePath: string): Promise<void> {
  const stages = args.values.get('--side') === 'reference' ? await referenceStages(referencePath) : releaseProcessing;
  const messages = readMessages(file);
  const templates = new Map<string, SourceTemplate>();
  const windows = coldWindows(
    messages.length,
    numberOption(args, '--window') ?? 500,
    (from, to) => cleanBlock(stages, templates, messages.slice(from, to)) / 1000,
  );
  process.stdout.write(`${JSON.stringify(windows)}\n`);
}

/** `--cold`: paired cold passes, a fresh process per side. */
function cold(args: CliArgs, referencePath: string): void {
  const count = numberOption(args, '--releases') ?? 4000;
  const window = numberOption(args, '--window') ?? 500;
  const pairs = numberOption(args, '--pairs') ?? 6;
  const dir = join(tmpdir(), `presswatch-clean-cold-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'messages.bin');
  writeMessages(file, generatedMessages(count));
  const script = fileURLToPath(import.meta.url);
  const childArgs = ['--cold-child', file, '--reference', referencePath, '--window', String(window)];
  // The services' V8 flags (a larger young generation), as a started cleaner runs.
  const flags = pipeline.serviceNodeOptions().split(' ').filter(Boolean);
  const runs = pairedColdRuns(pairs, (which) =>
    runColdChild(script, [...childArgs, '--side', which === 'ours' ? 'ours' : 'reference'], flags),
  );
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `cleaner path, first pass from a cold start, this checkout against ${referencePath}, ${count} releases, ${pairs} pairs of fresh processes`,
  );
  console.log(pairedColdTable(count, window, runs));
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), [
    '--releases',
    '--rounds',
    '--block',
    '--reference',
    '--pairs',
    '--window',
    '--cold-child',
    '--side',
  ]);
  const referencePath = args.values.get('--reference');
  if (referencePath === undefined) throw new Error('--reference CHECKOUT is required');
  const childFile = args.values.get('--cold-child');
  if (childFile !== undefined) return coldChild(args, childFile, referencePath);
  if (args.flags.has('--cold')) return cold(args, referencePath);
  const reference = await referenceStages(referencePath);
  const count = numberOption(args, '--releases') ?? 4000;
  const rounds = numberOption(args, '--rounds') ?? 5;
  const block = numberOption(args, '--block') ?? 100;
  const messages = generatedMessages(WARM_UP + count);
  const warm = messages.slice(0, WARM_UP);
  cleanBlock(releaseProcessing, new Map(), warm);
  cleanBlock(reference, new Map(), warm);
  const measured = messages.slice(WARM_UP);
  const rows: string[][] = [['round', 'this µs/release', 'reference µs/release', 'ratio']];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const ours = new Map<string, SourceTemplate>();
    const theirs = new Map<string, SourceTemplate>();
    const { ours: oursMicros, theirs: theirsMicros } = pairedRound(
      measured.length,
      block,
      round,
      (from, to) => cleanBlock(releaseProcessing, ours, measured.slice(from, to)),
      (from, to) => cleanBlock(reference, theirs, measured.slice(from, to)),
    );
    const ratio = oursMicros / theirsMicros;
    ratios.push(ratio);
    rows.push([
      String(round + 1),
      (oursMicros / measured.length).toFixed(1),
      (theirsMicros / measured.length).toFixed(1),
      ratio.toFixed(3),
    ]);
  }
  const { min, median, max } = summarise(ratios);
  console.log(`cleaner path, this checkout against ${referencePath}, ${count} releases x ${rounds} rounds, turns of ${block} messages`);
  console.log(table(rows));
  console.log(`ratio this/reference min/median/max: ${min.toFixed(3)} / ${median.toFixed(3)} / ${max.toFixed(3)}`);
}

await main();
