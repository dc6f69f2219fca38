import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The repository root, from this file's place in tests/dist/bench (or tests/bench). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), import.meta.url.includes('/dist/') ? '../../..' : '../..');

export interface CliArgs {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/** `--name value` options take a value when listed in `withValue`; other `--name` are flags. */
export function parseArgs(argv: readonly string[], withValue: readonly string[]): CliArgs {
  const positional: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) positional.push(arg);
    else if (withValue.includes(arg)) {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      values.set(arg, value);
    } else flags.add(arg);
  }
  return { positional, flags, values };
}

export function numberOption(args: CliArgs, name: string): number | null {
  const raw = args.values.get(name);
  if (raw === undefined) return null;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`${name} expects a number, got "${raw}"`);
  return n;
}

export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '))
    .join('\n');
}

/** Min, median and max of repeated measurements (NaN entries, e.g. a vanished process, are ignored). */
export function summarise(values: readonly number[]): { min: number; median: number; max: number } {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return { min: NaN, median: NaN, max: NaN };
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { min: sorted[0]!, median, max: sorted[sorted.length - 1]! };
}

/** CPU milliseconds (user + system) this process has used so far. */
export function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * One round of a paired A/B over `count` items in blocks of `block`: each block is run by both sides, and who
 * goes first alternates block by block and round by round, so both see the same load of a shared machine.
 * `ours` and `theirs` run items [from, to) and return what they spent; the sums are returned.
 */
export function pairedRound(
  count: number,
  block: number,
  round: number,
  ours: (from: number, to: number) => number,
  theirs: (from: number, to: number) => number,
): { ours: number; theirs: number } {
  let a = 0;
  let b = 0;
  for (let from = 0, pair = 0; from < count; from += block, pair++) {
    const to = Math.min(from + block, count);
    if ((pair + round) % 2 === 0) {
      a += ours(from, to);
      b += theirs(from, to);
    } else {
      b += theirs(from, to);
      a += ours(from, to);
    }
  }
  return { ours: a, theirs: b };
}
