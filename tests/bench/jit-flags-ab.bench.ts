/*
 * V8 flags against the JIT warm-up a freshly started service pays: the cleaner's and the enricher's path
 * (stage-path.ts) in a fresh process per sample, with the baseline's flags (the presswatch-common ConfigMap's
 * NODE_OPTIONS) and with the candidate's added, alternated pair by pair (who goes first alternates too), so
 * both see the same load. Each child runs a first pass over releases it has never seen (JIT warm-up included,
 * as a service's first thousands of messages) and then steady passes over the same releases; CPU is the
 * whole process's (user + system of every thread: background compilation counts).
 *
 *   node tests/dist/bench/jit-flags-ab.bench.js --flags "--always-sparkplug" [--pairs N] [--releases N] [--steady N]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pipeline } from '../support/pipeline.js';
import { benchSources, loadTrainingText, ReleaseGenerator } from '../support/release-generator.js';
import { numberOption, parseArgs, summarise, table } from './bench-util.js';
import { readMessages, writeMessages } from './cold-run.js';
import { rawMessages, runStagePath } from './stage-path.js';

interface ChildFigures {
  /** CPU ms per release of the first pass (cleaner + enricher), and the median steady pass. */
  firstMs: number;
  steadyMs: number;
  /** The first pass in quarters: where the warm-up ends. */
  quartersMs: number[];
}

function child(file: string, steady: number): void {
  const messages = readMessages(file);
  const both = (from: number, to: number) => {
    const figures = runStagePath(messages.slice(from, to));
    return figures.cleanerMs + figures.enricherMs;
  };
  const quarter = Math.floor(messages.length / 4);
  // Quarters of the first pass, each with its own templates: the first quarter learns from empty like the
  // whole pass would; the later ones learn from empty too, a small cost that is the same on both sides.
  const quartersMs = [0, 1, 2, 3].map((q) => both(q * quarter, q === 3 ? messages.length : (q + 1) * quarter));
  const firstMs = quartersMs.reduce((sum, ms, q) => sum + ms * (q === 3 ? messages.length - 3 * quarter : quarter), 0) / messages.length;
  const steadyPasses = Array.from({ length: steady }, () => both(0, messages.length));
  const figures: ChildFigures = { firstMs, steadyMs: summarise(steadyPasses).median, quartersMs };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

function runChild(flags: readonly string[], file: string, steady: number): ChildFigures {
  const script = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, [...flags, script, '--child', file, '--steady', String(steady)], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (result.status !== 0) throw new Error(`child with ${flags.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as ChildFigures;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['--flags', '--pairs', '--releases', '--steady', '--child', '--seed']);
  const steady = numberOption(args, '--steady') ?? 2;
  const childFile = args.values.get('--child');
  if (childFile !== undefined) return child(childFile, steady);
  const candidate = (args.values.get('--flags') ?? '').split(' ').filter(Boolean);
  if (candidate.length === 0) throw new Error('--flags "<V8 flags>" is required');
  const pairs = numberOption(args, '--pairs') ?? 5;
  const count = numberOption(args, '--releases') ?? 3000;
  const base = pipeline.serviceNodeOptions().split(' ').filter(Boolean);
  const training = loadTrainingText();
  const releases = [...new ReleaseGenerator(training.paragraphs, numberOption(args, '--seed') ?? 13).releases(benchSources(4), count)];
  const dir = join(tmpdir(), `presswatch-jit-ab-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'messages.bin');
  writeMessages(file, rawMessages(releases));
  const a: ChildFigures[] = [];
  const b: ChildFigures[] = [];
  for (let pair = 0; pair < pairs; pair++) {
    const withFlags = () => a.push(runChild([...base, ...candidate], file, steady));
    const without = () => b.push(runChild(base, file, steady));
    // Who goes first alternates pair by pair.
    for (const side of pair % 2 === 0 ? [withFlags, without] : [without, withFlags]) side();
    process.stderr.write(
      `pair ${pair + 1}: first pass ${a[pair]!.firstMs.toFixed(3)} vs ${b[pair]!.firstMs.toFixed(3)}, steady ${a[pair]!.steadyMs.toFixed(3)} vs ${b[pair]!.steadyMs.toFixed(3)} ms\n`,
    );
  }
  const row = (name: string, values: number[]): string[] => {
    const { min, median, max } = summarise(values);
    return [name, min.toFixed(3), median.toFixed(3), max.toFixed(3)];
  };
  const ratio = (pick: (f: ChildFigures) => number) => a.map((figures, i) => pick(figures) / pick(b[i]!));
  console.log(`V8 flags A/B, ${count} releases per child, ${pairs} pairs of fresh processes; base flags: ${base.join(' ') || '(none)'}`);
  console.log(`candidate: ${candidate.join(' ')}`);
  // A figure's three rows: each side over the pairs, and their paired ratio.
  const sides = (name: string, pick: (f: ChildFigures) => number): string[][] => [
    row(`${name}, candidate`, a.map(pick)),
    row(`${name}, base`, b.map(pick)),
    row(`${name}, candidate / base (paired)`, ratio(pick)),
  ];
  console.log(
    table([
      ['CPU ms per release (cleaner + enricher)', 'min', 'median', 'max'],
      ...sides('first pass', (f) => f.firstMs),
      row(
        'first quarter, candidate / base',
        ratio((f) => f.quartersMs[0]!),
      ),
      row(
        'last quarter, candidate / base',
        ratio((f) => f.quartersMs[3]!),
      ),
      ...sides('steady', (f) => f.steadyMs),
    ]),
  );
}

await main();
