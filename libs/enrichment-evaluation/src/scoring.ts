/** Set-based scores for the enrichment bench: micro-averaged precision/recall/F1 and error tallies. */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Adds one document's comparison; `errors` (optional) tallies false positives and negatives per value. */
export function compareSets(
  counts: Counts,
  predicted: Iterable<string>,
  expected: Iterable<string>,
  errors?: Map<string, Counts>,
): void {
  const p = new Set(predicted);
  const e = new Set(expected);
  const tally = (v: string, k: keyof Counts): void => {
    if (errors === undefined) return;
    const c = errors.get(v) ?? emptyCounts();
    c[k]++;
    errors.set(v, c);
  };
  for (const v of p) {
    if (e.has(v)) {
      counts.tp++;
      tally(v, 'tp');
    } else {
      counts.fp++;
      tally(v, 'fp');
    }
  }
  for (const v of e) {
    if (!p.has(v)) {
      counts.fn++;
      tally(v, 'fn');
    }
  }
}

export function prf(c: Counts): Prf {
  // With nothing predicted and nothing expected the field is trivially perfect.
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/** `train`: the separate training labels (train.json), never part of the eval figures. */
export type Split = 'dev' | 'heldout' | 'train';

/**
 * Fixed dev / held-out split, decided before any error analysis: within each (source, language)
 * group, labels in labels.json order alternate, even positions (0, 2, ...) dev, odd held-out.
 * Rules are tuned on dev errors only; held-out figures are only ever read as totals.
 */
export function assignSplits(labels: readonly { source: string; language: string }[]): Split[] {
  const seen = new Map<string, number>();
  return labels.map((l) => {
    const key = `${l.source}/${l.language}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n % 2 === 0 ? 'dev' : 'heldout';
  });
}
