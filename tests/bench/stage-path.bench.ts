/*
 * The offline figure of bench:pipeline on its own, repeated: the cleaner's and the enricher's per-message
 * path (stage-path.ts; Kafka, the transport and the template's database write left out) over the same
 * generated releases, CPU ms per release of each as min/median/max over the runs. Cheap enough to measure
 * one change at a time; `node --cpu-prof` on it profiles the two stages' code. With `--reference CHECKOUT`
 * the reference build's path (e.g. main's) runs too, alternating run by run with this checkout's in the
 * same process, so both see the same load of a shared machine.
 *
 *   node tests/dist/bench/stage-path.bench.js [--releases N] [--runs N] [--reference CHECKOUT]
 */
import { benchSources, loadTrainingText, ReleaseGenerator } from '../support/release-generator.js';
import { numberOption, parseArgs, summarise, table } from './bench-util.js';
import { rawMessages, referenceStages, runStagePath, type StageFunctions, type StagePathFigures } from './stage-path.js';

const WARM_UP = 300;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['--releases', '--runs', '--reference']);
  const referencePath = args.values.get('--reference');
  const reference: StageFunctions | null = referencePath === undefined ? null : await referenceStages(referencePath);
  const count = numberOption(args, '--releases') ?? 3000;
  const runs = numberOption(args, '--runs') ?? 5;
  const training = loadTrainingText();
  const releases = [...new ReleaseGenerator(training.paragraphs, 13).releases(benchSources(4), WARM_UP + count)];
  const messages = rawMessages(releases);
  runStagePath(messages.slice(0, WARM_UP));
  if (reference) runStagePath(messages.slice(0, WARM_UP), undefined, reference);
  const figures: StagePathFigures[] = [];
  const referenceFigures: StagePathFigures[] = [];
  for (let run = 0; run < runs; run++) {
    figures.push(runStagePath(messages.slice(WARM_UP)));
    if (reference) referenceFigures.push(runStagePath(messages.slice(WARM_UP), undefined, reference));
  }
  const row = (name: string, values: number[]): string[] => {
    const { min, median, max } = summarise(values);
    return [name, min.toFixed(3), median.toFixed(3), max.toFixed(3)];
  };
  const rows = (label: string, of: StagePathFigures[]): string[][] => [
    row(
      `${label}cleaner CPU ms/release`,
      of.map((f) => f.cleanerMs),
    ),
    row(
      `${label}enricher CPU ms/release`,
      of.map((f) => f.enricherMs),
    ),
    row(
      `${label}both CPU ms/release`,
      of.map((f) => f.cleanerMs + f.enricherMs),
    ),
    row(
      `${label}wall s per run`,
      of.map((f) => f.wallSeconds),
    ),
  ];
  console.log(`stage path, ${count} generated releases (4 sources), ${runs} runs (machine shared: CPU time is the figure)`);
  console.log(
    table([
      ['', 'min', 'median', 'max'],
      ...rows('', figures),
      ...(reference ? rows(`reference (${referencePath}) `, referenceFigures) : []),
    ]),
  );
}

await main();
