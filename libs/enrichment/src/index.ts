/**
 * @presswatch/enrichment: tags cleaned press releases (fr/en/es) with
 * countries, M49 regions, themes, organisations, people and money amounts.
 * The theme-model fitter has its own entry point, @presswatch/enrichment/model-fitting.
 */
export type { AmountTag } from './amounts.js';
export type { CountryTag } from './countries/detect.js';
export { enrich, type Enrichment, type EnrichmentInput } from './enrich.js';
export type { OrganizationTag } from './organizations/detect.js';
export type { PersonTag } from './persons/detect.js';
export type { RegionTag } from './regions.js';
export { THEME_IDS, type ThemeTag } from './themes/detect.js';
export type { ThemeId } from './themes/vocabulary.js';
