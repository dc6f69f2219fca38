/*
 * Integrates the training set's second blind labelling and its adjudication, as delivered in parts
 * p1..p4 (libs/enrichment-evaluation/src/train-adjudication.ts says what each holds), into
 * tests/eval/enrichment: train-second.json, train-adjudicated.json and the notes. Refuses partial or
 * mismatching input and then writes nothing. Refit afterwards (`npm run fit:themes -- --with-synthetic --write`).
 *
 *   node tools/dist/theme-model/integrate-train-labels.js <DELIVERY_DIR> [--second-only]
 *
 * `--second-only` integrates labeller 2 alone (train-second.json and its notes), before the gold lands.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { THEME_IDS } from '@presswatch/enrichment';
import { integrateTrainLabels, loadLabels, TRAIN_FILE } from '@presswatch/enrichment-evaluation';

/** ISO 3166-1 alpha-2 codes of i18n-iso-countries (the enricher's gazetteer reads the same package). */
function isoCodes(): Set<string> {
  const mod: unknown = createRequire(import.meta.url)('i18n-iso-countries');
  const get = typeof mod === 'object' && mod !== null ? (mod as Record<string, unknown>)['getAlpha2Codes'] : undefined;
  if (typeof get !== 'function') throw new Error('i18n-iso-countries has no getAlpha2Codes');
  const codes: unknown = get();
  if (typeof codes !== 'object' || codes === null) throw new Error('unexpected getAlpha2Codes result');
  return new Set(Object.keys(codes));
}

function main(): void {
  const args = parseArgs({ allowPositionals: true, options: { 'second-only': { type: 'boolean' } } });
  const dir = args.positionals[0];
  if (dir === undefined || args.positionals.length !== 1)
    throw new Error('usage: integrate-train-labels <DELIVERY_DIR with p1..p4> [--second-only]');
  const lines = integrateTrainLabels({
    sourceDir: resolve(dir),
    train: loadLabels(TRAIN_FILE),
    codes: { themes: new Set<string>(THEME_IDS), countries: isoCodes() },
    secondOnly: args.values['second-only'] === true,
  });
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
