/**
 * The shipped theme model is data: theme-model.json beside this file, written by the fitter
 * (`npm run fit:themes -- --write`, tools/theme-model) and validated here when it is loaded.
 * The file keys every number by name (feature, theme, stem), with keys sorted and one value a
 * line, so a refit shows in a diff as the lines whose numbers moved.
 */
import { createRequire } from 'node:module';
import { z } from 'zod';
import { FEATURE_NAMES, type ThemeModel } from './model.js';
import type { TextModel } from './text-model.js';
import { THEMES, type ThemeId } from './vocabulary.js';

const THEME_ID = z.enum(THEMES.map((t) => t.id) as [ThemeId, ...ThemeId[]]);
const WEIGHT_NAMES = ['intercept', ...FEATURE_NAMES] as const;

const TextModelSchema = z.strictObject({
  /** Stem -> inverse document frequency; the stems are the vocabulary. */
  idf: z.record(z.string().min(1), z.number()),
  /** Per theme: intercept and stem -> weight (a stem left out weighs 0). */
  themes: z.partialRecord(THEME_ID, z.strictObject({ bias: z.number(), weights: z.record(z.string().min(1), z.number()) })),
});

const DecisionSchema = z.strictObject({
  /** Intercept and one weight per feature of the decision model. */
  weights: z.strictObject(
    Object.fromEntries(WEIGHT_NAMES.map((n) => [n, z.number()])) as Record<(typeof WEIGHT_NAMES)[number], z.ZodNumber>,
  ),
  themeBias: z.partialRecord(THEME_ID, z.number()),
  /** Per theme, the slopes added to the shared weights (a feature left out adds 0). */
  themeSlopes: z.partialRecord(THEME_ID, z.partialRecord(z.enum(FEATURE_NAMES), z.number())),
  threshold: z.number().min(0).max(1),
});

/** How the model was fitted, so that a refit (`fit:themes -- --check`) repeats it. */
const TrainingSchema = z.strictObject({
  /** Real training releases (train.json and the dev half of the evaluation set). */
  releases: z.number().int().min(0),
  /** Where the dev half's themes came from. */
  devHalfLabels: z.enum(['labels.json', 'adjudicated']),
  /** Where train.json's releases' themes came from: train.json itself or its adjudicated gold (train-adjudicated.json). */
  trainLabels: z.enum(['train.json', 'adjudicated']),
  /** Synthetic releases added to the training set (0: real releases only). */
  syntheticReleases: z.number().int().min(0),
  /** Whether themes got thresholds of their own (shipped as bias offsets): only when nested cross-validation says they help. */
  perThemeThresholds: z.boolean(),
  /** The penalty on the per-theme slopes, chosen by cross-validation on the training releases (null: shared slopes only). */
  themeSlopePenalty: z.number().positive().nullable(),
});
export type ThemeModelTraining = z.infer<typeof TrainingSchema>;

/** Sorted keys put the small decision model first and the long text classifier last. */
export const ThemeModelFileSchema = z.strictObject({
  about: z.string(),
  decision: DecisionSchema,
  textClassifier: TextModelSchema.nullable(),
  training: TrainingSchema,
});
export type ThemeModelFile = z.infer<typeof ThemeModelFileSchema>;

function textModelOf(file: z.infer<typeof TextModelSchema>): TextModel {
  const stems = Object.keys(file.idf).sort();
  const known = new Set(stems);
  const themes: Partial<Record<ThemeId, { bias: number; weights: number[] }>> = {};
  for (const [id, t] of Object.entries(file.themes) as [ThemeId, { bias: number; weights: Record<string, number> }][]) {
    const unknown = Object.keys(t.weights).filter((s) => !known.has(s));
    if (unknown.length > 0) throw new Error(`theme model: ${id} weighs stems outside the vocabulary: ${unknown.slice(0, 5).join(', ')}`);
    themes[id] = { bias: t.bias, weights: stems.map((s) => t.weights[s] ?? 0) };
  }
  return { stems, idf: stems.map((s) => file.idf[s] ?? 0), themes };
}

/** The model a theme-model file describes and how it was fitted; throws with zod's message when the file is malformed. */
export function parseThemeModelFile(json: unknown): { model: ThemeModel; training: ThemeModelTraining } {
  const { decision, textClassifier, training } = ThemeModelFileSchema.parse(json);
  const model: ThemeModel = {
    features: FEATURE_NAMES,
    weights: WEIGHT_NAMES.map((n) => decision.weights[n]),
    themeBias: decision.themeBias,
    themeSlopes: Object.fromEntries(
      Object.entries(decision.themeSlopes).map(([id, slopes]) => [id, FEATURE_NAMES.map((n) => slopes?.[n] ?? 0)]),
    ),
    threshold: decision.threshold,
    text: textClassifier === null ? null : textModelOf(textClassifier),
  };
  return { model, training };
}

export function parseThemeModel(json: unknown): ThemeModel {
  return parseThemeModelFile(json).model;
}

/** Object keys sorted at every level, so the file's order never depends on how it was built. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortedKeys(v)]));
}

/** The file text for a model: keys sorted, two-space indentation, zero stem weights left out. */
export function formatThemeModel(model: ThemeModel, about: string, training: ThemeModelTraining): string {
  const text = model.text;
  const file: ThemeModelFile = {
    about,
    training,
    decision: {
      weights: Object.fromEntries(WEIGHT_NAMES.map((n, i) => [n, model.weights[i] ?? 0])) as ThemeModelFile['decision']['weights'],
      themeBias: model.themeBias,
      themeSlopes: Object.fromEntries(
        Object.entries(model.themeSlopes).map(([id, slopes]) => [
          id,
          Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, slopes?.[i] ?? 0]).filter(([, w]) => w !== 0)),
        ]),
      ),
      threshold: model.threshold,
    },
    textClassifier:
      text === null
        ? null
        : {
            idf: Object.fromEntries(text.stems.map((s, i) => [s, text.idf[i] ?? 0])),
            themes: Object.fromEntries(
              Object.entries(text.themes).map(([id, t]) => [
                id,
                { bias: t.bias, weights: Object.fromEntries(text.stems.map((s, i) => [s, t.weights[i] ?? 0]).filter(([, w]) => w !== 0)) },
              ]),
            ),
          },
  };
  ThemeModelFileSchema.parse(file);
  return `${JSON.stringify(sortedKeys(file), null, 2)}\n`;
}

/** The shipped model file (copied beside the compiled file by tsc), parsed once. */
export const SHIPPED_THEME_MODEL_FILE = parseThemeModelFile(createRequire(import.meta.url)('./theme-model.json'));
export const SHIPPED_THEME_MODEL: ThemeModel = SHIPPED_THEME_MODEL_FILE.model;
