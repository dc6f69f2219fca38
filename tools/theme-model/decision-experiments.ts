/*
 * Issue 15, wave 11: extra decision features against the shipped recipe (decision-extras.ts), by the same
 * nested cross-validation as fit:themes on the real training releases (outer folds of cross-validation.ts,
 * text feature from inner folds, the slope penalty chosen inside each outer fold for the shipped features
 * and reused by every variant). Each outer fold's text fits are shared by all variants; writes nothing.
 *
 *   npx tsc -b tools && node tools/dist/theme-model/decision-experiments.js [--second-split]
 */
import { parseArgs } from 'node:util';
import {
  DEFAULT_CORPUS_FILE,
  labelledRelease,
  loadCorpus,
  loadSyntheticReleases,
  loadTrainingSet,
} from '@presswatch/enrichment-evaluation';
import {
  FEATURE_NAMES,
  fitLogistic,
  fitTextModel,
  outOfFoldText,
  textProbabilities,
  THEME_IDS,
  themeFeatures,
  type Example,
} from '@presswatch/enrichment/model-fitting';
import { cleanRelease, enrichmentInput } from '@presswatch/release-processing';
import {
  bestThreshold,
  chooseSlopePenalty,
  FOLDS,
  outerFoldsOf,
  perThemeLines,
  SLOPE_FEATURES,
  THEME_INDEX,
  useOuterSplit,
  type TextFeature,
} from './cross-validation.js';
import { chainFeature, cooccurrence, DOCUMENT_KINDS, documentKinds } from './decision-extras.js';
import { loadDocs, type Doc } from './training-docs.js';

const INNER_FOLDS = 4;
const WEAK = /per theme|migrant-protection|policy-governance|migration-health|gender/;

interface Meta {
  readonly kinds: readonly number[];
  readonly fr: number;
  readonly es: number;
}

interface Variant {
  readonly name: string;
  readonly chain?: { readonly combine: 'noisyOr' | 'max'; readonly synthetic: boolean; readonly slope: boolean };
  readonly kinds?: boolean;
  readonly language?: boolean;
}
const VARIANTS: readonly Variant[] = [
  { name: 'shipped recipe (wave 9)' },
  { name: 'chain: noisy-or, co-occurrence of the real releases', chain: { combine: 'noisyOr', synthetic: false, slope: false } },
  { name: 'chain: the same, per-theme slope', chain: { combine: 'noisyOr', synthetic: false, slope: true } },
  { name: 'chain: largest, co-occurrence of the real releases', chain: { combine: 'max', synthetic: false, slope: false } },
  { name: 'chain: noisy-or, co-occurrence with the synthetic releases', chain: { combine: 'noisyOr', synthetic: true, slope: false } },
  { name: 'language: fr, es and text x fr, text x es', language: true },
  { name: 'document kinds, per-theme slopes', kinds: true },
  { name: 'document kinds and language', kinds: true, language: true },
];

/** The variant's features after the shipped ones, and which of them get per-theme slopes. */
function extras(v: Variant, m: Meta, text: number, chain: number): number[] {
  return [...(v.chain ? [chain] : []), ...(v.language ? [m.fr, m.es, text * m.fr, text * m.es] : []), ...(v.kinds ? m.kinds : [])];
}
function slopeFeatures(v: Variant): number[] {
  const at = FEATURE_NAMES.length;
  const kindsAt = at + (v.chain ? 1 : 0) + (v.language ? 4 : 0);
  return [...SLOPE_FEATURES, ...(v.chain?.slope ? [at] : []), ...(v.kinds ? DOCUMENT_KINDS.map((_, k) => kindsAt + k) : [])];
}

function examples(
  docs: readonly Doc[],
  meta: readonly Meta[],
  text: TextFeature,
  v: Variant,
  chain: readonly (readonly number[])[],
): Example[] {
  return docs.flatMap((d, i) =>
    d.candidates.map((c, j) => {
      const t = text[i]?.get(c.id) ?? 0;
      return {
        x: [...themeFeatures(c, t), ...extras(v, meta[i]!, t, chain[i]?.[j] ?? 0)],
        theme: c.id,
        y: d.labels.has(c.id) ? (1 as const) : (0 as const),
      };
    }),
  );
}

