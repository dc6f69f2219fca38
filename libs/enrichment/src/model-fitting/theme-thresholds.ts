/**
 * Per-theme decision thresholds chosen by cross-validation (issue 15): one global threshold may tag
 * too few releases of themes whose labels the lexicon's features under-rate (funding, migrant
 * protection) and too many of others; `fit:themes` ships them only when nested cross-validation
 * says they help. A theme with enough labelled releases gets the threshold
 * that maximises micro F1 over out-of-fold probabilities, others keep the global one. The model
 * ships it as an offset added to the theme's bias (`thresholdOffset`), so the enricher's code and
 * cost do not change.
 */

/** One candidate theme of one release: its out-of-fold probability and whether the gold has it. */
export interface ScoredCandidate {
  readonly theme: string;
  readonly p: number;
  readonly y: 0 | 1;
}

/** Thresholds tried for a theme of its own: a coarse grid, so few releases cannot pick a fluke. */
export const THRESHOLD_GRID: readonly number[] = Array.from({ length: 13 }, (_, i) => Math.round((0.2 + 0.05 * i) * 100) / 100);
/** Coordinate-ascent passes over the themes (a second pass settles interactions through micro F1). */
const PASSES = 2;

interface Tally {
  tp: number;
  fp: number;
}

function tallyAt(list: readonly ScoredCandidate[], threshold: number): Tally {
  let tp = 0;
  let fp = 0;
  for (const c of list) {
    if (c.p < threshold) continue;
    if (c.y === 1) tp++;
    else fp++;
  }
  return { tp, fp };
}

/**
 * Thresholds of the themes with at least `minPositives` labelled candidates, maximising micro F1
 * (every theme pooled) with the others at `global`. `labelled`: every gold theme label, those
 * without a candidate included (false negatives no threshold recovers). Ties keep the threshold
 * closest to `global`.
 */
export function perThemeThresholds(
  scored: readonly ScoredCandidate[],
  labelled: number,
  global: number,
  minPositives: number,
): Map<string, number> {
  const byTheme = new Map<string, ScoredCandidate[]>();
  for (const c of scored) byTheme.set(c.theme, [...(byTheme.get(c.theme) ?? []), c]);
  const chosen = new Map<string, number>();
  const current = new Map<string, Tally>();
  for (const [theme, list] of byTheme) current.set(theme, tallyAt(list, global));
  const eligible = [...byTheme]
    .filter(([, list]) => list.filter((c) => c.y === 1).length >= minPositives)
    .sort(([a], [b]) => a.localeCompare(b));
  const totals = (): Tally => [...current.values()].reduce((s, t) => ({ tp: s.tp + t.tp, fp: s.fp + t.fp }), { tp: 0, fp: 0 });
  const f1 = (t: Tally): number => (t.tp === 0 ? 0 : (2 * t.tp) / (2 * t.tp + t.fp + (labelled - t.tp)));
  for (let pass = 0; pass < PASSES; pass++) {
    for (const [theme, list] of eligible) {
      const own = current.get(theme) ?? { tp: 0, fp: 0 };
      const rest = totals();
      rest.tp -= own.tp;
      rest.fp -= own.fp;
      let best = { threshold: chosen.get(theme) ?? global, f1: -1, tally: own };
      for (const threshold of THRESHOLD_GRID) {
        const tally = tallyAt(list, threshold);
        const score = f1({ tp: rest.tp + tally.tp, fp: rest.fp + tally.fp });
        const closer = Math.abs(threshold - global) < Math.abs(best.threshold - global);
        if (score > best.f1 + 1e-12 || (Math.abs(score - best.f1) <= 1e-12 && closer)) best = { threshold, f1: score, tally };
      }
      current.set(theme, best.tally);
      chosen.set(theme, best.threshold);
    }
  }
  for (const [theme, t] of chosen) if (t === global) chosen.delete(theme);
  return chosen;
}

function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/** The bias offset under which the global threshold decides as `own` would: p >= own iff p' >= global. */
export function thresholdOffset(global: number, own: number): number {
  return Math.round((logit(global) - logit(own)) * 1e4) / 1e4;
}
