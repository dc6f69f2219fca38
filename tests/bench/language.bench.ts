/*
 * Language-detection benchmark on the ReliefWeb sample: accuracy overall and per language, the
 * confusions, and time per text.
 *
 *   node tests/dist/bench/language.bench.js [FILE] [--min-accuracy X] [--json]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { detectLanguage } from '@presswatch/text-cleaning';
import { numberOption, parseArgs, REPO_ROOT, table } from './bench-util.js';

interface Sample {
  id: string;
  language: string;
  text: string;
}

function isSample(value: unknown): value is Sample {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['id'] === 'string' && typeof v['language'] === 'string' && typeof v['text'] === 'string';
}

function loadSamples(file: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const value: unknown = JSON.parse(line);
    if (isSample(value)) samples.push(value);
  }
  return samples;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2), ['--min-accuracy']);
  const file = resolve(args.positional[0] ?? join(REPO_ROOT, '..', 'shared', 'corpus', 'reliefweb-2017-12-sample.jsonl'));
  const minAccuracy = numberOption(args, '--min-accuracy');
  if (!existsSync(file)) {
    // The corpus is not part of the repository: no data, nothing to gate on.
    process.stdout.write(`language bench: corpus not found at ${file}, skipped\n`);
    return;
  }
  const samples = loadSamples(file);
  const perLanguage = new Map<string, { total: number; correct: number }>();
  const confusions = new Map<string, number>();
  let correct = 0;
  let elapsed = 0;
  for (const s of samples) {
    const start = performance.now();
    const guess = detectLanguage(s.text).language;
    elapsed += performance.now() - start;
    const stats = perLanguage.get(s.language) ?? { total: 0, correct: 0 };
    stats.total++;
    if (guess === s.language) {
      stats.correct++;
      correct++;
    } else {
      const key = `${s.language} -> ${guess}`;
      confusions.set(key, (confusions.get(key) ?? 0) + 1);
    }
    perLanguage.set(s.language, stats);
  }
  const accuracy = samples.length === 0 ? 0 : correct / samples.length;
  const usPerText = samples.length === 0 ? 0 : (elapsed * 1000) / samples.length;
  if (args.flags.has('--json')) {
    const report = {
      file,
      texts: samples.length,
      accuracy,
      usPerText,
      perLanguage: Object.fromEntries(perLanguage),
      confusions: Object.fromEntries(confusions),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const rows = [['language', 'texts', 'correct', 'accuracy']];
    for (const [lang, s] of [...perLanguage].sort((a, b) => a[0].localeCompare(b[0]))) {
      rows.push([lang, String(s.total), String(s.correct), (s.correct / s.total).toFixed(3)]);
    }
    rows.push(['all', String(samples.length), String(correct), accuracy.toFixed(3)]);
    process.stdout.write(`${table(rows)}\n\n${usPerText.toFixed(1)} µs/text\n`);
    const sorted = [...confusions].sort((a, b) => b[1] - a[1]);
    process.stdout.write(
      sorted.length === 0
        ? 'no confusions\n'
        : `confusions (expected -> detected):\n${sorted.map(([k, n]) => `  ${k}: ${n}`).join('\n')}\n`,
    );
  }
  if (minAccuracy !== null && accuracy < minAccuracy) {
    process.stderr.write(`accuracy ${accuracy.toFixed(4)} is below the gate ${minAccuracy}\n`);
    process.exitCode = 1;
  }
}

main();
