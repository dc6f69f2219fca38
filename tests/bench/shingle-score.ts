/*
 * The scoring of the Scrapinghub article-extraction benchmark (see its SOURCE.md): Unicode \w+
 * tokens with case kept, multisets of 4-token shingles, per-page precision and recall, each
 * averaged over its own set of pages, F1 as the harmonic mean of the two averages.
 */

// Python's `\w` on str: letters, digits and numeric characters, and the underscore.
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;
// Tokens never contain this character, so joined shingles cannot collide.
const SEPARATOR = '\u0000';

export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** Multiset of the 4-token shingles; a text with fewer tokens is one short shingle. */
export function shingles(text: string, size = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const add = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  if (tokens.length < size) add(tokens.join(SEPARATOR));
  else for (let i = 0; i + size <= tokens.length; i++) add(tokens.slice(i, i + size).join(SEPARATOR));
  return counts;
}

export interface PageScore {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  /** Whole token sequences equal. */
  exact: boolean;
}

export function scorePage(predicted: string, reference: string): PageScore {
  const pred = shingles(predicted);
  const ref = shingles(reference);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of pred) {
    const m = ref.get(key) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [key, m] of ref) fn += Math.max(0, m - (pred.get(key) ?? 0));
  const perfect = fp === 0 && fn === 0;
  const precision = perfect ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = perfect ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn);
  const exact = tokenize(predicted).join(SEPARATOR) === tokenize(reference).join(SEPARATOR);
  return { precision, recall, tp, fp, fn, exact };
}

export interface Summary {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

export interface ScoredPair {
  predicted: string;
  reference: string;
}

/** Precision over pages with a non-empty prediction, recall over pages with a non-empty reference. */
export function summarize(pairs: readonly ScoredPair[]): Summary {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  let rN = 0;
  let exact = 0;
  for (const { predicted, reference } of pairs) {
    const s = scorePage(predicted, reference);
    if (predicted.trim() !== '') {
      pSum += s.precision;
      pN++;
    }
    if (reference.trim() !== '') {
      rSum += s.recall;
      rN++;
    }
    if (s.exact) exact++;
  }
  const precision = pN === 0 ? 0 : pSum / pN;
  const recall = rN === 0 ? 0 : rSum / rN;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, accuracy: pairs.length === 0 ? 0 : exact / pairs.length, pages: pairs.length };
}
