/*
 * The ReliefWeb corpus (../shared, not in the repository) and the fixed rules that chose which of its
 * reports were labelled: the evaluation set, the training set and the evaluation set's additions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { DEFAULT_CORPUS_FILE, IOM_SAMPLES_DIR } from './labels.js';

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

function numericId(id: string): number {
  return Number(id.replace(/^\D+/, ''));
}

/**
 * Per language, the reports at positions [skip, skip + perLanguage) of the rule's order; with
 * `longer`, the topic's reports of MAX_SELECTED_CHARS to MAX_LONGER_CHARS instead.
 */
export function selectCorpus(items: readonly CorpusItem[], perLanguage = EVAL_PER_LANGUAGE, skip = 0, longer = false): CorpusItem[] {
  const sorted = [...items].sort((a, b) => numericId(a.id) - numericId(b.id));
  // Length in code points, as the rule was first computed.
  const sized = (n: number): boolean => (longer ? n > MAX_SELECTED_CHARS && n <= MAX_LONGER_CHARS : n <= MAX_SELECTED_CHARS);
  const out: CorpusItem[] = [];
  for (const lang of ['fr', 'en', 'es']) {
    out.push(
      ...sorted.filter((r) => r.language === lang && TOPIC.test(r.text) && sized([...r.text].length)).slice(skip, skip + perLanguage),
    );
  }
  return out;
}

/** The training set's reports: the rule's positions after the evaluation set's, plus the longer ones. */
export function selectTraining(items: readonly CorpusItem[]): CorpusItem[] {
  return [...selectCorpus(items, TRAIN_PER_LANGUAGE, EVAL_PER_LANGUAGE), ...selectCorpus(items, TRAIN_PER_LANGUAGE, 0, true)];
}

/**
 * The additions' rule (issue 15), fixed before labelling: the product's own themes (trafficking,
 * smuggling, forced and child labour, sexual exploitation, labour migration, return and
 * reintegration, victims) in French, English and Spanish.
 */
export const ADDITIONS_TOPIC = new RegExp(
  [
    'traffick',
    'traite des (personnes|êtres)',
    'trata de (personas|seres)',
    'smuggl',
    String.raw`passeurs?\b`,
    'trafic illicite de migrants',
    'tráfico (ilícito )?de migrantes',
    'forced labou?r',
    'travail forcé',
    'trabajo forzoso',
    'child labou?r',
    'travail des enfants',
    'trabajo infantil',
    'sexual exploitation',
    'exploitation sexuelle',
    'explotación sexual',
    'labou?r migra',
    'migration de (la )?main',
    'migrant workers',
    'travailleurs migrants',
    'trabajadores migrantes',
    'migración laboral',
    'voluntary return',
    'retour volontaire',
    'retorno voluntario',
    'reintegrat',
    'réintégration',
    'reintegración',
    'victims? of',
    'victimes? de',
    'víctimas? de',
  ].join('|'),
  'gi',
);
/** A report joins the additions with at least this many matches of ADDITIONS_TOPIC (all matches counted). */
export const ADDITIONS_MIN_MATCHES = 2;

export function additionsTopicMatches(text: string): number {
  return [...text.matchAll(ADDITIONS_TOPIC)].length;
}

/**
 * The corpus reports added to the evaluation set: in neither the evaluation labels nor the
 * training labels (`labelled`: their ids), with at least ADDITIONS_MIN_MATCHES topic matches;
 * in corpus order by id.
 */
export function selectAdditions(items: readonly CorpusItem[], labelled: ReadonlySet<string>): CorpusItem[] {
  return [...items]
    .filter((r) => !labelled.has(r.id) && additionsTopicMatches(r.text) >= ADDITIONS_MIN_MATCHES)
    .sort((a, b) => numericId(a.id) - numericId(b.id));
}

/** The real IOM releases of ../shared/samples/iom-fr (file names), or null when the folder is absent. */
export function iomSampleFiles(dir = IOM_SAMPLES_DIR): string[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}
