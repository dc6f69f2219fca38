/*
 * The article/region boundary of the fifteenth pass (declared-articles.ts), summed per page type: each
 * page's F1 as the rules render it, with its prose allowed the article rendering (as if it declared an
 * article) and without (as if it declared nothing). Pure: extraction-declared.ts feeds it.
 */

export interface BoundaryRow {
  type: string;
  half: string;
  /** The page declares an article, a product or a thread (AnalysedPage.declared). */
  declared: boolean;
  /** F1 with the article rendering allowed, and without it. */
  asDeclared: number;
  asUndeclared: number;
}

export interface BoundarySummary {
  pages: number;
  /** Pages whose two renderings differ, among the declared and the undeclared ones. */
  differDeclared: number;
  differUndeclared: number;
  /** Mean F1 change over all the group's pages when the declared ones render as undeclared, and the other way round. */
  declaredToRegion: number;
  undeclaredToArticle: number;
  /** Mean F1 change of the best of the two renderings on each page over the rules' own. */
  oracle: number;
}

const EPS = 1e-9;

/** The boundary's figures over `rows` (one group: a page type, a half or all pages). */
export function summariseBoundary(rows: readonly BoundaryRow[]): BoundarySummary {
  let differDeclared = 0;
  let differUndeclared = 0;
  let toRegion = 0;
  let toArticle = 0;
  let oracle = 0;
  for (const r of rows) {
    const differ = Math.abs(r.asDeclared - r.asUndeclared) > EPS;
    const rules = r.declared ? r.asDeclared : r.asUndeclared;
    if (r.declared) {
      differDeclared += differ ? 1 : 0;
      toRegion += r.asUndeclared - r.asDeclared;
    } else {
      differUndeclared += differ ? 1 : 0;
      toArticle += r.asDeclared - r.asUndeclared;
    }
    oracle += Math.max(r.asDeclared, r.asUndeclared) - rules;
  }
  const n = Math.max(1, rows.length);
  return {
    pages: rows.length,
    differDeclared,
    differUndeclared,
    declaredToRegion: toRegion / n,
    undeclaredToArticle: toArticle / n,
    oracle: oracle / n,
  };
}
