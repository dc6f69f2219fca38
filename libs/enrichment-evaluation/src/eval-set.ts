/*
 * The evaluation set and the theme model's training set, assembled from whichever label files are
 * present. The evaluation set is the 84 original releases plus the additions, scored against the
 * adjudicated gold; without adjudicated.json it is the 84 scored against labels.json, and `notes`
 * says so. Labeller 1 is labels.json plus additions/labeller-a.json, labeller 2 second-pass.json
 * plus additions/labeller-b.json.
 */
import {
  ADDITIONS_LABELLER_FILES,
  ADJUDICATED_FILE,
  goldFromLabel,
  labelKey,
  loadGold,
  loadLabels,
  loadOptionalLabels,
  loadOptionalSecondPass,
  loadSecondPass,
  SYNTHETIC_GOLD_FILE,
  TRAIN_ADJUDICATED_FILE,
  TRAIN_FILE,
  TRAIN_SECOND_FILE,
  type Gold,
  type Label,
  type Language,
  type SecondPass,
} from './labels.js';

/** `dev`/`heldout`: the fixed halves of the 84; `addition`: the releases added for issue 15. */
export type EvalPart = 'dev' | 'heldout' | 'addition';

/** What a labeller said about one release (the second pass of the 84 has no countries or organisations). */
export interface Annotation {
  readonly primaryCountry: string | null;
  readonly themes: readonly string[];
}

export interface EvalItem {
  readonly key: string;
  readonly language: Language;
  readonly part: EvalPart;
  readonly gold: Gold;
  readonly labeller1: Annotation | null;
  readonly labeller2: Annotation | null;
}

export interface EvalSet {
  readonly items: EvalItem[];
  /** Where the gold comes from: adjudicated.json, or labels.json standing in for it. */
  readonly goldSource: 'adjudicated' | 'labels.json';
  /** What is absent and what was used instead, to print before any figure. */
  readonly notes: string[];
}

/**
 * Fixed dev / held-out split of the 84, decided before any error analysis: within each (source,
 * language) group, labels in labels.json order alternate, even positions (0, 2, ...) dev, odd
 * held-out. Rules are tuned on dev errors only; held-out figures are only ever read as totals.
 */
