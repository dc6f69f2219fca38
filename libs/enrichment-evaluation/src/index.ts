/**
 * @presswatch/enrichment-evaluation: the enrichment evaluation and training labels (tests/eval/enrichment),
 * the rules that chose their releases, the sets they make and the scores the bench and the theme-model
 * fitter print. Tooling only: no service depends on it.
 */
export * from './corpus.js';
export * from './eval-set.js';
export * from './labels.js';
export * from './releases.js';
export * from './scoring.js';
export * from './train-adjudication.js';
