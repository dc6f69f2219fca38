/*
 * A stage's first pass from a cold start, as a freshly started service pays it (JIT warm-up, templates
 * learning from empty, caches filling): CPU ms per release for each window of releases, in order. Used by
 * `enrich-ab --cold` (one side per invocation) and `clean-path-ab --cold` (a fresh child process per side,
 * paired, through `pairedColdRuns`).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { summarise, table } from './bench-util.js';

/** CPU ms per release of each window of `window` releases of one pass over `count`; `run` spends releases [from, to) and returns CPU ms. */
export function coldWindows(count: number, window: number, run: (from: number, to: number) => number): number[] {
  const perRelease: number[] = [];
  for (let from = 0; from < count; from += window) {
    const to = Math.min(from + window, count);
    perRelease.push(run(from, to) / (to - from));
  }
  return perRelease;
}

/** The label of each window: "1-500", "501-1000", ... */
export function windowLabels(count: number, window: number): string[] {
  const labels: string[] = [];
  for (let from = 0; from < count; from += window) labels.push(`${from + 1}-${Math.min(from + window, count)}`);
  return labels;
}

/** One cold pass's windows as a table. */
export function coldTable(count: number, window: number, perRelease: readonly number[]): string {
  const labels = windowLabels(count, window);
  return table([['releases', 'CPU ms/release'], ...perRelease.map((ms, i) => [labels[i] ?? '', ms.toFixed(3)])]);
}

/** Length-prefixed messages in one file, so each child process reads the same bytes without generating them. */
export function writeMessages(file: string, messages: readonly Buffer[]): void {
  const parts: Buffer[] = [];
  for (const message of messages) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(message.length);
    parts.push(length, message);
  }
  writeFileSync(file, Buffer.concat(parts));
}

export function readMessages(file: string): Buffer[] {
  const bytes = readFileSync(file);
  const messages: Buffer[] = [];
  for (let at = 0; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    messages.push(bytes.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return messages;
}

/** A child's answer: the last line of its standard output, a JSON array of CPU ms per release per window. */
export function runColdChild(script: string, args: readonly string[], nodeFlags: readonly string[] = []): number[] {
  const result = spawnSync(process.execPath, [...nodeFlags, script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (result.status !== 0) throw new Error(`cold child ${args.join(' ')} failed: ${result.stderr}`);
  const figures: unknown = JSON.parse(result.stdout.trim().split('\n').pop() ?? 'null');
  if (!Array.isArray(figures) || !figures.every((value) => typeof value === 'number'))
    throw new Error(`cold child answered ${result.stdout}`);
  return figures;
}

export interface PairedCold {
  /** Per pair, each side's CPU ms per release per window. */
  readonly ours: readonly (readonly number[])[];
  readonly theirs: readonly (readonly number[])[];
}

/**
 * `pairs` pairs of cold passes, one fresh process per side (`side` runs one and returns its windows); who
 * goes first alternates pair by pair, so both sides see the same load of a shared machine.
 */
export function pairedColdRuns(pairs: number, side: (which: 'ours' | 'theirs') => number[], log = true): PairedCold {
  const ours: number[][] = [];
  const theirs: number[][] = [];
  for (let pair = 0; pair < pairs; pair++) {
    for (const which of pair % 2 === 0 ? (['ours', 'theirs'] as const) : (['theirs', 'ours'] as const)) {
      (which === 'ours' ? ours : theirs).push(side(which));
    }
    if (log) {
      const mean = (windows: readonly number[]) => windows.reduce((sum, ms) => sum + ms, 0) / Math.max(windows.length, 1);
      process.stderr.write(
        `pair ${pair + 1}: ${mean(ours[pair]!).toFixed(3)} vs ${mean(theirs[pair]!).toFixed(3)} ms/release (window mean)\n`,
      );
    }
  }
  return { ours, theirs };
}

/**
 * The paired table: per window, each side's median CPU ms per release and the paired ratio ours / theirs
 * min/median/max; last, the whole pass (windows weighted by their releases).
 */
export function pairedColdTable(count: number, window: number, runs: PairedCold): string {
  const labels = windowLabels(count, window);
  const sizes = labels.map((_, i) => Math.min(window, count - i * window));
  const whole = (windows: readonly number[]) => windows.reduce((sum, ms, i) => sum + ms * sizes[i]!, 0) / count;
  const row = (label: string, pick: (windows: readonly number[]) => number): string[] => {
    const ratios = runs.ours.map((windows, pair) => pick(windows) / pick(runs.theirs[pair]!));
    const ratio = summarise(ratios);
    return [
      label,
      summarise(runs.ours.map(pick)).median.toFixed(3),
      summarise(runs.theirs.map(pick)).median.toFixed(3),
      ratio.min.toFixed(3),
      ratio.median.toFixed(3),
      ratio.max.toFixed(3),
    ];
  };
  return table([
    ['releases', 'this ms (median)', 'reference ms (median)', 'ratio min', 'median', 'max'],
    ...labels.map((label, i) => row(label, (windows) => windows[i]!)),
    row('whole pass', whole),
  ]);
}
