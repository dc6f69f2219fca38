/*
 * Fits the theme decision model (libs/enrichment/src/themes/theme-model.json) on hand labels:
 * the training set (train.json) plus the dev half of the eval set. The held-out half is never
 * read here, so its figures in `npm run bench:enrichment` stay an honest estimate.
 *
 *   node tools/dist/theme-model/fit-themes.js [CORPUS_FILE] [--write] [--check]
 *
 * Model: L2-regularised logistic regression over the detector's candidate features (one example
 * per release and candidate theme; label = the theme is in the release's hand labels), with a
 * small per-theme offset, plus one feature from a bag-of-stems text classifier (model-fitting/text-model-fit.ts).
 * The text feature of a training release comes from a text model fitted without it (inner
 * folds), as it will for unseen releases. Cross-validation is nested: each outer fold refits
 * everything on the other folds. The threshold is the one maximising micro F1 of the outer
 * out-of-fold probabilities. Prints cross-validated F1 of the hand rule, of the model without the
 * text feature and of the full model, on the same folds.
 * `--write` regenerates theme-model.json; `--check` exits 1 when theme-model.json differs from a refit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  assignSplits,
  compareSets,
  DEFAULT_CORPUS_FILE,
  emptyCounts,
  labelKey,
  labelledRelease,
  loadCorpus,
  loadLabels,
  prf,
  REPO_ROOT,
  TRAIN_FILE,
  type Counts,
  type Label,
} from '@presswatch/enrichment-evaluation';
import {
  FEATURE_NAMES,
  fitLogistic,
  fitTextModel,
  formatThemeModel,
  outOfFoldText,
  ruleDecision,
  THEME_IDS,
  themeFeatures,
  themeInputsFor,
  textProbabilities,
  type Example,
  type ThemeCandidate,
  type ThemeId,
  type ThemeModel,
  type WordBag,
} from '@presswatch/enrichment/model-fitting';
import { cleanRelease, enrichmentInput } from '@presswatch/release-processing';

export const THEME_MODEL_FILE = join(REPO_ROOT, 'libs', 'enrichment', 'src', 'themes', 'theme-model.json');
const FOLDS = 5;
const INNER_FOLDS = 4;

interface Doc {
  key: string;
  labels: ReadonlySet<string>;
  candidates: ThemeCandidate[];
  bag: WordBag;
}

/** Per release, the text classifier's probability per theme (empty maps: no text feature). */
type TextFeature = readonly ReadonlyMap<ThemeId, number>[];

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
    return { key: labelKey(l), labels: new Set(l.themes), ...themeInputsFor(enrichmentInput(cleanRelease(raw))) };
  });
}

function examples(docs: readonly Doc[], text: TextFeature): Example[] {
  return docs.flatMap((d, i) =>
    d.candidates.map((c) => ({ x: themeFeatures(c, text[i]?.get(c.id) ?? 0), theme: c.id, y: d.labels.has(c.id) ? 1 : 0 })),
  );
}

/**
 * Outer out-of-fold probabilities per (release, candidate). With `withText`, each outer fold fits
 * the text classifier on its training releases (their own text feature from inner folds) and
 * applies it to the held-out fold.
 */
function nestedProbabilities(docs: readonly Doc[], withText: boolean): number[][] {
  const themeIndex = new Map(THEME_IDS.map((t, i) => [t, i]));
  const oof: number[][] = docs.map((d) => d.candidates.map(() => 0));
  for (let f = 0; f < FOLDS; f++) {
    const train = docs.filter((_, i) => i % FOLDS !== f);
    const inner: TextFeature = withText ? outOfFoldText(train, THEME_IDS, INNER_FOLDS) : train.map(() => new Map());
    const model = fitLogistic(examples(train, inner), themeIndex);
    const text = withText ? fitTextModel(train, THEME_IDS) : null;
    docs.forEach((d, i) => {
      if (i % FOLDS !== f) return;
      // The enricher's own path from word bag to text feature.
      const t = textProbabilities(d.candidates, text, d.bag);
      d.candidates.forEach((c, j) => ((oof[i] ?? [])[j] = model.probability(themeFeatures(c, t[j]), c.id)));
    });
  }
  return oof;
}

