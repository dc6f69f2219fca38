export { cleanRelease, learnAndClean, readRawRelease } from './clean-release.js';
export { enrichedMessageValue, enrichmentInput, enrichRelease, readCleanRelease } from './enrich-release.js';
export {
  emptyTemplate,
  learnTemplate,
  prepareText,
  sourceTemplateSchema,
  type PreparedText,
  type SourceTemplate,
} from '@presswatch/text-cleaning';
export { rawReleaseRefusal, cleanReleaseRefusal } from './admission.js';
