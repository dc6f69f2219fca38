/*
 * Fits the theme decision model (libs/enrichment/src/themes/theme-model.json) on labelled releases:
 * the training set (train.json) plus the dev half of the evaluation set, and with
 * `--with-synthetic` the synthetic releases' adjudicated gold (training only). The held-out half
 * and the additions are never fitted on, so their figures in `npm run bench:enrichment` stay honest.
 *
 *   node tools/dist/theme-model/fit-themes.js [CORPUS_FILE] [--with-synthetic] [--write] [--check] [--learning-curve] [--second-split]
 *
 * Model: L2-regularised logistic regression over the detector's candidate features (one example
 * per release and candidate theme; label = the theme is in the release's labels), with a small
 * per-theme offset, plus one feature from a bag-of-stems text classifier. Cross-validation is
 * nested (cross-validation.ts); its figures are on real releases only. The threshold is the one
 * maximising micro F1 of the outer out-of-fold probabilities. Prints cross-validated F1 of the
 * hand rule, of the model without the text feature and of the full model, on the same folds, and
 * of the model with per-theme thresholds chosen inside each outer fold (shipped, as bias offsets,
 * only when that figure is higher; the file records whether).
 *
 * `--write` regenerates theme-model.json, recording how it was fitted (the dev half's labels:
 * adjudicated.json when present, else labels.json; the synthetic releases used). `--check` refits
 * the way the shipped file says it was fitted and exits 1 when the file differs from the refit.
 * `--learning-curve` prints theme F1 on the unseen real releases for growing training subsets,
 * real only and with the synthetic releases (learning-curve.ts), at the threshold of this run's
 * cross-validation, or alone (no other flag) at the shipped model's threshold without one.
 * `--second-split` computes the cross-validated figures on a second split of the real releases into outer
 * folds ((7 i + 3) mod 11 mod 5), to check that a gain of the noise's order holds on both; it writes nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ADJUDICATED_FILE,
  DEFAULT_CORPUS_FILE,
  loadCorpus,
  loadEvalSet,
  loadSyntheticReleases,
  loadTrainingSet,
  REPO_ROOT,
  SYNTHETIC_GOLD_FILE,
  TRAIN_ADJUDICATED_FILE,
  type ReleaseTexts,
  type TrainingSet,
} from '@presswatch/enrichment-evaluation';
import { formatThemeModel, ruleDecision, SHIPPED_THEME_MODEL_FILE, type ThemeModelTraining } from '@presswatch/enrichment/model-fitting';
import {
  bestThreshold,
  f1Of,
  fitModel,
  FOLDS,
  nestedProbabilities,
  OWN_THRESHOLD_POSITIVES,
  perThemeLines,
  SLOPE_PENALTIES,
  useOuterSplit,
  withThemeOffsets,
} from './cross-validation.js';
import { learningCurve } from './learning-curve.js';
import { loadDocs, type Doc } from './training-docs.js';

export const THEME_MODEL_FILE = join(REPO_ROOT, 'libs', 'enrichment', 'src', 'themes', 'theme-model.json');

function texts(corpusFile: string, synthetic: boolean): ReleaseTexts {
  const corpus = loadCorpus(corpusFile);
  if (corpus === null) throw new Error(`the corpus is needed to fit the theme model: ${corpusFile} not found`);
  const releases = synthetic ? loadSyntheticReleases() : null;
  if (synthetic && releases === null) throw new Error('synthetic/releases.jsonl is absent: cannot train with the synthetic releases');
  return {
    corpus: new Map(corpus.map((c) => [c.id, c.text])),
    synthetic: releases === null ? null : new Map(releases.map((r) => [r.id, r.text])),
  };
}

interface Recipe {
  readonly devLabels: ThemeModelTraining['devHalfLabels'];
  readonly trainLabels: ThemeModelTraining['trainLabels'];
  readonly synthetic: boolean;
}

/** How to fit: the shipped file's recipe for --check, else the adjudicated gold (dev half, train.json's releases) where it exists. */
function recipe(check: boolean, withSynthetic: boolean): Recipe {
  if (check) {
    const shipped = SHIPPED_THEME_MODEL_FILE.training;
    return { devLabels: shipped.devHalfLabels, trainLabels: shipped.trainLabels, synthetic: shipped.syntheticReleases > 0 };
  }
  return {
    devLabels: existsSync(ADJUDICATED_FILE) ? 'adjudicated' : 'labels.json',
    trainLabels: existsSync(TRAIN_ADJUDICATED_FILE) ? 'adjudicated' : 'train.json',
    synthetic: withSynthetic,
  };
}

function describe(training: TrainingSet, docs: readonly Doc[]): string {
  const real = docs.filter((d) => !d.synthetic).length;
  const dev = training.devLabels === 'adjudicated' ? 'the adjudicated dev half' : 'the dev half of labels.json';
  const train = training.trainLabels === 'adjudicated' ? 'train.json adjudicated' : 'train.json';
  const synthetic = docs.length - real;
  return `${real} real releases (${train} + ${dev})${synthetic > 0 ? ` + ${synthetic} synthetic releases` : ''}`;
}

