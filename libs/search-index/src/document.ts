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
    word_count: release.body.split(/\s+/).filter(Boolean).length,
    countries: release.countries,
    country_codes: release.countries.map((country) => country.code),
    primary_country: primary?.code ?? null,
    primary_country_name: primary?.name ?? null,
    regions: release.regions,
    region_names: release.regions.map((region) => region.name),
    themes: release.themes.map((theme) => ({ id: theme.id, score: theme.score, reliefweb_theme: theme.reliefwebTheme, evidence: theme.evidence })),
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
