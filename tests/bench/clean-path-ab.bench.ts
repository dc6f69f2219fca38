/*
 * A paired A/B of the cleaner's per-message path (stage-path.ts's first half: parse and check the raw
 * release, learn and clean, check, serialise) between this checkout and a built reference checkout, in one
 * process: the two builds take turns every `--block` messages (default 100; who goes first alternates), each
 * with its own templates, so a shared machine's drift lands on both. Prints, per round over the releases,
 * the CPU time per release of each and their ratio, then min/median/max of the ratios. For small steps,
 * whose gain is below the noise of separate runs.
 *
 *   node tests/dist/bench/clean-path-ab.bench.js --reference CHECKOUT [--releases N] [--rounds N] [--block N]
 */
import * as releaseProcessing from '@presswatch/release-processing';
import type { SourceTemplate } from '@presswatch/release-processing';
import { benchSources, loadTrainingText, ReleaseGenerator } from '../support/release-generator.js';
import { cpuMs, numberOption, pairedRound, parseArgs, summarise, table } from './bench-util.js';
import { cleanMessage, rawMessages, referenceStages, type StageFunctions } from './stage-path.js';

const WARM_UP = 300;

/** One stage's cleaner path over some messages, with its own templates; returns CPU microseconds. */
function cleanBlock(stages: StageFunctions, templates: Map<string, SourceTemplate>, messages: readonly Buffer[]): number {
  const t0 = cpuMs();
  for (const value of messages) Buffer.from(JSON.stringify(cleanMessage(stages, templates, value)));
  return (cpuMs() - t0) * 1000;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['--releases', '--rounds', '--block', '--reference']);
  const referencePath = args.values.get('--reference');
  if (referencePath === undefined) throw new Error('--reference CHECKOUT is required');
  const reference = await referenceStages(referencePath);
  const count = numberOption(args, '--releases') ?? 4000;
  const rounds = numberOption(args, '--rounds') ?? 5;
  const block = numberOption(args, '--block') ?? 100;
  const training = loadTrainingText();
  const releases = [...new ReleaseGenerator(training.paragraphs, 13).releases(benchSources(4), WARM_UP + count)];
  const messages = rawMessages(releases);
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