/** The shipped recipe's out-of-fold probabilities on training releases `docs` over their inner folds (the text feature's). */
function innerFirstStage(docs: readonly Doc[], meta: readonly Meta[], text: TextFeature, penalty: number | null): number[][] {
  const base = VARIANTS[0]!;
  const none = docs.map(() => []);
  const p = docs.map((d) => d.candidates.map(() => 0));
  for (let g = 0; g < INNER_FOLDS; g++) {
    const keep = (_: unknown, i: number): boolean => i % INNER_FOLDS !== g;
    const model = fitLogistic(
      examples(docs.filter(keep), meta.filter(keep), text.filter(keep), base, none),
      THEME_INDEX,
      penalty === null ? undefined : { features: SLOPE_FEATURES, penalty },
    );
    docs.forEach((d, i) => {
      if (!keep(d, i))
        d.candidates.forEach((c, j) => ((p[i] ?? [])[j] = model.probability(themeFeatures(c, text[i]?.get(c.id) ?? 0), c.id)));
    });
  }
  return p;
}

function main(): void {
  const args = parseArgs({ options: { 'second-split': { type: 'boolean' } } });
  if (args.values['second-split'] === true) useOuterSplit(2);
  const training = loadTrainingSet({ devLabels: 'adjudicated', trainLabels: 'adjudicated', synthetic: true });
  const corpus = loadCorpus(DEFAULT_CORPUS_FILE);
  const synthetic = loadSyntheticReleases();
  if (corpus === null || synthetic === null) throw new Error('the corpus (../shared) and synthetic/releases.jsonl are needed');
  const texts = { corpus: new Map(corpus.map((c) => [c.id, c.text])), synthetic: new Map(synthetic.map((r) => [r.id, r.text])) };
  const docs = loadDocs(training.labels, texts);
  const meta: Meta[] = training.labels.map((l) => {
    const input = enrichmentInput(cleanRelease(labelledRelease(l.key, texts, 'decision-experiments')!));
    return { kinds: documentKinds(input.title, input.body), fr: input.language === 'fr' ? 1 : 0, es: input.language === 'es' ? 1 : 0 };
  });
  const outer = outerFoldsOf(docs);
  const oof = VARIANTS.map(() => docs.map((d) => d.candidates.map(() => 0)));
  for (let f = 0; f < FOLDS; f++) {
    const keep = (_: unknown, i: number): boolean => outer[i] !== f;
    const train = docs.filter(keep);
    const trainMeta = meta.filter(keep);
    const inner = outOfFoldText(train, THEME_IDS, INNER_FOLDS);
    const penalty = chooseSlopePenalty(train, inner, INNER_FOLDS);
    const text = fitTextModel(train, THEME_IDS);
    const firstTrain = innerFirstStage(train, trainMeta, inner, penalty);
    const held = docs.flatMap((d, i) => (outer[i] === f ? [i] : []));
    const heldText = new Map(held.map((i) => [i, textProbabilities(docs[i]!.candidates, text, docs[i]!.bag)]));
    const first = fitLogistic(
      examples(train, trainMeta, inner, VARIANTS[0]!, []),
      THEME_INDEX,
      penalty === null ? undefined : { features: SLOPE_FEATURES, penalty },
    );
    const heldFirst = new Map(
      held.map((i) => [i, docs[i]!.candidates.map((c, j) => first.probability(themeFeatures(c, heldText.get(i)![j]), c.id))]),
    );
    VARIANTS.forEach((v, vi) => {
      const cooc = v.chain ? cooccurrence(train.filter((d) => v.chain?.synthetic === true || !d.synthetic).map((d) => d.labels)) : null;
      const chainTrain = cooc === null ? [] : train.map((d, i) => chainFeature(d.candidates, firstTrain[i]!, cooc, v.chain!.combine));
      const model = fitLogistic(
        examples(train, trainMeta, inner, v, chainTrain),
        THEME_INDEX,
        penalty === null ? undefined : { features: slopeFeatures(v), penalty },
      );
      for (const i of held) {
        const d = docs[i]!;
        const t = heldText.get(i)!;
        const chain = cooc === null ? [] : chainFeature(d.candidates, heldFirst.get(i)!, cooc, v.chain!.combine);
        oof[vi]![i] = d.candidates.map((c, j) =>
          model.probability([...themeFeatures(c, t[j]), ...extras(v, meta[i]!, t[j] ?? 0, chain[j] ?? 0)], c.id),
        );
      }
    });
    process.stderr.write(`outer fold ${f} done (slope penalty ${penalty ?? 'none'})\n`);
  }
  const out = [`nested ${FOLDS}-fold theme F1 on the real training releases, outer split ${args.values['second-split'] === true ? 2 : 1}`];
  VARIANTS.forEach((v, vi) => {
    const best = bestThreshold(docs, oof[vi]!);
    out.push(
      '',
      `${v.name}: ${best.f1.toFixed(4)} at threshold ${best.threshold}`,
      ...perThemeLines(docs, oof[vi]!, best.threshold).filter((l) => WEAK.test(l)),
    );
  });
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
