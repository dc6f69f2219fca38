export { cleanRelease } from './clean-release.js';
export { enrichmentInput, enrichRelease } from './enrich-release.js';
export { emptyTemplate, learnTemplate, type SourceTemplate } from '@presswatch/text-cleaning';
export { rawReleaseRefusal, cleanReleaseRefusal } from './admission.js';
