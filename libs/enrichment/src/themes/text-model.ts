/**
 * A bag-of-stems text classifier per theme: it reads the whole release, where the lexicon
 * (detect.ts) only sees the phrases it lists. Its probability is one feature of the theme
 * decision model (model.ts); both are fitted by `npm run fit:themes` and shipped as data.
 */
import { mapped } from '../arrays.js';
import { tabledPrefixId, firstFoldedCode, type Token, type TokenizedText } from '../text/tokenize.js';
import { HASH_START, hashStep, WordTable } from '../text/word-table.js';
import type { ThemeId } from './vocabulary.js';

/**
 * Folded words cut to this many letters: a crude stemmer that also merges many French, English
 * and Spanish cognates ("refugee", "réfugié", "refugiado" -> "refugi").
 */
export const STEM_LENGTH = 6;
/** A title word counts as much as this many body words. */
const TITLE_WEIGHT = 3;
const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'the and for with are was were that this from has have its not but also will been which their they more than ' +
    'les des une pour par sur dans aux qui que est sont ont ete avec plus ces cette leur leurs ses pas ' +
    'los las del con por para sus como una que han ser este esta entre sobre mas'
  ).split(' '),
);

const LONGEST_STOPWORD = Math.max(...[...STOPWORDS].map((w) => w.length));
// A stopword is then its own stem, so a stem's entry says whether a word that short is one (`stemOfPrefixId`).
if (LONGEST_STOPWORD > STEM_LENGTH) throw new Error('a stopword longer than a stem');

/** Stem -> weighted count over the title and body. */
export type WordBag = ReadonlyMap<string, number>;

/** The stem a folded word counts under, or null: short words, numbers and function words carry no topic. */
function topicStem(w: string): string | null {
  return w.length < 3 || w.charCodeAt(0) < 0x61 || STOPWORDS.has(w) ? null : w.slice(0, STEM_LENGTH);
}

export function wordBag(title: TokenizedText | null, body: TokenizedText): WordBag {
  const bag = new Map<string, number>();
  const add = (doc: TokenizedText, weight: number): void => {
    for (const t of doc.tokens) {
      const stem = topicStem(t.norm);
      if (stem !== null) bag.set(stem, (bag.get(stem) ?? 0) + weight);
    }
  };
  if (title !== null) add(title, TITLE_WEIGHT);
  add(body, 1);
  return bag;
}

export interface TextModel {
  /** Vocabulary: stems with their inverse document frequency. */
  readonly stems: readonly string[];
  readonly idf: readonly number[];
  /** Per theme: intercept and one weight per stem. */
  readonly themes: Readonly<Partial<Record<ThemeId, { readonly bias: number; readonly weights: readonly number[] }>>>;
}

/** Sparse tf-idf vector, L2-normalised: [stem index, value] pairs. */
export type TextVector = readonly (readonly [number, number])[];

const INDEX = new WeakMap<readonly string[], ReadonlyMap<string, number>>();

function indexOf(stems: readonly string[]): ReadonlyMap<string, number> {
  let index = INDEX.get(stems);
  if (index === undefined) {
    index = new Map(stems.map((s, i) => [s, i]));
    INDEX.set(stems, index);
  }
  return index;
}

export function textVector(bag: WordBag, stems: readonly string[], idf: readonly number[]): TextVector {
  const index = indexOf(stems);
  const out: [number, number][] = [];
  let norm = 0;
  for (const [stem, tf] of bag) {
    const j = index.get(stem);
    if (j === undefined) continue;
    const x = (1 + Math.log(tf)) * (idf[j] ?? 0);
    out.push([j, x]);
    norm += x * x;
  }
  const n = Math.sqrt(norm) || 1;
  return out.map(([j, x]) => [j, x / n]);
}

