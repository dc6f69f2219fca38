/*
 * The offline figure of bench:pipeline on its own, repeated: the cleaner's and the enricher's per-message
 * path (stage-path.ts; Kafka, the transport and the template's database write left out) over the same
 * generated releases, CPU ms per release of each as min/median/max over the runs. Cheap enough to measure
 * one change at a time; `node --cpu-prof` on it profiles the two stages' code.
 *
 *   node tests/dist/bench/stage-path.bench.js [--releases N] [--runs N]
 */
import { benchSources, loadTrainingText, ReleaseGenerator } from '../support/release-generator.js';
import { numberOption, parseArgs, summarise, table } from './bench-util.js';
import { rawMessages, runStagePath, type StagePathFigures } from './stage-path.js';

const WARM_UP = 300;

function main(): void {
  const args = parseArgs(process.argv.slice(2), ['--releases', '--runs']);
  const count = numberOption(args, '--releases') ?? 3000;
  const runs = numberOption(args, '--runs') ?? 5;
  const training = loadTrainingText();
  const releases = [...new ReleaseGenerator(training.paragraphs, 13).releases(benchSources(4), WARM_UP + count)];
  const messages = rawMessages(releases);
  runStagePath(messages.slice(0, WARM_UP));
  const figures: StagePathFigures[] = [];
  for (let run = 0; run < runs; run++) figures.push(runStagePath(messages.slice(WARM_UP)));
  const row = (name: string, values: number[]): string[] => {
    const { min, median, max } = summarise(values);
    return [name, min.toFixed(3), median.toFixed(3), max.toFixed(3)];
  };
  console.log(`stage path, ${count} generated releases (4 sources), ${runs} runs (machine shared: CPU time is the figure)`);
  console.log(
    table([
      ['', 'min', 'median', 'max'],
      row('cleaner CPU ms/release', figures.map((f) => f.cleanerMs)),
      row('enricher CPU ms/release', figures.map((f) => f.enricherMs)),
      row('both CPU ms/release', figures.map((f) => f.cleanerMs + f.enricherMs)),
      row('wall s per run', figures.map((f) => f.wallSeconds)),
    ]),
  );
}

main();
