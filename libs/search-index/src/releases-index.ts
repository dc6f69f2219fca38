import { z } from 'zod';

/**
 * The `releases` index: analysts query the alias; the indexer writes through it into a versioned index, so a
 * mapping change is a reindex into the next version and an alias swap.
 */
export const RELEASES_ALIAS = 'presswatch-releases';
/**
 * Version of the mapping below; bump it with every mapping change. The indexer rolls an alias that points to
 * an older version onto the new one at start-up (see reindexReleases); `cli reindex` does it by hand.
 * v2: `date`, the dashboards' time axis.
 */
export const RELEASES_INDEX_VERSION = 2;

/** The concrete index behind an alias for a mapping version: `<alias>-v<version>`. */
export function releasesIndexName(version: number = RELEASES_INDEX_VERSION, alias: string = RELEASES_ALIAS): string {
  return `${alias}-v${version}`;
}

/** The version of a concrete index name, or null when it is not one of the alias's versioned indices. */
export function indexVersionOf(index: string, alias: string = RELEASES_ALIAS): number | null {
  const prefix = `${alias}-v`;
  const version = index.startsWith(prefix) ? index.slice(prefix.length) : '';
  return /^\d+$/.test(version) ? Number(version) : null;
}

/** Full text analysed per language as multi-fields, next to a language-neutral standard field. */
const multilingualText = {
  type: 'text',
  analyzer: 'standard',
  fields: {
    fr: { type: 'text', analyzer: 'french' },
    en: { type: 'text', analyzer: 'english' },
    es: { type: 'text', analyzer: 'spanish' },
  },
} as const;

const keyword = { type: 'keyword' } as const;

/**
 * Seconds between refreshes of the releases index: a document is searchable at most this long after its bulk
 * was acknowledged. Each refresh writes a segment (later merged), so fewer refreshes cost OpenSearch less CPU
 * per document at the pipeline's pace: 10 s cost about a quarter less than 1 s in bench:pipeline, and 30 s no
 * less than 10 s (tests/bench/README.md, round 10). Whoever needs a release searchable at once refreshes.
 */
export const DEFAULT_REFRESH_SECONDS = 10;

/** Settings of the releases index that operators may tune (the indexer's config). */
export interface ReleasesIndexSettings {
  refreshSeconds: number;
}

export const defaultIndexSettings: ReleasesIndexSettings = { refreshSeconds: DEFAULT_REFRESH_SECONDS };

/** The environment variables of those settings, validated by the indexer's config and by the setup Job. */
export const indexSettingsEnvShape = {
  /** Seconds between refreshes: how long an acknowledged document may take to become searchable. */
  INDEX_REFRESH_SECONDS: z.coerce.number().int().min(1).max(300).default(DEFAULT_REFRESH_SECONDS),
};

export const indexSettingsOf = (env: { INDEX_REFRESH_SECONDS: number }): ReleasesIndexSettings => ({
  refreshSeconds: env.INDEX_REFRESH_SECONDS,
});

/** The settings from an environment (the setup Job's); throws naming the invalid variable. */
export function indexSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ReleasesIndexSettings {
  const parsed = z.object(indexSettingsEnvShape).safeParse(env);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  return indexSettingsOf(parsed.data);
}

/** The index-level settings that `ensureReleasesIndex` also puts on an existing index (dynamic settings). */
export const dynamicIndexSettings = (settings: ReleasesIndexSettings) => ({ refresh_interval: `${settings.refreshSeconds}s` });

/** The index template for an alias's versioned indices (one template per alias, named like the alias). */
export const releasesTemplate = (alias: string = RELEASES_ALIAS, settings: ReleasesIndexSettings = defaultIndexSettings) => ({
  index_patterns: [`${alias}-v*`],
  version: RELEASES_INDEX_VERSION,
  priority: 100,
  template: {
    settings: { number_of_shards: 1, number_of_replicas: 0, ...dynamicIndexSettings(settings) },
    mappings: {
      dynamic: 'strict',
      _meta: { template_version: RELEASES_INDEX_VERSION },
      properties: {
        id: keyword,
        source: keyword,
        url: keyword,
        language: keyword,
        title: { ...multilingualText, fields: { ...multilingualText.fields, raw: { type: 'keyword', ignore_above: 512 } } },
        body: multilingualText,
        dateline: { properties: { text: keyword, country: keyword } },
        published_at: { type: 'date' },
        fetched_at: { type: 'date' },
        indexed_at: { type: 'date' },
        content_hash: keyword,
        warnings: keyword,
        word_count: { type: 'integer' },
        countries: { properties: { code: keyword, name: keyword, role: keyword, mentions: { type: 'integer' } } },
        country_codes: keyword,
        primary_country: keyword,
        primary_country_name: keyword,
        regions: { properties: { code: keyword, name: keyword } },
        region_names: keyword,
        themes: { properties: { id: keyword, score: { type: 'float' }, reliefweb_theme: keyword, evidence: keyword } },
        theme_ids: keyword,
        reliefweb_themes: keyword,
        organizations: { properties: { id: keyword, name: keyword } },
        organization_ids: keyword,
        persons: { properties: { name: keyword, role: keyword } },
        amounts: { properties: { value: { type: 'double' }, currency: keyword, text: { type: 'text', index: false } } },
        contacts: { type: 'nested', properties: { name: keyword, office: keyword, email: keyword, phones: keyword } },
        location: { type: 'geo_point' },
        /** The time axis of dashboards: the publication date, or the fetch date when none is printed. */
        date: { type: 'date' },
      },
    },
  },
});
