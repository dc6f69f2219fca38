/*
 * Cross-validates a learned ranker over the candidate primary countries (issue 15, wave 10) against
 * today's rules, on the training set's adjudicated gold only (train-adjudicated.json; never the
 * evaluation set):
 *
 *   node tools/dist/country-ranker/fit-ranker.js [CORPUS_FILE] [--second-split] [--without-rules] [--details]
 *
 * The ranker is a conditional logit (model-fitting/country-ranker-fit.ts) over the features of
 * countries/ranker-features.ts, today's choice among them. Folds: real releases by position modulo 5
 * (`--second-split`: (7 i + 3) mod 11 mod 5); the L2 penalty is chosen inside each outer fold by
 * 4-fold cross-validated accuracy on its training releases. Printed: single-country accuracy and
 * "no primary" of the rules alone; of the ranker with the rules' "no primary"; and of the ranker
 * with "no primary" learned as a threshold on its top probability (chosen inside the folds likewise).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CORPUS_FILE, labelledRelease, loadCorpus, loadTrainSet } from '@presswatch/enrichment-evaluation';
import {
  candidateProbabilities,
  countryInputsFor,
  fitRanker,
  RANKER_FEATURES,
  rankerCandidates,
  type RankerGroup,
} from '@presswatch/enrichment/model-fitting';
import { cleanRelease, enrichmentInput } from '@presswatch/release-processing';

const FOLDS = 5;
const INNER_FOLDS = 4;
const PENALTIES = [10, 3, 1, 0.3, 0.1, 0.03];
/** Today's rules as features; `--without-rules` zeroes them (the roles and positions alone). */
const RULE_FEATURES: ReadonlySet<string> = new Set(['rulePick', 'titleSubject', 'titlePlace']);
const THRESHOLDS = [0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

interface Release {
  readonly key: string;
  readonly gold: string | null;
  readonly codes: readonly string[];
  readonly xs: readonly (readonly number[])[];
  readonly rule: string | null;
  readonly regional: boolean;
}

function load(corpusFile: string, withoutRules: boolean): Release[] {
  const corpus = loadCorpus(corpusFile);
  if (corpus === null) throw new Error(`the corpus is needed: ${corpusFile} not found`);
  const texts = { corpus: new Map(corpus.map((c) => [c.id, c.text])), synthetic: null };
  const train = loadTrainSet();
  if (train.goldSource !== 'adjudicated')
    throw new Error('train-adjudicated.json is absent: the ranker is chosen on the adjudicated training gold');
  return train.items.map((item) => {
    const raw = labelledRelease(item.key, texts, 'fit:country-ranker');
    if (raw === null) throw new Error(`${item.key}: text not found`);
    const { title, body, found, regional } = countryInputsFor(enrichmentInput(cleanRelease(raw)));
    const candidates = rankerCandidates(title, body, found);
    return {
      key: item.key,
      gold: item.gold.primaryCountry,
      codes: candidates.map((c) => c.code),
      xs: candidates.map((c) => (withoutRules ? c.x.map((v, i) => (RULE_FEATURES.has(RANKER_FEATURES[i] ?? '') ? 0 : v)) : c.x)),
      rule: regional ? null : found.primary,
      regional,
    };
  });
}

function groupsOf(releases: readonly Release[]): RankerGroup[] {
  return releases.flatMap((r) => {
    const gold = r.gold === null ? -1 : r.codes.indexOf(r.gold);
    return gold < 0 ? [] : [{ xs: r.xs, gold }];
  });
}

/** The ranker's pick and its probability. */
function pick(w: readonly number[], r: Release): { code: string | null; p: number } {
  if (r.xs.length === 0) return { code: null, p: 0 };
  const p = candidateProbabilities(w, r.xs);
  let best = 0;
  p.forEach((v, i) => (v > (p[best] ?? 0) ? (best = i) : undefined));
  return { code: r.codes[best] ?? null, p: p[best] ?? 0 };
}

interface Tally {
  single: number;
  singleRight: number;
  none: number;
  noneRight: number;
}

function tally(releases: readonly Release[], predicted: readonly (string | null)[]): Tally {
  const t = { single: 0, singleRight: 0, none: 0, noneRight: 0 };
  releases.forEach((r, i) => {
    const p = predicted[i] ?? null;
    if (r.gold === null) {
      t.none++;
      if (p === null) t.noneRight++;
    } else {
      t.single++;
      if (p === r.gold) t.singleRight++;
    }
  });
  return t;
}

const right = (t: Tally): number => t.singleRight + t.noneRight;

function foldOf(i: number, split: 1 | 2, folds: number): number {
  return split === 1 ? i % folds : ((7 * i + 3) % 11) % folds;
}

/** Out-of-fold predictions of `train` by the ranker at `penalty` (rules' "no primary" when `threshold` is null). */
function innerScore(train: readonly Release[], penalty: number, threshold: number | null): number {
  const predicted: (string | null)[] = train.map(() => null);
  for (let f = 0; f < INNER_FOLDS; f++) {
    const w = fitRanker(groupsOf(train.filter((_, i) => i % INNER_FOLDS !== f)), RANKER_FEATURES.length, penalty);
    train.forEach((r, i) => {
      if (i % INNER_FOLDS !== f) return;
      const { code, p } = pick(w, r);
      predicted[i] = threshold === null ? (r.regional ? null : code) : p < threshold ? null : code;
    });
  }
  return right(tally(train, predicted));
}

function main(): void {
  const args = parseArgs({
    allowPositionals: true,
    options: { 'second-split': { type: 'boolean' }, details: { type: 'boolean' }, 'without-rules': { type: 'boolean' } },
  });
  const split = args.values['second-split'] === true ? 2 : 1;
  const releases = load(resolve(args.positionals[0] ?? DEFAULT_CORPUS_FILE), args.values['without-rules'] === true);
  const rules = releases.map((r) => r.rule);
  const ranked: (string | null)[] = releases.map(() => null);
  const thresholded: (string | null)[] = releases.map(() => null);
  const chosen: string[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const train = releases.filter((_, i) => foldOf(i, split, FOLDS) !== f);
    // Ties keep the stronger penalty (listed first).
    let penalty = PENALTIES[0] ?? 1;
    let best = -1;
    for (const p of PENALTIES) {
      const s = innerScore(train, p, null);
      if (s > best) [best, penalty] = [s, p];
    }
    let threshold = 0;
    let bestT = -1;
    for (const t of THRESHOLDS) {
      const s = innerScore(train, penalty, t);
      if (s > bestT) [bestT, threshold] = [s, t];
    }
    chosen.push(`${penalty}/${threshold}`);
    const w = fitRanker(groupsOf(train), RANKER_FEATURES.length, penalty);
    releases.forEach((r, i) => {
      if (foldOf(i, split, FOLDS) !== f) return;
      const { code, p } = pick(w, r);
      ranked[i] = r.regional ? null : code;
      thresholded[i] = p < threshold ? null : code;
    });
  }
  const line = (name: string, t: Tally): string =>
    `${name}: single-country ${(t.singleRight / t.single).toFixed(3)} (${t.singleRight}/${t.single}), "no primary" ${t.noneRight}/${t.none}`;
  const reachable = releases.filter((r) => r.gold !== null && r.codes.includes(r.gold)).length;
  const out = [
    `training set (adjudicated gold), ${releases.length} releases; gold primary among the candidates: ${reachable}`,
    `${FOLDS}-fold cross-validation, split ${split}; per outer fold the penalty/threshold chosen inside: ${chosen.join(', ')}`,
    line('rules alone', tally(releases, rules)),
    line('ranker, the rules\' "no primary"', tally(releases, ranked)),
    line('ranker, "no primary" below a threshold on its top probability', tally(releases, thresholded)),
  ];
  const w = fitRanker(groupsOf(releases), RANKER_FEATURES.length, 1);
  out.push('', 'weights fitted on all releases at penalty 1:', ...RANKER_FEATURES.map((n, i) => `  ${n} ${(w[i] ?? 0).toFixed(3)}`));
  if (args.values.details === true) {
    out.push('', 'releases where the ranker (rules\' "no primary") and the rules differ: key gold rules ranker');
    releases.forEach((r, i) => {
      if (ranked[i] !== rules[i]) out.push(`  ${r.key} ${r.gold ?? 'none'} ${rules[i] ?? 'none'} ${ranked[i] ?? 'none'}`);
    });
    out.push('', 'rules misses: key gold rules candidates');
    releases.forEach((r, i) => {
      if (rules[i] !== r.gold) out.push(`  ${r.key} ${r.gold ?? 'none'} ${rules[i] ?? 'none'} ${r.codes.join(',')}`);
    });
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
