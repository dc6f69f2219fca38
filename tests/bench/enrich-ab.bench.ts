/*
 * Paired A/B of the enricher's stage function against a reference build, in one process: the same clean
 * releases (cleaned once by this checkout) are enriched and serialised by this checkout's `enrichRelease`
 * and the reference's in turn, 50 releases at a time (the first of each pair alternating), so both see the
 * same load of a shared machine at the same moment. Prints CPU ms per release of each over each round and
 * the paired ratio (this / reference) as min/median/max over the rounds. Without `--reference`, it only
 * runs this checkout's enricher (for `node --cpu-prof` of the enricher alone). With `--tokenize`, the
 * same for the tokeniser alone over the bodies (each build with its dictionaries loaded, as in `enrich`).
 *
 *   node tests/dist/bench/enrich-ab.bench.js [--releases N] [--rounds N] [--block N] [--reference CHECKOUT] [--tokenize]
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as releaseProcessing from '@presswatch/release-processing';
import type { CleanRelease } from '@presswatch/contracts';
import { benchSources, loadTrainingText, ReleaseGenerator } from '../support/release-generator.js';
import { cpuMs, numberOption, pairedRound, parseArgs, REPO_ROOT, summarise, table } from './bench-util.js';
import { cleanMessage, rawMessages, referenceStages, type StageFunctions } from './stage-path.js';

type Enrich = StageFunctions['enrichRelease'];
type Step = (release: CleanRelease) => unknown;

/** A build's tokeniser (this checkout's too: REPO_ROOT), after its enrichment lib's entry (the detectors intern their dictionaries at load). */
async function referenceTokenize(checkout: string): Promise<Step> {
  const dist = join(resolve(checkout), 'libs', 'enrichment', 'dist');
  await import(pathToFileURL(join(dist, 'index.js')).href);
  const module = (await import(pathToFileURL(join(dist, 'text', 'tokenize.js')).href)) as { tokenize: (text: string) => unknown };
  return (release) => module.tokenize(release.body);
}

/** CPU ms spent on `releases[from, to)`. */
function timed(step: Step, releases: readonly CleanRelease[], from: number, to: number): number {
  const t0 = cpuMs();
  for (let k = from; k < to; k++) step(releases[k]!);
  return cpuMs() - t0;
}

/** What the enricher stage does with a release: enrich it and serialise the result. */
const enrichStep =
  (enrich: Enrich): Step =>
  (release) =>
    JSON.stringify(enrich(release));

/** The clean releases the enricher reads: the generated releases through this checkout's cleaner path. */
function cleanReleases(count: number): CleanRelease[] {
  const training = loadTrainingText();
  const generated = [...new ReleaseGenerator(training.paragraphs, 13).releases(benchSources(4), count)];
  const templates = new Map<string, ReturnType<typeof releaseProcessing.emptyTemplate>>();
  return rawMessages(generated).map((value) => cleanMessage(releaseProcessing, templates, value));
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['--releases', '--rounds', '--block', '--reference']);
  const referencePath = args.values.get('--reference');
  const tokenizeOnly = args.flags.has('--tokenize');
  const reference: Step | null =
    referencePath === undefined
      ? null
      : tokenizeOnly
        ? await referenceTokenize(referencePath)
        : enrichStep((await referenceStages(referencePath)).enrichRelease);
  const count = numberOption(args, '--releases') ?? 2000;
  const rounds = numberOption(args, '--rounds') ?? 8;
  const block = numberOption(args, '--block') ?? 50;
  const releases = cleanReleases(count);
  const ours: Step = tokenizeOnly ? await referenceTokenize(REPO_ROOT) : enrichStep(releaseProcessing.enrichRelease);
  // Warm-up: both builds' code compiled before anything is measured.
  timed(ours, releases, 0, Math.min(300, count));
  if (reference) timed(reference, releases, 0, Math.min(300, count));
  const oursMs: number[] = [];
  const referenceMs: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    if (reference === null) {
      oursMs.push(timed(ours, releases, 0, count) / count);
      continue;
    }
    const spent = pairedRound(
      count,
      block,
      round,
      (from, to) => timed(ours, releases, from, to),
      (from, to) => timed(reference, releases, from, to),
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
    `${tokenizeOnly ? 'tokeniser' : 'enricher'} alone, ${count} generated releases, ${rounds} rounds, blocks of ${block}${reference ? ' alternated with the reference' : ''}`,
  );
  const rows = [['', 'min', 'median', 'max'], row('this checkout, CPU ms/release', oursMs)];
  if (reference) rows.push(row('reference, CPU ms/release', referenceMs), row('paired ratio this / reference', ratios));
  console.log(table(rows));
}

await main();
