/*
 * The enrichment evaluation set: hand labels (labels.json, beside this file) for ReliefWeb corpus
 * reports and the project's sample releases, plus the rule that chose the corpus reports.
 * The corpus texts are NOT in the repository; they are read from ../shared when present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_VERSION, type RawRelease } from '@presswatch/contracts';
import { z } from 'zod';

/** Repository root, from libs/enrichment-evaluation/src or libs/enrichment-evaluation/dist. */
export const REPO_ROOT = join(import.meta.dirname, '../../..');
/** labels.json stays in the source tree (tsc does not copy it to dist). */
export const LABELS_FILE = join(REPO_ROOT, 'tests', 'eval', 'enrichment', 'labels.json');
/** Training labels: further corpus reports by the same rule, for rule work and calibration (never scored as the eval set). */
export const TRAIN_FILE = join(REPO_ROOT, 'tests', 'eval', 'enrichment', 'train.json');
/** An independent second labeller's primary country and themes for the eval set (inter-annotator agreement). */
export const SECOND_PASS_FILE = join(REPO_ROOT, 'tests', 'eval', 'enrichment', 'second-pass.json');
export const DEFAULT_CORPUS_FILE = join(REPO_ROOT, '..', 'shared', 'corpus', 'reliefweb-2017-12-sample.jsonl');
export const SAMPLES_DIR = join(REPO_ROOT, 'samples', 'releases');

const code = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code');
const language = z.enum(['fr', 'en', 'es']);
const common = {
  language,
  primaryCountry: code.nullable(),
  countries: z.array(code),
  themes: z.array(z.string().min(1)),
  organizations: z.array(z.string().min(1)),
};
export const LabelSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('corpus'), id: z.string().regex(/^reliefweb-\d+$/), ...common }).strict(),
  z.object({ source: z.literal('samples'), file: z.string().regex(/^[\w.-]+\.(txt|html?)$/), ...common }).strict(),
]);
export type Label = z.infer<typeof LabelSchema>;

export function loadLabels(file = LABELS_FILE): Label[] {
  return z.array(LabelSchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}

export const SecondPassSchema = z
  .object({ key: z.string().regex(/^(corpus:reliefweb-\d+|samples:[\w.-]+)$/), primaryCountry: code.nullable(), themes: z.array(z.string().min(1)) })
  .strict();
export type SecondPass = z.infer<typeof SecondPassSchema>;

export function loadSecondPass(file = SECOND_PASS_FILE): SecondPass[] {
  return z.array(SecondPassSchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}

export function labelKey(l: Label): string {
  return l.source === 'corpus' ? `corpus:${l.id}` : `samples:${l.file}`;
}

export interface CorpusItem {
  id: string;
  language: string;
  text: string;
}

const CorpusLine = z.object({ id: z.string(), language: z.string(), text: z.string() });

/** The corpus as a list, or null when the file is absent (it lives outside the repository). */
export function loadCorpus(file = DEFAULT_CORPUS_FILE): CorpusItem[] | null {
  if (!existsSync(file)) return null;
  const out: CorpusItem[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() !== '') out.push(CorpusLine.parse(JSON.parse(line)));
  }
  return out;
}

/**
 * The selection rule, fixed before looking at any enricher output: corpus reports in id order,
 * per language the first `perLanguage` whose text touches migration, trafficking, displacement
 * or refugees (topic regex below) and is at most 6,000 characters long (to keep hand labelling
 * of whole texts feasible).
 */
export const TOPIC = /migra|traffick|traite|trata\b|déplac|displace|desplaz|refugee|réfugi|refugiad/i;
export const MAX_SELECTED_CHARS = 6000;
/** The training set also holds every longer report on the topic, up to this length. */
export const MAX_LONGER_CHARS = 12000;

export const EVAL_PER_LANGUAGE = 20;
/** The training set is every further report of the same order: positions 21 to the end (139 fr, 125 en, 59 es). */
export const TRAIN_PER_LANGUAGE = Infinity;

/**
 * Per language, the reports at positions [skip, skip + perLanguage) of the rule's order; with
 * `longer`, the topic's reports of MAX_SELECTED_CHARS to MAX_LONGER_CHARS instead.
 */
export function selectCorpus(items: readonly CorpusItem[], perLanguage = EVAL_PER_LANGUAGE, skip = 0, longer = false): CorpusItem[] {
  const numeric = (id: string): number => Number(id.replace(/^\D+/, ''));
  const sorted = [...items].sort((a, b) => numeric(a.id) - numeric(b.id));
  // Length in code points, as the rule was first computed.
  const sized = (n: number): boolean => (longer ? n > MAX_SELECTED_CHARS && n <= MAX_LONGER_CHARS : n <= MAX_SELECTED_CHARS);
  const out: CorpusItem[] = [];
  for (const lang of ['fr', 'en', 'es']) {
    out.push(...sorted.filter((r) => r.language === lang && TOPIC.test(r.text) && sized([...r.text].length)).slice(skip, skip + perLanguage));
  }
  return out;
}

/** The training set's reports: the rule's positions after the evaluation set's, plus the longer ones. */
export function selectTraining(items: readonly CorpusItem[]): CorpusItem[] {
  return [...selectCorpus(items, TRAIN_PER_LANGUAGE, EVAL_PER_LANGUAGE), ...selectCorpus(items, TRAIN_PER_LANGUAGE, 0, true)];
}

/** A text as the fetcher would publish it, for the offline benches. */
export function rawRelease(id: string, body: string, contentType: string, source: string): RawRelease {
  return { schemaVersion: SCHEMA_VERSION, id, source, url: null, fetchedAt: '2017-12-31T00:00:00.000Z', contentType, body, contentHash: '0'.repeat(64) };
}

/** A labelled release's raw form: corpus text by id, or the sample file; null when the corpus text is absent. */
export function labelledRelease(label: Label, corpusTexts: ReadonlyMap<string, string>, source: string): RawRelease | null {
  if (label.source === 'samples') {
    const body = readFileSync(join(SAMPLES_DIR, label.file), 'utf8');
    return rawRelease(label.file, body, /\.html?$/.test(label.file) ? 'text/html' : 'text/plain', source);
  }
  const text = corpusTexts.get(label.id);
  return text === undefined ? null : rawRelease(label.id, text, 'text/plain', source);
}