/** Probability that the release is about `theme`, from its vector; 0 for a theme the model lacks. */
export function textProbability(vector: TextVector, model: TextModel, theme: ThemeId): number {
  const t = model.themes[theme];
  if (t === undefined) return 0;
  let z = t.bias;
  for (const [j, x] of vector) z += x * (t.weights[j] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** What `tokenTextProbabilities` needs of a model, built once per model. */
interface Scorer {
  readonly index: ReadonlyMap<string, number>;
  /** Weighted count per stem index; all 0 between calls. */
  readonly tf: Float64Array;
  /** Column of each theme the model has in `weights`. */
  readonly columns: ReadonlyMap<ThemeId, number>;
  readonly biases: Float64Array;
  /**
   * The themes' weights stem by stem (row = stem index, one column per theme): a release's few
   * hundred stems read a few adjacent cache lines each instead of one line per theme. Each cell holds
   * the index of its weight in `weightValues` (the model's distinct weights, a few thousand): the
   * matrix is a quarter of the float64 one and the product reads the same doubles.
   */
  readonly weights: Uint16Array | Uint32Array;
  readonly weightValues: Float64Array;
  readonly width: number;
  /** Dictionary word id (Token.id) -> stem index, -1 none, -2 not looked up yet; grown on demand. */
  byWordId: Int32Array;
  /** The stems by their characters (other words' stems are looked up without cutting a string). */
  readonly table: WordTable;
  /** Table id -> stem index (the last of equal stems, as `index`). */
  readonly indexOfId: Int32Array;
  /** Table id -> 1 when the stem is a stopword. */
  readonly stopword: Uint8Array;
  /** Scratch of one call: the release's stem indices in order of first occurrence, and their tf-idf values. */
  readonly order: Int32Array;
  readonly values: Float64Array;
}

const SCORERS = new WeakMap<TextModel, Scorer>();

function scorerOf(model: TextModel): Scorer {
  let scorer = SCORERS.get(model);
  if (scorer === undefined) {
    const stems = model.stems.length;
    const themes = (Object.keys(model.themes) as ThemeId[]).filter((id) => model.themes[id] !== undefined);
    const width = themes.length;
    const columns = new Map<ThemeId, number>();
    const biases = new Float64Array(width);
    const distinct = new Map<number, number>();
    const codeOf = (w: number): number => {
      let code = distinct.get(w);
      if (code === undefined) distinct.set(w, (code = distinct.size));
      return code;
    };
    const codes = new Uint32Array(stems * width);
    themes.forEach((id, c) => {
      const t = model.themes[id];
      if (t === undefined) return;
      columns.set(id, c);
      biases[c] = t.bias;
      for (let j = 0; j < stems; j++) codes[j * width + c] = codeOf(t.weights[j] ?? 0);
    });
    const weights = distinct.size <= 0x10000 ? Uint16Array.from(codes) : codes;
    const weightValues = Float64Array.from(distinct.keys());
    const table = new WordTable();
    const indexOfId = new Int32Array(stems);
    model.stems.forEach((stem, i) => {
      indexOfId[table.intern(stem)] = i;
    });
    const stopword = new Uint8Array(table.size);
    for (let id = 0; id < table.size; id++) stopword[id] = STOPWORDS.has(table.word(id)) ? 1 : 0;
    const index = indexOf(model.stems);
    scorer = {
      index,
      tf: new Float64Array(stems),
      columns,
      biases,
      weights,
      weightValues,
      width,
      byWordId: new Int32Array(0),
      table,
      indexOfId,
      stopword,
      order: new Int32Array(stems),
      values: new Float64Array(stems),
    };
    SCORERS.set(model, scorer);
  }
  return scorer;
}

/** Stem index of a folded word, or -1. */
function stemIndex(scorer: Scorer, w: string): number {
  const stem = topicStem(w);
  return stem === null ? -1 : (scorer.index.get(stem) ?? -1);
}

/** `stemIndex` by the word's characters: no stem string is cut, and the word itself is not hashed. */
function stemIndexByChars(scorer: Scorer, w: string): number {
  const len = w.length;
  if (len < 3 || w.charCodeAt(0) < 0x61) return -1;
  const stemLength = len < STEM_LENGTH ? len : STEM_LENGTH;
  let h = HASH_START;
  for (let k = 0; k < stemLength; k++) h = hashStep(h, w.charCodeAt(k));
  return stemOfPrefixId(scorer, scorer.table.idOfRange(h, w, 0, stemLength), len);
}

/**
 * The stem index of a word of `length` characters whose first (up to STEM_LENGTH) characters have table id
 * `id`, or -1. A word no longer than a stopword is its own stem, whose entry says whether it is one.
 */
function stemOfPrefixId(scorer: Scorer, id: number, length: number): number {
  if (id < 0 || (length <= LONGEST_STOPWORD && scorer.stopword[id] === 1)) return -1;
  return scorer.indexOfId[id] ?? -1;
}

/** `stemIndexByChars` of a token the tokeniser folded by table, read from the text: its folded form is not made. */
function stemIndexOfTabled(scorer: Scorer, text: string, t: Token): number {
  const len = t.end - t.start;
  if (len < 3 || firstFoldedCode(text, t) < 0x61) return -1;
  return stemOfPrefixId(scorer, tabledPrefixId(scorer.table, text, t, len < STEM_LENGTH ? len : STEM_LENGTH), len);
}

/** `stemIndex` of a dictionary word, remembered by its id (dictionary words are most of a text's tokens). */
function stemOfWord(scorer: Scorer, id: number, w: string): number {
  if (id >= scorer.byWordId.length) {
    const grown = new Int32Array(Math.max(id + 1, scorer.byWordId.length * 2, 1024)).fill(-2);
    grown.set(scorer.byWordId);
    scorer.byWordId = grown;
  }
  let j = scorer.byWordId[id] ?? -2;
  if (j === -2) {
    j = stemIndex(scorer, w);
    scorer.byWordId[id] = j;
  }
  return j;
}

/**
 * `textProbability` of each theme for the release, computed straight from its tokens: the same
 * numbers as `wordBag` + `textVector` + `textProbability`, added in the same order (the stems'
 * first occurrence, title first), without building the bag's strings and the vector's pairs.
 */
export function tokenTextProbabilities(
  model: TextModel,
  title: TokenizedText | null,
  body: TokenizedText,
  themes: readonly ThemeId[],
): number[] {
  const scorer = scorerOf(model);
  const tf = scorer.tf;
  // The stems in order of first occurrence, in scratch reused across calls (no allocation per release).
  const order = scorer.order;
  let stems = 0;
  const count = (doc: TokenizedText, weight: number): void => {
    const text = doc.text;
    for (const t of doc.tokens) {
      const j =
        t.id >= 0 ? stemOfWord(scorer, t.id, t.norm) : t.tabled ? stemIndexOfTabled(scorer, text, t) : stemIndexByChars(scorer, t.norm);
      if (j < 0) continue;
      if (tf[j] === 0) order[stems++] = j;
      tf[j] = (tf[j] ?? 0) + weight;
    }
  };
  if (title !== null) count(title, TITLE_WEIGHT);
  count(body, 1);
  const values = scorer.values;
  let norm = 0;
  for (let k = 0; k < stems; k++) {
    const j = order[k] ?? 0;
    const x = (1 + Math.log(tf[j] ?? 0)) * (model.idf[j] ?? 0);
    tf[j] = 0;
    values[k] = x;
    norm += x * x;
  }
  const n = Math.sqrt(norm) || 1;
  for (let k = 0; k < stems; k++) values[k] = (values[k] ?? 0) / n;
  // Each theme's sum runs over the stems in the same order as textProbability's (same result).
  const width = scorer.width;
  const weights = scorer.weights;
  const weightValues = scorer.weightValues;
  const columns = new Int32Array(themes.length);
  const z = new Float64Array(themes.length);
  let present = 0;
  themes.forEach((theme, q) => {
    const c = scorer.columns.get(theme) ?? -1;
    columns[q] = c;
    if (c >= 0) {
      z[q] = scorer.biases[c] ?? 0;
      present++;
    }
  });
  if (present === themes.length) {
    for (let k = 0; k < stems; k++) {
      const v = values[k] ?? 0;
      const row = (order[k] ?? 0) * width;
      for (let q = 0; q < columns.length; q++) z[q] = (z[q] ?? 0) + v * (weightValues[weights[row + (columns[q] ?? 0)] ?? 0] ?? 0);
    }
  } else {
    for (let k = 0; k < stems; k++) {
      const v = values[k] ?? 0;
      const row = (order[k] ?? 0) * width;
      for (let q = 0; q < columns.length; q++) {
        const c = columns[q] ?? -1;
        if (c >= 0) z[q] = (z[q] ?? 0) + v * (weightValues[weights[row + c] ?? 0] ?? 0);
      }
    }
  }
  return mapped(themes, (_, q) => ((columns[q] ?? -1) < 0 ? 0 : 1 / (1 + Math.exp(-(z[q] ?? 0)))));
}
