import { SCHEMA_VERSION, type CleanRelease, type RawRelease } from '@presswatch/contracts';
import { cleanText, type SourceTemplate } from '@presswatch/text-cleaning';

/**
 * The cleaner stage as a pure function: the service and the offline CLI both call this, so they produce
 * the same clean output for the same input and template.
 */
export function cleanRelease(raw: RawRelease, template?: SourceTemplate): CleanRelease {
  const cleaned = cleanText(raw.body, template ? { template } : {});
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
