/*
 * The enrichment labels (tests/eval/enrichment): their files, their schemas and their loaders.
 * Optional files (the adjudicated gold, the additions' and the synthetic releases' labellings)
 * load as null when absent, so callers can say so and fall back; present files must parse.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** Repository root, from libs/enrichment-evaluation/src or libs/enrichment-evaluation/dist. */
export const REPO_ROOT = join(import.meta.dirname, '../../..');
export const EVAL_DIR = join(REPO_ROOT, 'tests', 'eval', 'enrichment');
/** The first labeller's labels of the 84 original evaluation releases. */
export const LABELS_FILE = join(EVAL_DIR, 'labels.json');
/** Training labels: further corpus reports by the same rule, for rule work and model fitting (never scored as the eval set). */
export const TRAIN_FILE = join(EVAL_DIR, 'train.json');
/**
 * The training set's second blind labelling (primary country and themes) and its adjudicated gold
 * (primary and themes decided, countries and organisations kept from train.json); both written by
 * `npm run integrate:train-labels` (train-adjudication.ts). When the gold is present it is the
 * training set's labels.
 */
export const TRAIN_SECOND_FILE = join(EVAL_DIR, 'train-second.json');
export const TRAIN_ADJUDICATED_FILE = join(EVAL_DIR, 'train-adjudicated.json');
export const NOTES_DIR = join(EVAL_DIR, 'notes');
/** An independent second labeller's primary country and themes for the 84 (inter-annotator agreement). */
export const SECOND_PASS_FILE = join(EVAL_DIR, 'second-pass.json');
/** The adjudicated gold of the whole eval set: the 84 and the additions. */
export const ADJUDICATED_FILE = join(EVAL_DIR, 'adjudicated.json');
/** The additions' two blind labellings (labeller 1 and labeller 2 of the additions). */
export const ADDITIONS_LABELLER_FILES = [
  join(EVAL_DIR, 'additions', 'labeller-a.json'),
  join(EVAL_DIR, 'additions', 'labeller-b.json'),
] as const;
export const SYNTHETIC_DIR = join(EVAL_DIR, 'synthetic');
export const SYNTHETIC_RELEASES_FILE = join(SYNTHETIC_DIR, 'releases.jsonl');
export const SYNTHETIC_GOLD_FILE = join(SYNTHETIC_DIR, 'gold.json');
export const SYNTHETIC_LABELLER_FILES = [join(SYNTHETIC_DIR, 'labeller-a.json'), join(SYNTHETIC_DIR, 'labeller-b.json')] as const;
export const SHARED_DIR = join(REPO_ROOT, '..', 'shared');
export const DEFAULT_CORPUS_FILE = join(SHARED_DIR, 'corpus', 'reliefweb-2017-12-sample.jsonl');
/** Real IOM releases as a fetcher saved them; read from ../shared, never copied into the repository. */
export const IOM_SAMPLES_DIR = join(SHARED_DIR, 'samples', 'iom-fr');
export const SAMPLES_DIR = join(REPO_ROOT, 'samples', 'releases');

export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code');
export const LanguageSchema = z.enum(['fr', 'en', 'es']);
export type Language = z.infer<typeof LanguageSchema>;
export const CORPUS_ID = /^reliefweb-\d+$/;
const SAMPLE_FILE = /^[\w.-]+\.(txt|html?)$/;
const IOM_FILE = /^[\w.-]+\.txt$/;
const SYNTHETIC_ID = /^syn-[A-Za-z0-9_-]+-\d+$/;
/** `corpus:reliefweb-123`, `samples:<file>`, `iom:<file>` or `synthetic:syn-<author>-<nnn>`. */
const KEY = /^(corpus:reliefweb-\d+|samples:[\w.-]+\.(txt|html?)|iom:[\w.-]+\.txt|synthetic:syn-[A-Za-z0-9_-]+-\d+)$/;

const annotation = {
  language: LanguageSchema,
  primaryCountry: countryCode.nullable(),
  countries: z.array(countryCode),
  themes: z.array(z.string().min(1)),
  organizations: z.array(z.string().min(1)),
};

/** One labeller's labels of one release (labels.json, train.json, the labeller-a/b files). */
export const LabelSchema = z.discriminatedUnion('source', [
  z.strictObject({ source: z.literal('corpus'), id: z.string().regex(CORPUS_ID), ...annotation }),
  z.strictObject({ source: z.literal('samples'), file: z.string().regex(SAMPLE_FILE), ...annotation }),
  z.strictObject({ source: z.literal('iom'), file: z.string().regex(IOM_FILE), ...annotation }),
  z.strictObject({ source: z.literal('synthetic'), id: z.string().regex(SYNTHETIC_ID), ...annotation }),
]);
export type Label = z.infer<typeof LabelSchema>;

