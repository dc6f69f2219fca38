/*
 * Issue 17's learned-choice experiment, step two: from the candidates file of
 * extraction-candidates.ts, the rules' figure, the oracle (the best candidate of each page) and the
 * selector's out-of-fold figure, per page type. Folds are by site, the threshold and the penalty are
 * chosen by a cross-validation by site inside the training folds; `--salts N` repeats it with N
 * fold assignments. `--weights-out FILE` writes the models fitted on all pages (not a result).
 *
 *   node tests/dist/bench/extraction-selector.js /tmp/candidates.json [--folds 5] [--salts 3]
 */
import { writeFileSync } from 'node:fs';
import { numberOption, parseArgs, table } from './bench-util.js';
import { readCandidates, type CandidateRow } from './selector-data.js';
import { bestSettings, fitRidge, outOfFoldPicks, type Settings } from './selector-fit.js';

const THRESHOLDS = [0, 0.01, 0.02, 0.04, 0.08];
const RIDGE: Settings[] = [0.3, 3, 30].flatMap((lambda) => THRESHOLDS.map((threshold) => ({ kind: 'ridge' as const, lambda, threshold })));
// Trees: `lambda` is the number of boosting rounds.
const TREES: Settings[] = [30, 100].flatMap((lambda) => THRESHOLDS.map((threshold) => ({ kind: 'trees' as const, lambda, threshold })));

const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

function main(): void {
  const args = parseArgs(process.argv.slice(2), ['--folds', '--salts', '--weights-out', '--model']);
  const GRID = args.values.get('--model') === 'trees' ? TREES : RIDGE;
  const file = args.positional[0];
  if (file === undefined) throw new Error('usage: extraction-selector FILE [--folds 5] [--salts 3] [--weights-out FILE]');
  const folds = numberOption(args, '--folds') ?? 5;
  const salts = numberOption(args, '--salts') ?? 3;
  const { candidates, rows } = readCandidates(file);
  const runs = Array.from({ length: salts }, (_, salt) => outOfFoldPicks(rows, candidates.length, GRID, folds, salt * 7919));
  const types = [...[...new Set(rows.map((r) => r.type))].sort(), 'all'];
  const header = ['page type (pages)', 'rules', ...candidates.slice(1), 'oracle', ...runs.map((_, s) => `selector ${s}`), 'up/down (0)'];
  const body = types.map((type) => {
    const idx = rows.flatMap((r, i) => (type === 'all' || r.type === type ? [i] : []));
    const of = (k: (r: CandidateRow, i: number) => number): string => mean(idx.map((i) => k(rows[i]!, i))).toFixed(4);
    const pick0 = runs[0]!;
    const up = idx.filter((i) => rows[i]!.f1[pick0[i]!]! > rows[i]!.f1[0]! + 1e-9).length;
    const down = idx.filter((i) => rows[i]!.f1[pick0[i]!]! < rows[i]!.f1[0]! - 1e-9).length;
    return [
      `${type} (${idx.length})`,
      ...candidates.map((_, k) => of((r) => r.f1[k]!)),
      of((r) => Math.max(...r.f1)),
      ...runs.map((p) => of((r, i) => r.f1[p[i]!]!)),
      `${up}/${down}`,
    ];
  });
  console.log(table([header, ...body]));
  const picked = candidates.map((c, k) => `${c} ${runs[0]!.filter((p) => p === k).length}`);
  console.log(`picks (fold assignment 0): ${picked.join(', ')}`);
  const out = args.values.get('--weights-out');
  if (out !== undefined) {
    const settings = bestSettings(rows, candidates.length, GRID, folds, 0);
    const weights = candidates.slice(1).map((_, k) =>
      fitRidge(
        rows.map((r) => r.features[k + 1]!),
        rows.map((r) => r.f1[k + 1]! - r.f1[0]!),
        settings.lambda,
      ),
    );
    writeFileSync(out, JSON.stringify({ candidates, settings, models: weights.map((w) => w.map((v) => Number(v.toFixed(5)))) }, null, 1));
    console.log(`models fitted on all ${rows.length} pages (lambda ${settings.lambda}, threshold ${settings.threshold}) written to ${out}`);
  }
}

main();
