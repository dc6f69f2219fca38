export { cleanRelease, learnAndClean, readRawRelease } from './clean-release.js';
export { enrichMessage, enrichmentInput, enrichRelease } from './enrich-release.js';
export { emptyTemplate, learnTemplate, prepareText, type PreparedText, type SourceTemplate } from '@presswatch/text-cleaning';
