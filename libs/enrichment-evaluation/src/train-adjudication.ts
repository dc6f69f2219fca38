/*
 * The training set's second labelling and adjudication, as the labellers deliver them, into the
 * project's label files. They arrive in parts p1..pN (train.json's order, position i in part
 * i % N + 1): `pN/labeller-2.json` and `pN/notes-2.md` (the blind second labeller), then
 * `pN/gold.json` and `pN/adjudication.md` (the adjudicator's primary and themes, with reasons where
 * the two labellers disagreed). Everything is checked before anything is written: a missing part,
 * a release out of place, an unknown theme or country refuses the whole input.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  CORPUS_ID,
  countryCode,
  EVAL_DIR,
  LanguageSchema,
  labelKey,
  ReasonsSchema,
  type Gold,
  type Label,
  type SecondPass,
} from './labels.js';

/** The labellers split train.json into this many parts. */
export const TRAIN_PARTS = 4;

/** One line of `pN/labeller-2.json`. */
export const DeliveredSecondSchema = z.strictObject({
  id: z.string().regex(CORPUS_ID),
  language: LanguageSchema,
  primaryCountry: countryCode.nullable(),
  themes: z.array(z.string().min(1)),
});
export type DeliveredSecond = z.infer<typeof DeliveredSecondSchema>;

/** One line of `pN/gold.json`: primary and themes only (countries and organisations stay train.json's). */
export const DeliveredGoldSchema = z.strictObject({
  key: z.string().regex(/^corpus:reliefweb-\d+$/),
  language: LanguageSchema,
  primaryCountry: countryCode.nullable(),
  themes: z.array(z.string().min(1)),
  reasons: ReasonsSchema.optional(),
});
export type DeliveredGold = z.infer<typeof DeliveredGoldSchema>;

export interface DeliveredPart {
  readonly second: readonly DeliveredSecond[];
  /** null when only the second labelling is integrated. */
  readonly gold: readonly DeliveredGold[] | null;
}

export interface CodeLists {
  /** Theme ids of the vocabulary. */
  readonly themes: ReadonlySet<string>;
  /** ISO 3166-1 alpha-2 codes; null checks the shape only. */
  readonly countries: ReadonlySet<string> | null;
}

export interface TrainAdjudication {
  /** Labeller 2, in train.json's order. */
  readonly second: SecondPass[];
  /** The training gold in train.json's order, or null without the adjudication. */
  readonly gold: Gold[] | null;
  /** What was decided, in words, to print. */
  readonly summary: string[];
}

const ADDED_PRIMARY = "added: the adjudicated primary country, absent from train.json's countries";

function checkCodes(where: string, primary: string | null, themes: readonly string[], codes: CodeLists): void {
  if (primary !== null && codes.countries !== null && !codes.countries.has(primary))
    throw new Error(`${where}: unknown country ${primary}`);
  const unknown = themes.filter((t) => !codes.themes.has(t));
  if (unknown.length > 0) throw new Error(`${where}: themes outside the vocabulary: ${unknown.join(', ')}`);
  if (new Set(themes).size !== themes.length) throw new Error(`${where}: duplicate theme`);
}

