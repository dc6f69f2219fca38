import { SCHEMA_VERSION, parseCleanRelease, parseJsonMessage, type CleanRelease, type EnrichedRelease } from '@presswatch/contracts';
import { enrich, type EnrichmentInput } from '@presswatch/enrichment';

/** What the enricher reads of a cleaned release. */
export function enrichmentInput(clean: CleanRelease): EnrichmentInput {
  return {
    title: clean.title,
    body: clean.body,
    dateline: clean.dateline?.text ?? null,
    language: clean.language,
    contacts: clean.contacts,
  };
}

/** The enricher stage as a pure function, shared by the service and the offline CLI. */
export function enrichRelease(clean: CleanRelease): EnrichedRelease {
  const found = enrich(enrichmentInput(clean));
  // The clean fields written out in the contract's order (the order every producer gives them) rather than
  // spread: spreading a parsed release cost ~12 µs against well under 1 µs, for the same object and JSON.
  return {
    schemaVersion: SCHEMA_VERSION,
    id: clean.id,
    source: clean.source,
    url: clean.url,
    fetchedAt: clean.fetchedAt,
    contentHash: clean.contentHash,
    language: clean.language,
    title: clean.title,
    dateline: clean.dateline === null ? null : { text: clean.dateline.text, country: found.datelineCountry },
    body: clean.body,
    contacts: clean.contacts,
    warnings: clean.warnings,
    publishedAt: clean.publishedAt,
    countries: found.countries,
    regions: found.regions,
    themes: found.themes,
    organizations: found.organizations,
    persons: found.persons,
    amounts: found.amounts,
    location: found.location,
  };
}

/** A cleaned release from a Kafka message value, checked against its contract (throws ContractViolation). */
export const readCleanRelease = (value: Buffer | null): CleanRelease => parseJsonMessage('CleanRelease', value, parseCleanRelease);
