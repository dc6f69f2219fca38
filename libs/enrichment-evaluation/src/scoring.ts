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
export function compareSets(counts: Counts, predicted: Iterable<string>, expected: Iterable<string>, errors?: Map<string, Counts>): void {
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

/**
 * The primary-country decision, in two parts: on single-country releases (gold names one) whether
 * the enricher names that one, and on regional or global releases (gold null) whether it names none.
 */
export interface PrimaryTally {
  /** Releases whose gold names a primary country, and how many of them the enricher got right. */
  single: number;
  singleCorrect: number;
  /** Single-country releases the enricher left without a primary. */
  singleNone: number;
  /** Releases whose gold has no primary (regional, global), and how many the enricher left without one. */
  regional: number;
  regionalNone: number;
}

export function emptyPrimaryTally(): PrimaryTally {
  return { single: 0, singleCorrect: 0, singleNone: 0, regional: 0, regionalNone: 0 };
}

export function tallyPrimary(t: PrimaryTally, predicted: string | null, gold: string | null): void {
  if (gold === null) {
    t.regional++;
    if (predicted === null) t.regionalNone++;
    return;
  }
  t.single++;
  if (predicted === gold) t.singleCorrect++;
  else if (predicted === null) t.singleNone++;
}

/** The product's own themes (issue 15): reported in their own rows, with their support. */
export const PRODUCT_THEMES: readonly string[] = [
  'human-trafficking',
  'migrant-smuggling',
  'forced-labour',
  'sexual-exploitation',
  'victim-protection',
  'labour-migration',
  'return-reintegration',
];
