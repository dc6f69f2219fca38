/**
 * @presswatch/enrichment/model-fitting: what the theme-model fitter (tools/theme-model) needs of the
 * enricher's internals, and the fitting itself. Services use the main entry point only.
 */
export { themeInputsFor } from '../enrich.js';
export { THEME_IDS, type ThemeCandidate } from '../themes/detect.js';
export { decideThemes, FEATURE_NAMES, textProbabilities, themeFeatures, type ThemeModel } from '../themes/model.js';
export { formatThemeModel, parseThemeModelFile, SHIPPED_THEME_MODEL_FILE, type ThemeModelTraining } from '../themes/model-file.js';
export type { WordBag } from '../themes/text-model.js';
export type { ThemeId } from '../themes/vocabulary.js';
export { fitLogistic, ruleDecision, type Example, type ThemeSlopes } from './logistic-regression.js';
export { fitTextModel, outOfFoldText } from './text-model-fit.js';
export { perThemeThresholds, thresholdOffset, type ScoredCandidate } from './theme-thresholds.js';
export { countryInputsFor } from '../enrich.js';
export { rankerCandidates, RANKER_FEATURES, type RankerCandidate } from '../countries/ranker-features.js';
export { candidateProbabilities, fitRanker, scoreOf, type RankerGroup } from './country-ranker-fit.js';
