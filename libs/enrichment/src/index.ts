/**
 * @presswatch/enrichment: tags cleaned press releases (fr/en/es) with
 * countries, M49 regions, themes, organisations, people and money amounts.
 */
export type { AmountTag } from './amounts.js';
export type { CountryTag } from './countries/detect.js';
export { enrich, themeInputsFor, type Enrichment, type EnrichmentInput } from './enrich.js';
export type { OrganizationTag } from './organizations/detect.js';
export type { PersonTag } from './persons/detect.js';
export type { RegionTag } from './regions.js';
export { ruleThemes, THEME_IDS, themeLabel, type ThemeCandidate, type ThemeTag } from './themes/detect.js';
export { FEATURE_NAMES, logisticProbability, textProbabilities, themeFeatures, themeProbability, type ThemeModel } from './themes/model.js';
export { textProbability, textVector, wordBag, type TextModel, type TextVector, type WordBag } from './themes/text-model.js';
export type { ThemeId } from './themes/vocabulary.js';