function main(): void {
  const args = parseArgs({
    allowPositionals: true,
    options: {
      write: { type: 'boolean' },
      check: { type: 'boolean' },
      'with-synthetic': { type: 'boolean' },
      'learning-curve': { type: 'boolean' },
      'second-split': { type: 'boolean' },
    },
  });
  const check = args.values.check === true;
  if (args.values['second-split'] === true) {
    if (check || args.values.write === true)
      throw new Error('--second-split is for comparing figures: the shipped model is fitted on the first split');
    useOuterSplit(2);
  }
  const write = args.values.write === true;
  const curveWanted = args.values['learning-curve'] === true;
  const how = recipe(check, args.values['with-synthetic'] === true);
  const training = loadTrainingSet(how);
  const corpusFile = resolve(args.positionals[0] ?? DEFAULT_CORPUS_FILE);
  const releaseTexts = texts(corpusFile, how.synthetic || (curveWanted && existsSync(SYNTHETIC_GOLD_FILE)));
  const docs = loadDocs(training.labels, releaseTexts);
  const real = docs.filter((d) => !d.synthetic);
  const out: string[] = [...training.notes];
  let threshold = SHIPPED_THEME_MODEL_FILE.model.threshold;
  let ownThresholds = SHIPPED_THEME_MODEL_FILE.training.perThemeThresholds;

  if (write || check || !curveWanted) {
    // Folds: real releases' positions modulo FOLDS; synthetic releases train in every fold.
    const lexical = bestThreshold(docs, nestedProbabilities(docs, false).oof);
    const nested = nestedProbabilities(docs, true);
    const best = bestThreshold(docs, nested.oof);
    threshold = best.threshold;
    // Per-theme thresholds, chosen inside each outer fold on its training releases only; shipped when they help.
    const own = withThemeOffsets(docs, nested, threshold);
    const ownF1 = f1Of(docs, (d, i) => d.candidates.filter((_, j) => (own[i]?.[j] ?? 0) >= threshold));
    ownThresholds = ownF1 > best.f1;
    const rule = f1Of(docs, (d) => ruleDecision(d.candidates));
    const labelled = real.reduce((n, d) => n + d.labels.size, 0);
    const reachable = real.reduce((n, d) => n + d.candidates.filter((c) => d.labels.has(c.id)).length, 0);
    const { model, candidates, slopePenalty } = fitModel(docs, best.threshold, ownThresholds);
    const penalties = nested.folds.map((f) => f.penalty ?? 'none').join(', ');
    out.push(
      `fitted on ${describe(training, docs)}, ${candidates} candidate themes`,
      `labelled themes with a candidate (recall ceiling, real releases): ${reachable}/${labelled} (${(reachable / labelled).toFixed(3)})`,
      `${FOLDS}-fold cross-validated theme F1 on the real releases (nested): hand rule ${rule.toFixed(3)}, ` +
        `model without text ${lexical.f1.toFixed(3)}, model ${best.f1.toFixed(3)} at threshold ${best.threshold}, ` +
        `with per-theme thresholds (themes with >= ${OWN_THRESHOLD_POSITIVES} labelled candidates) ${ownF1.toFixed(3)}` +
        ` (${ownThresholds ? 'shipped' : 'not shipped: no better'})`,
      `per-theme slopes (${SLOPE_PENALTIES.map((p) => p ?? 'none').join(', ')}): penalty chosen in the outer folds ${penalties}; shipped ${slopePenalty ?? 'none'}`,
      '',
      ...perThemeLines(docs, ownThresholds ? own : nested.oof, best.threshold),
      '',
    );
    const trainingRecord: ThemeModelTraining = {
      releases: real.length,
      devHalfLabels: training.devLabels,
      trainLabels: training.trainLabels,
      syntheticReleases: docs.length - real.length,
      perThemeThresholds: ownThresholds,
      themeSlopePenalty: slopePenalty,
    };
    const about = `Fitted by npm run fit:themes -- --write${how.synthetic ? ' --with-synthetic' : ''} (tools/theme-model) on ${describe(training, docs)}.`;
    const source = formatThemeModel(model, about, trainingRecord);
    if (write) {
      writeFileSync(THEME_MODEL_FILE, source);
      out.push(`wrote ${THEME_MODEL_FILE}`);
    }
    if (check) {
      const same = readFileSync(THEME_MODEL_FILE, 'utf8') === source;
      out.push(same ? 'theme-model.json matches a refit' : 'theme-model.json differs from a refit: run npm run fit:themes -- --write');
      if (!same) process.exitCode = 1;
    }
  }
  if (curveWanted) out.push('', ...curve(real, releaseTexts, how, threshold, ownThresholds));
  process.stdout.write(`${out.join('\n')}\n`);
}

/** The learning curve, with the synthetic releases when their gold exists (said so either way). */
function curve(real: readonly Doc[], releaseTexts: ReleaseTexts, how: Recipe, threshold: number, ownThresholds: boolean): string[] {
  const notes: string[] = [];
  let synthetic: Doc[] = [];
  if (existsSync(SYNTHETIC_GOLD_FILE))
    synthetic = loadDocs(
      loadTrainingSet({ devLabels: how.devLabels, trainLabels: how.trainLabels, synthetic: true }).labels.filter((l) =>
        l.key.startsWith('synthetic:'),
      ),
      releaseTexts,
    );
  else notes.push(`${SYNTHETIC_GOLD_FILE} is absent: the curve is for real releases only`);
  const evalSet = loadEvalSet();
  const unseen = evalSet.items.filter((i) => i.part === 'heldout' || i.part === 'addition');
  const evaluation = loadDocs(
    unseen.map((i) => ({ key: i.key, themes: i.gold.themes })),
    releaseTexts,
  );
  return [...evalSet.notes, ...notes, ...learningCurve(real, synthetic, evaluation, threshold, ownThresholds)];
}

main();
