/**
 * @presswatch/enrichment-evaluation: the enrichment evaluation and training labels (tests/eval/enrichment),
 * the rules that chose their releases, and the scores the bench and the theme-model fitter print.
 * Tooling only: no service depends on it.
 */
export * from './labels.js';
export * from './scoring.js';