export function labelKey(l: Label): string {
  switch (l.source) {
    case 'corpus':
    case 'synthetic':
      return `${l.source}:${l.id}`;
    case 'samples':
    case 'iom':
      return `${l.source}:${l.file}`;
  }
}

/** The source kind of a key (`corpus`, `samples`, `iom`, `synthetic`). */
export function keySource(key: string): Label['source'] {
  const source = key.slice(0, key.indexOf(':'));
  if (source === 'corpus' || source === 'samples' || source === 'iom' || source === 'synthetic') return source;
  throw new Error(`not a label key: ${key}`);
}

/** A second labeller (of the 84, or of the training set): primary country and themes only. */
export const SecondPassSchema = z.strictObject({
  key: z.string().regex(KEY),
  language: LanguageSchema.optional(),
  primaryCountry: countryCode.nullable(),
  themes: z.array(z.string().min(1)),
});
export type SecondPass = z.infer<typeof SecondPassSchema>;

/** One-line reasons per item (theme id, country code, organisation id) the adjudicator decided. */
const itemReasons = z.record(z.string().min(1), z.string().min(1)).optional();
/** The adjudicator's reasons: for the primary country, and per theme, country or organisation decided. */
export const ReasonsSchema = z.strictObject({
  primaryCountry: z.string().min(1).optional(),
  themes: itemReasons,
  countries: itemReasons,
  organizations: itemReasons,
});

/**
 * An adjudicated gold entry: the labels, and the adjudicator's one-line reasons where the labellers
 * disagreed. The delivered files leave `reasons` out where the labellers agreed on everything.
 */
export const GoldSchema = z.strictObject({
  key: z.string().regex(KEY),
  ...annotation,
  reasons: ReasonsSchema.default({}),
});
export type Gold = z.infer<typeof GoldSchema>;

/** A synthetic training release, as the fetcher would deliver it (plain text or HTML). */
export const SyntheticReleaseSchema = z.strictObject({
  id: z.string().regex(SYNTHETIC_ID),
  language: LanguageSchema,
  author: z.string().min(1),
  text: z.string().min(1),
});
export type SyntheticRelease = z.infer<typeof SyntheticReleaseSchema>;

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Parses with the file name in the error, so a bad entry is easy to find. */
function parseFile<T>(schema: z.ZodType<T>, file: string, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${file}: ${z.prettifyError(result.error)}`);
  return result.data;
}

export function loadLabels(file = LABELS_FILE): Label[] {
  return parseFile(z.array(LabelSchema), file, readJson(file));
}

export function loadSecondPass(file = SECOND_PASS_FILE): SecondPass[] {
  return parseFile(z.array(SecondPassSchema), file, readJson(file));
}

/** A second labelling, or null when the (optional) file is absent. */
export function loadOptionalSecondPass(file: string): SecondPass[] | null {
  return existsSync(file) ? loadSecondPass(file) : null;
}

/** Labels, or null when the (optional) file is absent. */
export function loadOptionalLabels(file: string): Label[] | null {
  return existsSync(file) ? loadLabels(file) : null;
}

/** One JSON object a line (blank lines skipped), each parsed with its line number in the error. */
function parseLines<T>(schema: z.ZodType<T>, file: string, text: string): T[] {
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), i }))
    .filter(({ line }) => line !== '')
    .map(({ line, i }) => parseFile(schema, `${file}:${i + 1}`, JSON.parse(line)));
}

/**
 * The adjudicated gold, or null when the file is absent. Accepts a JSON array (as delivered: one
 * object a line inside `[...]`) or bare objects one a line.
 */
export function loadGold(file = ADJUDICATED_FILE): Gold[] | null {
  if (!existsSync(file)) return null;
  const text = readFileSync(file, 'utf8');
  return text.trimStart().startsWith('[') ? parseFile(z.array(GoldSchema), file, JSON.parse(text)) : parseLines(GoldSchema, file, text);
}

/** The synthetic training releases (one JSON object a line), or null when the file is absent. */
export function loadSyntheticReleases(file = SYNTHETIC_RELEASES_FILE): SyntheticRelease[] | null {
  return existsSync(file) ? parseLines(SyntheticReleaseSchema, file, readFileSync(file, 'utf8')) : null;
}

/** A label read as gold: the first labeller's labels stand in when no adjudicated gold exists. */
export function goldFromLabel(l: Label): Gold {
  const { language, primaryCountry, countries, themes, organizations } = l;
  return { key: labelKey(l), language, primaryCountry, countries, themes, organizations, reasons: {} };
}