export function assignSplits(labels: readonly { source: string; language: string }[]): ('dev' | 'heldout')[] {
  const seen = new Map<string, number>();
  return labels.map((l) => {
    const key = `${l.source}/${l.language}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n % 2 === 0 ? 'dev' : 'heldout';
  });
}

export interface EvalSources {
  readonly labels: readonly Label[];
  readonly secondPass: readonly { key: string; primaryCountry: string | null; themes: readonly string[] }[];
  readonly gold: readonly Gold[] | null;
  readonly additionsLabellers: readonly [readonly Label[] | null, readonly Label[] | null];
}

/** The eval set from its sources (pure: the loaders are in `loadEvalSet`). */
export function buildEvalSet(sources: EvalSources): EvalSet {
  const notes: string[] = [];
  const splits = assignSplits(sources.labels);
  const original = new Map(sources.labels.map((l, i) => [labelKey(l), { label: l, part: splits[i] ?? 'dev' }]));
  const second = new Map(sources.secondPass.map((s) => [s.key, s]));
  const byKey = (list: readonly Label[] | null): Map<string, Label> | null =>
    list === null ? null : new Map(list.map((l) => [labelKey(l), l]));
  const firstOfAdditions = byKey(sources.additionsLabellers[0]);
  const secondOfAdditions = byKey(sources.additionsLabellers[1]);
  let golds: readonly Gold[];
  if (sources.gold === null) {
    notes.push(
      `${ADJUDICATED_FILE} is absent: the eval set is the ${sources.labels.length} releases of labels.json, scored against labels.json (labeller 1), without the additions`,
    );
    golds = sources.labels.map(goldFromLabel);
  } else {
    golds = sources.gold;
    const missing = [...original.keys()].filter((k) => !golds.some((g) => g.key === k));
    if (missing.length > 0)
      throw new Error(`adjudicated.json lacks ${missing.length} releases of labels.json: ${missing.slice(0, 3).join(', ')}`);
    const additions = golds.length - original.size;
    if (additions > 0 && firstOfAdditions === null) notes.push('additions/labeller-a.json is absent: no labeller 1 for the additions');
    if (additions > 0 && secondOfAdditions === null) notes.push('additions/labeller-b.json is absent: no labeller 2 for the additions');
  }
  const items = golds.map((gold): EvalItem => {
    const known = original.get(gold.key);
    if (known !== undefined) {
      const s = second.get(gold.key);
      return { key: gold.key, language: gold.language, part: known.part, gold, labeller1: known.label, labeller2: s ?? null };
    }
    return {
      key: gold.key,
      language: gold.language,
      part: 'addition',
      gold,
      labeller1: firstOfAdditions?.get(gold.key) ?? null,
      labeller2: secondOfAdditions?.get(gold.key) ?? null,
    };
  });
  return { items, goldSource: sources.gold === null ? 'labels.json' : 'adjudicated', notes };
}

export function loadEvalSet(): EvalSet {
  return buildEvalSet({
    labels: loadLabels(),
    secondPass: loadSecondPass(),
    gold: loadGold(),
    additionsLabellers: [loadOptionalLabels(ADDITIONS_LABELLER_FILES[0]), loadOptionalLabels(ADDITIONS_LABELLER_FILES[1])],
  });
}

/** Where the training set's labels come from: train.json (one labeller) or its adjudicated gold. */
export type TrainLabels = 'train.json' | 'adjudicated';

/** The training set as scored releases: the gold, labeller 1 (train.json) and labeller 2 when present. */
export interface TrainSet {
  readonly items: (Omit<EvalItem, 'part'> & { readonly part: 'train' })[];
  readonly goldSource: TrainLabels;
  readonly notes: string[];
}

/**
 * The training set from its sources (pure): scored against the adjudicated gold when given (it must
 * cover exactly train.json's releases), else against train.json, saying so.
 */
export function buildTrainSet(train: readonly Label[], second: readonly SecondPass[] | null, gold: readonly Gold[] | null): TrainSet {
  const notes: string[] = [];
  const keys = train.map(labelKey);
  for (const [name, list] of [
    ['train-second.json', second],
    ['train-adjudicated.json', gold],
  ] as const) {
    if (list === null) continue;
    const theirs = list.map((x) => x.key);
    if (theirs.length !== keys.length || theirs.some((k, i) => k !== keys[i]))
      throw new Error(`${name} does not cover train.json's releases in train.json's order: re-run npm run integrate:train-labels`);
  }
  notes.push(
    gold === null
      ? `${TRAIN_ADJUDICATED_FILE} is absent: the training set is scored against train.json (labeller 1)`
      : `the training set is scored against its adjudicated gold, ${TRAIN_ADJUDICATED_FILE}`,
  );
  if (second === null) notes.push(`${TRAIN_SECOND_FILE} is absent: no labeller 2 for the training set`);
  const items = train.map((label, i) => ({
    key: labelKey(label),
    language: label.language,
    part: 'train' as const,
    gold: gold?.[i] ?? goldFromLabel(label),
    labeller1: label,
    labeller2: second?.[i] ?? null,
  }));
  return { items, goldSource: gold === null ? 'train.json' : 'adjudicated', notes };
}

/** The training set's labels as present here (see buildTrainSet). */
export function loadTrainSet(): TrainSet {
  return buildTrainSet(loadLabels(TRAIN_FILE), loadOptionalSecondPass(TRAIN_SECOND_FILE), loadGold(TRAIN_ADJUDICATED_FILE));
}

/** One training release: its key and the themes it is labelled with. */
export interface TrainingLabel {
  readonly key: string;
  readonly language: Language;
  readonly themes: readonly string[];
}

export interface TrainingSet {
  readonly labels: TrainingLabel[];
  /** Where the dev half's themes come from (the shipped model records it, so a refit can repeat it). */
  readonly devLabels: 'adjudicated' | 'labels.json';
  /** Where train.json's releases' themes come from (recorded likewise). */
  readonly trainLabels: TrainLabels;
  readonly synthetic: boolean;
  readonly notes: string[];
}

/**
 * The theme model's training set: train.json's releases (with the adjudicated gold's themes when
 * `trainLabels` says so), the dev half of the 84 (with the gold's themes) and, with `synthetic`, the
 * synthetic releases' adjudicated gold. Never an addition or a held-out release.
 */
export function loadTrainingSet(options: {
  synthetic: boolean;
  devLabels: 'adjudicated' | 'labels.json';
  trainLabels: TrainLabels;
}): TrainingSet {
  const notes: string[] = [];
  const train = loadTrainSet();
  if (options.trainLabels === 'adjudicated' && train.goldSource !== 'adjudicated')
    throw new Error(`${TRAIN_ADJUDICATED_FILE} is absent: cannot train on the adjudicated training set`);
  let dev: TrainingLabel[];
  if (options.devLabels === 'adjudicated') {
    const gold = loadGold();
    if (gold === null) throw new Error(`${ADJUDICATED_FILE} is absent: cannot train on the adjudicated dev half`);
    const evalSet = buildEvalSet({ labels: loadLabels(), secondPass: [], gold, additionsLabellers: [null, null] });
    dev = evalSet.items.filter((i) => i.part === 'dev').map((i) => ({ key: i.key, language: i.language, themes: i.gold.themes }));
  } else {
    const labels = loadLabels();
    const splits = assignSplits(labels);
    dev = labels.filter((_, i) => splits[i] === 'dev').map((l) => ({ key: labelKey(l), language: l.language, themes: l.themes }));
  }
  const labels: TrainingLabel[] = [
    ...train.items.map((i) => ({
      key: i.key,
      language: i.language,
      themes: options.trainLabels === 'adjudicated' ? i.gold.themes : (i.labeller1?.themes ?? []),
    })),
    ...dev,
  ];
  if (options.synthetic) {
    const gold = loadGold(SYNTHETIC_GOLD_FILE);
    if (gold === null) throw new Error(`${SYNTHETIC_GOLD_FILE} is absent: cannot train with the synthetic releases`);
    labels.push(...gold.map((g) => ({ key: g.key, language: g.language, themes: g.themes })));
    notes.push(`with ${gold.length} synthetic releases (${SYNTHETIC_GOLD_FILE}), for training only`);
  }
  notes.push(`train.json's releases labelled by ${options.trainLabels === 'adjudicated' ? TRAIN_ADJUDICATED_FILE : TRAIN_FILE}`);
  return { labels, devLabels: options.devLabels, trainLabels: options.trainLabels, synthetic: options.synthetic, notes };
}
