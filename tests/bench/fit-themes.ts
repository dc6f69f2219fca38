/*
 * Fits the theme decision model (libs/enrichment/src/themes/calibration.ts) on hand labels:
 * the training set (train.json) plus the dev half of the eval set. The held-out half is never
 * read here, so its figures in `npm run bench:enrichment` stay an honest estimate.
 *
 *   node tests/dist/bench/fit-themes.js [CORPUS_FILE] [--write] [--check]
 *
 * Model: L2-regularised logistic regression over the detector's candidate features (one example
 * per release and candidate theme; label = the theme is in the release's hand labels), with a
 * small per-theme offset. The threshold is the one maximising micro F1 of 5-fold out-of-fold
 * probabilities. Prints cross-validated F1 of the hand rule and of the model on the same folds.
 * `--write` regenerates calibration.ts; `--check` exits 1 when calibration.ts differs from a refit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FEATURE_NAMES, THEME_IDS, themeCandidatesFor, themeFeatures, type ThemeCandidate } from '@presswatch/enrichment';
import { cleanRelease, enrichmentInput } from '@presswatch/release-processing';
import { DEFAULT_CORPUS_FILE, labelKey, labelledRelease, loadCorpus, loadLabels, REPO_ROOT, TRAIN_FILE, type Label } from '../eval/enrichment/labels.js';
import { parseArgs } from './bench-util.js';
import { assignSplits, compareSets, emptyCounts, prf } from './enrichment-score.js';
import { fitLogistic, ruleDecision, type Example } from './theme-fit.js';

export const CALIBRATION_FILE = join(REPO_ROOT, 'libs', 'enrichment', 'src', 'themes', 'calibration.ts');
const FOLDS = 5;

interface Doc {
  key: string;
  labels: ReadonlySet<string>;
  candidates: ThemeCandidate[];
}

function loadDocs(corpusFile: string): Doc[] {
  const corpus = loadCorpus(corpusFile);
  if (corpus === null) throw new Error(`the corpus is needed to fit the theme model: ${corpusFile} not found`);
  const corpusTexts = new Map(corpus.map((c) => [c.id, c.text]));
  const evalLabels = loadLabels();
  const splits = assignSplits(evalLabels);
  const chosen: Label[] = [...loadLabels(TRAIN_FILE), ...evalLabels.filter((_, i) => splits[i] === 'dev')];
  return chosen.map((l) => {
    const raw = labelledRelease(l, corpusTexts, 'fit:themes');
    if (raw === null) throw new Error(`${labelKey(l)} is not in the corpus`);
    return { key: labelKey(l), labels: new Set(l.themes), candidates: themeCandidatesFor(enrichmentInput(cleanRelease(raw))) };
  });
}

function examples(docs: readonly Doc[]): Example[] {
  return docs.flatMap((d) => d.candidates.map((c) => ({ x: themeFeatures(c), theme: c.id, y: d.labels.has(c.id) ? 1 : 0 })));
}

/** Micro F1 over documents for a decision per (document, candidate). */
function f1Of(docs: readonly Doc[], tagged: (d: Doc, i: number) => ThemeCandidate[]): number {
  const counts = emptyCounts();
  docs.forEach((d, i) => compareSets(counts, tagged(d, i).map((c) => c.id), d.labels));
  return prf(counts).f1;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2), []);
  const docs = loadDocs(resolve(args.positional[0] ?? DEFAULT_CORPUS_FILE));
  const themeIndex = new Map(THEME_IDS.map((t, i) => [t, i]));

  // Out-of-fold probabilities: fold = document position modulo FOLDS.
  const oof: number[][] = docs.map((d) => d.candidates.map(() => 0));
  for (let f = 0; f < FOLDS; f++) {
    const model = fitLogistic(examples(docs.filter((_, i) => i % FOLDS !== f)), themeIndex);
    docs.forEach((d, i) => {
      if (i % FOLDS === f) d.candidates.forEach((c, j) => ((oof[i] ?? [])[j] = model.probability(themeFeatures(c), c.id)));
    });
  }
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.2; t <= 0.8001; t += 0.025) {
    const f1 = f1Of(docs, (d, i) => d.candidates.filter((_, j) => (oof[i]?.[j] ?? 0) >= t));
    if (f1 > best.f1 + 1e-9) best = { threshold: Math.round(t * 1000) / 1000, f1 };
  }
  const rule = f1Of(docs, (d) => ruleDecision(d.candidates));
  const labelled = docs.reduce((n, d) => n + d.labels.size, 0);
  const reachable = docs.reduce((n, d) => n + d.candidates.filter((c) => d.labels.has(c.id)).length, 0);

  const model = fitLogistic(examples(docs), themeIndex);
  const source = model.source(FEATURE_NAMES, best.threshold, docs.length);
  process.stdout.write(
    [
      `fitted on ${docs.length} releases (train.json + dev half of labels.json), ${examples(docs).length} candidate themes`,
      `labelled themes with a candidate (recall ceiling): ${reachable}/${labelled} (${(reachable / labelled).toFixed(3)})`,
      `${FOLDS}-fold cross-validated theme F1: hand rule ${rule.toFixed(3)}, model ${best.f1.toFixed(3)} at threshold ${best.threshold}`,
      '',
    ].join('\n'),
  );
  if (args.flags.has('--write')) {
    writeFileSync(CALIBRATION_FILE, source);
    process.stdout.write(`wrote ${CALIBRATION_FILE}\n`);
  }
  if (args.flags.has('--check')) {
    const same = readFileSync(CALIBRATION_FILE, 'utf8') === source;
    process.stdout.write(same ? 'calibration.ts matches a refit\n' : 'calibration.ts differs from a refit: run npm run fit:themes -- --write\n');
    if (!same) process.exitCode = 1;
  }
}

main();
