import { SCHEMA_VERSION, parseJsonMessage, parseRawRelease, type CleanRelease, type RawRelease } from '@presswatch/contracts';
import { cleanText, learnTemplate, prepareText, type PreparedText, type SourceTemplate } from '@presswatch/text-cleaning';

/**
 * The cleaner stage as a pure function: the service and the offline CLI both call this, so they produce
 * the same clean output for the same input and template. `prepared` is the body already prepared (see
 * learnAndClean), so it is not converted and repaired again.
 */
export function cleanRelease(raw: RawRelease, template?: SourceTemplate, prepared: PreparedText = prepareText(raw.body)): CleanRelease {
  const cleaned = cleanText(prepared, template ? { template } : {});
  return {
    schemaVersion: SCHEMA_VERSION,
    id: raw.id,
    source: raw.source,
    url: raw.url,
    fetchedAt: raw.fetchedAt,
    contentHash: raw.contentHash,
    language: cleaned.language,
    title: cleaned.title,
    dateline: cleaned.dateline === null ? null : { text: cleaned.dateline },
    body: cleaned.body,
    contacts: cleaned.contacts,
    warnings: cleaned.warnings,
    publishedAt: cleaned.publishedAt,
  };
}

/**
 * The cleaner's step on a source's stream: counts this release into its source's template (in place), then
 * cleans it with the template, from one conversion and repair of the body.
 */
export function learnAndClean(raw: RawRelease, template: SourceTemplate): CleanRelease {
  const prepared = prepareText(raw.body);
  learnTemplate(template, prepared);
  return cleanRelease(raw, template, prepared);
}

/** A raw release from a Kafka message value, checked against its contract (throws ContractViolation). */
export const readRawRelease = (value: Buffer | null): RawRelease => parseJsonMessage('RawRelease', value, parseRawRelease);
