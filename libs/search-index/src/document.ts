import type { EnrichedRelease } from '@presswatch/contracts';

/** The indexed shape: nested tags for detail plus flat keyword arrays for facets and Dashboards. */
export interface ReleaseDocument {
  id: string;
  source: string;
  url: string | null;
  language: string;
  title: string | null;
  body: string;
  dateline: { text: string; country: string | null } | null;
  published_at: string | null;
  fetched_at: string;
  indexed_at: string;
  content_hash: string;
  warnings: string[];
  word_count: number;
  countries: EnrichedRelease['countries'];
  country_codes: string[];
  primary_country: string | null;
  primary_country_name: string | null;
  regions: EnrichedRelease['regions'];
  region_names: string[];
  themes: { id: string; score: number; reliefweb_theme: string; evidence: string[] }[];
  theme_ids: string[];
  reliefweb_themes: string[];
  organizations: EnrichedRelease['organizations'];
  organization_ids: string[];
  persons: EnrichedRelease['persons'];
  amounts: EnrichedRelease['amounts'];
  contacts: EnrichedRelease['contacts'];
  location: { lat: number; lon: number } | null;
  date: string;
}

const unique = (values: string[]): string[] => [...new Set(values)];

/** Whitespace as `\s` has it (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The number of runs of non-space characters, as `text.split(/\s+/).filter(Boolean).length` without the array (10 % of the indexer's CPU). */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let position = 0; position < text.length; position++) {
    const space = isSpace(text.charCodeAt(position));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

export function toReleaseDocument(release: EnrichedRelease, indexedAt: Date = new Date()): ReleaseDocument {
  const primary = release.countries.find((country) => country.role === 'primary') ?? null;
  return {
    id: release.id,
    source: release.source,
    url: release.url,
    language: release.language,
    title: release.title,
    body: release.body,
    dateline: release.dateline,
    published_at: release.publishedAt,
    fetched_at: release.fetchedAt,
    indexed_at: indexedAt.toISOString(),
    content_hash: release.contentHash,
    warnings: release.warnings,
    word_count: countWords(release.body),
    countries: release.countries,
    country_codes: release.countries.map((country) => country.code),
    primary_country: primary?.code ?? null,
    primary_country_name: primary?.name ?? null,
    regions: release.regions,
    region_names: release.regions.map((region) => region.name),
    themes: release.themes.map((theme) => ({
      id: theme.id,
      score: theme.score,
      reliefweb_theme: theme.reliefwebTheme,
      evidence: theme.evidence,
    })),
    theme_ids: release.themes.map((theme) => theme.id),
    reliefweb_themes: unique(release.themes.map((theme) => theme.reliefwebTheme)),
    organizations: release.organizations,
    organization_ids: release.organizations.map((organization) => organization.id),
    persons: release.persons,
    amounts: release.amounts,
    contacts: release.contacts,
    location: release.location,
    date: release.publishedAt ?? release.fetchedAt,
  };
}

/**
 * External version for optimistic concurrency: a later fetch of the same release has a later fetchedAt, so
 * OpenSearch keeps the newest version even when messages arrive out of order.
 */
export function documentVersion(release: Pick<EnrichedRelease, 'fetchedAt'>): number {
  return Date.parse(release.fetchedAt);
}