/** Per theme, the model's cross-validated tallies at `threshold`, most labelled themes first. */
function perThemeTable(docs: readonly Doc[], p: readonly (readonly number[])[], threshold: number): string[] {
  const errors = new Map<string, Counts>();
  docs.forEach((d, i) => compareSets(emptyCounts(), d.candidates.filter((_, j) => (p[i]?.[j] ?? 0) >= threshold).map((c) => c.id), d.labels, errors));
  const rows = [...errors].sort((a, b) => b[1].tp + b[1].fn - (a[1].tp + a[1].fn));
  return [
    'per theme (cross-validated):  labelled  tagged  P      R      F1',
    ...rows.map(([id, c]) => {
      const { precision, recall, f1 } = prf(c);
      const cells = [c.tp + c.fn, c.tp + c.fp].map((n) => String(n).padStart(8)).join('');
      return `  ${id.padEnd(27)}${cells}  ${[precision, recall, f1].map((x) => x.toFixed(3)).join('  ')}`;
    }),
  ];
}

/** The threshold maximising micro F1 of the given probabilities. */
function bestThreshold(docs: readonly Doc[], p: readonly (readonly number[])[]): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.2; t <= 0.8001; t += 0.025) {
    const f1 = f1Of(docs, (d, i) => d.candidates.filter((_, j) => (p[i]?.[j] ?? 0) >= t));
    if (f1 > best.f1 + 1e-9) best = { threshold: Math.round(t * 1000) / 1000, f1 };
  }
  return best;
}

/** Micro F1 over documents for a decision per (document, candidate). */
function f1Of(docs: readonly Doc[], tagged: (d: Doc, i: number) => ThemeCandidate[]): number {
  const counts = emptyCounts();
  docs.forEach((d, i) => compareSets(counts, tagged(d, i).map((c) => c.id), d.labels));
  return prf(counts).f1;
}

function main(): void {
  const args = parseArgs({ allowPositionals: true, options: { write: { type: 'boolean' }, check: { type: 'boolean' } } });
  const docs = loadDocs(resolve(args.positionals[0] ?? DEFAULT_CORPUS_FILE));
  const themeIndex = new Map(THEME_IDS.map((t, i) => [t, i]));

  // Folds: document position modulo FOLDS.
  const lexical = bestThreshold(docs, nestedProbabilities(docs, false));
  const nested = nestedProbabilities(docs, true);
  const best = bestThreshold(docs, nested);
  const rule = f1Of(docs, (d) => ruleDecision(d.candidates));
  const labelled = docs.reduce((n, d) => n + d.labels.size, 0);
  const reachable = docs.reduce((n, d) => n + d.candidates.filter((c) => d.labels.has(c.id)).length, 0);

  // The shipped model: the decision model sees out-of-fold text probabilities, as on new releases.
  const all = examples(docs, outOfFoldText(docs, THEME_IDS, FOLDS));
  const fitted = fitLogistic(all, themeIndex);
  const model: ThemeModel = { features: FEATURE_NAMES, weights: fitted.weights, themeBias: fitted.themeBias, threshold: best.threshold, text: fitTextModel(docs, THEME_IDS) };
  const about = `Fitted by npm run fit:themes -- --write (tools/theme-model) on ${docs.length} labelled releases: train.json and the dev half of labels.json.`;
  const source = formatThemeModel(model, about);
  process.stdout.write(
    [
      `fitted on ${docs.length} releases (train.json + dev half of labels.json), ${all.length} candidate themes`,
      `labelled themes with a candidate (recall ceiling): ${reachable}/${labelled} (${(reachable / labelled).toFixed(3)})`,
      `${FOLDS}-fold cross-validated theme F1 (nested): hand rule ${rule.toFixed(3)}, ` +
        `model without text ${lexical.f1.toFixed(3)}, model ${best.f1.toFixed(3)} at threshold ${best.threshold}`,
      '',
      ...perThemeTable(docs, nested, best.threshold),
      '',
    ].join('\n'),
  );
  if (args.values.write === true) {
    writeFileSync(THEME_MODEL_FILE, source);
    process.stdout.write(`wrote ${THEME_MODEL_FILE}\n`);
  }
  if (args.values.check === true) {
    const same = readFileSync(THEME_MODEL_FILE, 'utf8') === source;
    process.stdout.write(same ? 'theme-model.json matches a refit\n' : 'theme-model.json differs from a refit: run npm run fit:themes -- --write\n');
    if (!same) process.exitCode = 1;
  }
}

main();