/** train.json's releases of part n (0-based), in order. */
function partOf(train: readonly Label[], n: number): Label[] {
  return train.filter((_, i) => i % TRAIN_PARTS === n);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * Checks the delivered parts against train.json and merges them (pure). Throws on any mismatch:
 * a part missing or out of order, a release's language, an unknown theme or country, gold in some
 * parts only.
 */
export function mergeTrainLabels(train: readonly Label[], parts: readonly DeliveredPart[], codes: CodeLists): TrainAdjudication {
  if (parts.length !== TRAIN_PARTS) throw new Error(`expected ${TRAIN_PARTS} parts, got ${parts.length}`);
  const withGold = parts.filter((p) => p.gold !== null).length;
  if (withGold !== 0 && withGold !== TRAIN_PARTS) throw new Error(`gold for ${withGold} of ${TRAIN_PARTS} parts: wait for all of them`);
  const second = new Map<string, SecondPass>();
  const gold = new Map<string, Gold>();
  let added = 0;
  parts.forEach((part, n) => {
    const expected = partOf(train, n);
    const name = `p${n + 1}`;
    for (const [what, keys] of [
      ['labeller-2.json', part.second.map((s) => `corpus:${s.id}`)],
      ['gold.json', part.gold?.map((g) => g.key) ?? null],
    ] as const) {
      if (keys === null) continue;
      if (keys.length !== expected.length)
        throw new Error(`${name}/${what}: ${keys.length} releases, train.json's part has ${expected.length}`);
      const wrong = keys.findIndex((k, i) => k !== labelKey(expected[i] as Label));
      if (wrong >= 0)
        throw new Error(`${name}/${what}: line ${wrong + 1} is ${keys[wrong]}, expected ${labelKey(expected[wrong] as Label)}`);
    }
    expected.forEach((label, i) => {
      const key = labelKey(label);
      const s = part.second[i] as DeliveredSecond;
      if (s.language !== label.language)
        throw new Error(`${name}/labeller-2.json ${key}: language ${s.language}, train.json ${label.language}`);
      checkCodes(`${name}/labeller-2.json ${key}`, s.primaryCountry, s.themes, codes);
      second.set(key, { key, language: s.language, primaryCountry: s.primaryCountry, themes: s.themes });
      const g = part.gold?.[i];
      if (g === undefined) return;
      if (g.language !== label.language) throw new Error(`${name}/gold.json ${key}: language ${g.language}, train.json ${label.language}`);
      checkCodes(`${name}/gold.json ${key}`, g.primaryCountry, g.themes, codes);
      checkCodes(`${name}/gold.json ${key} reasons`, null, Object.keys(g.reasons?.themes ?? {}), codes);
      const reasons = { ...(g.reasons ?? {}) };
      const countries = [...label.countries];
      if (g.primaryCountry !== null && !countries.includes(g.primaryCountry)) {
        countries.push(g.primaryCountry);
        reasons.countries = { ...reasons.countries, [g.primaryCountry]: ADDED_PRIMARY };
        added++;
      }
      gold.set(key, {
        key,
        language: label.language,
        primaryCountry: g.primaryCountry,
        countries,
        themes: g.themes,
        organizations: label.organizations,
        reasons,
      });
    });
  });
  const keys = train.map(labelKey);
  const ordered = <T>(m: Map<string, T>): T[] => keys.map((k) => m.get(k) as T);
  const disagree = train.filter((l) => {
    const s = second.get(labelKey(l)) as SecondPass;
    return s.primaryCountry !== l.primaryCountry || !sameSet(s.themes, l.themes);
  }).length;
  const summary = [`labeller 2: ${second.size} releases; labeller 1 (train.json) and labeller 2 differ on ${disagree}`];
  if (withGold > 0) {
    const decided = [...gold.values()].filter((g) => g.reasons.primaryCountry !== undefined || g.reasons.themes !== undefined).length;
    summary.push(
      `gold: ${gold.size} releases, ${decided} with an adjudicator's reason; ${added} adjudicated primaries added to train.json's countries`,
    );
  }
  return { second: ordered(second), gold: withGold > 0 ? ordered(gold) : null, summary };
}

/** One JSON object a line inside `[...]`, as the other label files. */
function serialize(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(serialize).join(', ')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${serialize(v)}`)
      .join(', ')}}`;
  return JSON.stringify(value);
}

export function formatLabelFile(items: readonly object[]): string {
  return `[\n${items.map((i) => `  ${serialize(i)}`).join(',\n')}\n]\n`;
}

function readPart<T>(schema: z.ZodType<T>, file: string): T[] {
  const parsed = z.array(schema).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function need(file: string): string {
  if (!existsSync(file)) throw new Error(`${file} is absent: the input is incomplete, nothing was written`);
  return file;
}

export interface IntegrateOptions {
  /** The folder holding p1..pN. */
  readonly sourceDir: string;
  readonly train: readonly Label[];
  readonly codes: CodeLists;
  /** Integrate labeller 2 alone (before the adjudication lands). */
  readonly secondOnly: boolean;
  /** Where train-second.json, train-adjudicated.json and notes/ go (tests/eval/enrichment). */
  readonly evalDir?: string;
}

/**
 * Reads, checks and merges the delivered parts, then writes `train-second.json`, with the gold
 * `train-adjudicated.json`, and the notes (`notes/train-second-pN.md`, `notes/adjudication-train-pN.md`).
 */
export function integrateTrainLabels(options: IntegrateOptions): string[] {
  const evalDir = options.evalDir ?? EVAL_DIR;
  const dirs = Array.from({ length: TRAIN_PARTS }, (_, n) => join(options.sourceDir, `p${n + 1}`));
  const parts = dirs.map((dir): DeliveredPart => {
    need(join(dir, 'notes-2.md'));
    const second = readPart(DeliveredSecondSchema, need(join(dir, 'labeller-2.json')));
    if (options.secondOnly) return { second, gold: null };
    need(join(dir, 'adjudication.md'));
    return { second, gold: readPart(DeliveredGoldSchema, need(join(dir, 'gold.json'))) };
  });
  const merged = mergeTrainLabels(options.train, parts, options.codes);
  const written = [join(evalDir, 'train-second.json')];
  writeFileSync(written[0] as string, formatLabelFile(merged.second));
  if (merged.gold !== null) {
    const file = join(evalDir, 'train-adjudicated.json');
    writeFileSync(file, formatLabelFile(merged.gold.map(({ reasons, ...g }) => (Object.keys(reasons).length > 0 ? { ...g, reasons } : g))));
    written.push(file);
  }
  mkdirSync(join(evalDir, 'notes'), { recursive: true });
  dirs.forEach((dir, n) => {
    const copies: [string, string][] = [[join(dir, 'notes-2.md'), join(evalDir, 'notes', `train-second-p${n + 1}.md`)]];
    if (merged.gold !== null) copies.push([join(dir, 'adjudication.md'), join(evalDir, 'notes', `adjudication-train-p${n + 1}.md`)]);
    for (const [from, to] of copies) {
      copyFileSync(from, to);
      written.push(to);
    }
  });
  return [...merged.summary, ...written.map((f) => `wrote ${f}`)];
}
