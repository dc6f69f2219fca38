/*
 * The scoring of WCXB (see the data's SOURCE.md): lower-cased Unicode \w+ tokens counted as a bag
 * of words, precision, recall and F1 per page, each averaged over the pages. A page whose reference
 * is empty scores 1 for an empty prediction and 0 for anything else, as upstream does.
 */

// Python's `\w` on str (letters, digits and other numerals, underscore; not combining marks).
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN_RE) ?? [];
}

export function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const t of wordTokens(text)) bag.set(t, (bag.get(t) ?? 0) + 1);
  return bag;
}

export interface WordScore {
  precision: number;
  recall: number;
  f1: number;
}

export function scoreWords(predicted: string, reference: string): WordScore {
  const pred = wordTokens(predicted);
  const ref = wordBag(reference);
  let refCount = 0;
  for (const n of ref.values()) refCount += n;
  if (refCount === 0) return pred.length === 0 ? { precision: 1, recall: 1, f1: 1 } : { precision: 0, recall: 0, f1: 0 };
  if (pred.length === 0) return { precision: 0, recall: 0, f1: 0 };
  // Overlap of the two multisets: each predicted token uses up one occurrence in the reference.
  let overlap = 0;
  for (const t of pred) {
    const left = ref.get(t) ?? 0;
    if (left > 0) {
      overlap++;
      ref.set(t, left - 1);
    }
  }
  const precision = overlap / pred.length;
  const recall = overlap / refCount;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface WordSummary extends WordScore {
  pages: number;
}

export function averageScores(scores: readonly WordScore[]): WordSummary {
  const n = scores.length;
  const mean = (pick: (s: WordScore) => number): number => (n === 0 ? 0 : scores.reduce((a, s) => a + pick(s), 0) / n);
  return { precision: mean((s) => s.precision), recall: mean((s) => s.recall), f1: mean((s) => s.f1), pages: n };
}
