import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  RELEASES_INDEX_VERSION,
  bulkWrite,
  createSearchClient,
  ensureReleasesIndex,
  indicesOfAlias,
  reindexReleases,
  searchReleases,
  type SearchClient,
} from '@presswatch/search-index';
import { requireEnv } from '../support/environment.js';
import { SAMPLES, dropAlias, indexSamples } from '../support/sample-index.js';

interface Label {
  file: string;
  primaryCountry: string;
  themes: string[];
  publishedAt: string;
}

describe('searching the releases index', () => {
  const opensearchUrl = requireEnv('PRESSWATCH_TEST_OPENSEARCH');
  const alias = `presswatch-search-${process.pid}`;
  let client: SearchClient;
  let labels: Label[];

  before(async () => {
    ({ client } = await indexSamples(opensearchUrl, alias));
    labels = JSON.parse(await readFile(join(SAMPLES, 'labels.json'), 'utf8')) as Label[];
  });
  after(() => dropAlias(opensearchUrl, alias));

  it('answers "trafficking releases about Mexico since 2010" with highlighted passages', async () => {
    const result = await searchReleases(
      client,
      { text: 'traite', countries: ['MX'], themes: ['human-trafficking'], since: '2010-01-01', size: 50 },
      alias,
    );
    const expected = labels.filter(
      (label) => label.themes.includes('human-trafficking') && label.publishedAt >= '2010-01-01' && label.primaryCountry === 'MX',
    );
    assert.ok(result.total >= 1, 'at least the French Mexico release');
    assert.ok(
      result.hits.every(
        (hit) =>
          hit.release.country_codes.includes('MX') && hit.release.theme_ids.includes('human-trafficking') && hit.release.date >= '2010',
      ),
    );
    assert.ok(
      result.hits.some((hit) => hit.highlights.some((passage) => /\*\*traite\*\*/i.test(passage))),
      'highlights mark the term',
    );
    assert.ok(result.total >= expected.filter((label) => label.file.startsWith('fr-')).length);
  });

  it('stems per language: "trafficking" finds English releases that say "trafficked"', async () => {
    const result = await searchReleases(client, { text: 'trafficked', languages: ['en'], size: 50 }, alias);
    assert.ok(
      result.hits.some((hit) => /\btrafficking\b/i.test(hit.release.body) && !/\btrafficked\b/i.test(hit.release.body)),
      'english analyzer stems',
    );
  });

  it('filters by publication date', async () => {
    const result = await searchReleases(client, { since: '2020-01-01', size: 50 }, alias);
    assert.equal(result.total, labels.filter((label) => label.publishedAt >= '2020-01-01').length);
  });

  it('counts facets as the labels do for the primary country', async () => {
    const response = await fetch(`${opensearchUrl}/${alias}/_search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ size: 0, aggs: { primary: { terms: { field: 'primary_country', size: 100 } } } }),
    });
    const buckets = ((await response.json()) as { aggregations: { primary: { buckets: { key: string; doc_count: number }[] } } })
      .aggregations.primary.buckets;
    const expected = new Map<string, number>();
    for (const label of labels) expected.set(label.primaryCountry, (expected.get(label.primaryCountry) ?? 0) + 1);
    assert.deepEqual(new Map(buckets.map((bucket) => [bucket.key, bucket.doc_count])), expected);
  });

  it('counts theme facets exactly as the documents are tagged (keyword arrays, one count per release)', async () => {
    const response = await fetch(`${opensearchUrl}/${alias}/_search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ size: 100, _source: ['theme_ids'], aggs: { themes: { terms: { field: 'theme_ids', size: 100 } } } }),
    });
    const result = (await response.json()) as {
      hits: { hits: { _source: { theme_ids: string[] } }[] };
      aggregations: { themes: { buckets: { key: string; doc_count: number }[] } };
    };
    const expected = new Map<string, number>();
    for (const hit of result.hits.hits)
      for (const theme of new Set(hit._source.theme_ids)) expected.set(theme, (expected.get(theme) ?? 0) + 1);
    assert.deepEqual(new Map(result.aggregations.themes.buckets.map((bucket) => [bucket.key, bucket.doc_count])), expected);
    assert.ok((expected.get('human-trafficking') ?? 0) >= 5, 'trafficking is the most common theme of the samples');
  });

  it('reindexes into a new version behind the alias without losing a newer write', async () => {
    const [before] = await indicesOfAlias(client, alias);
    const result = await reindexReleases(client, { alias, deleteOld: true });
    assert.equal(result.from, before);
    assert.equal(result.to, `${alias}-v${RELEASES_INDEX_VERSION + 1}`);
    assert.deepEqual(await indicesOfAlias(client, alias), [result.to]);
    assert.equal((await searchReleases(client, { size: 1 }, alias)).total, labels.length);
    // Out-of-order delivery: an older version of a release never replaces the newer one.
    const [hit] = (await searchReleases(client, { size: 1 }, alias)).hits;
    const stale = await bulkWrite(client, [{ id: hit!.id, version: 1, document: { ...hit!.release, title: 'stale' } }], alias);
    assert.deepEqual(stale.acknowledged, [hit!.id]);
    await client.indices.refresh({ index: alias });
    const after = await searchReleases(client, { size: 50 }, alias);
    assert.notEqual(after.hits.find((candidate) => candidate.id === hit!.id)?.release.title, 'stale');
  });
});

describe('an index made with an older mapping', () => {
  const opensearchUrl = requireEnv('PRESSWATCH_TEST_OPENSEARCH');
  const alias = `presswatch-old-${process.pid}`;
  after(() => dropAlias(opensearchUrl, alias));

  it('is detected and rolled forward with its documents', async () => {
    const client = createSearchClient({ node: opensearchUrl });
    // What an earlier release of the indexer left: version 1 behind the alias, without today's fields.
    const old = `${alias}-v${RELEASES_INDEX_VERSION - 1}`;
    const mappings = { dynamic: 'strict', properties: { id: { type: 'keyword' }, title: { type: 'text' } } } as const;
    await client.indices.create({ index: old, body: { mappings, aliases: { [alias]: { is_write_index: true } } } });
    await client.index({ index: old, id: 'r1', body: { id: 'r1', title: 'Une ancienne dépêche' }, refresh: true });
    const setup = await ensureReleasesIndex(client, alias);
    assert.deepEqual(setup, { index: old, created: false, outdated: true });
    await reindexReleases(client, { alias, toVersion: RELEASES_INDEX_VERSION });
    assert.deepEqual(await indicesOfAlias(client, alias), [`${alias}-v${RELEASES_INDEX_VERSION}`]);
    const count = await client.count({ index: alias });
    assert.equal(count.body.count, 1);
    assert.equal((await ensureReleasesIndex(client, alias)).outdated, false);
  });
});

describe('the refresh interval (INDEX_REFRESH_SECONDS)', () => {
  const opensearchUrl = requireEnv('PRESSWATCH_TEST_OPENSEARCH');
  const alias = `presswatch-refresh-${process.pid}`;
  after(() => dropAlias(opensearchUrl, alias));

  const refreshIntervals = async (client: SearchClient) => {
    const response = await client.indices.getSettings({ index: alias, name: 'index.refresh_interval' });
    const settings = response.body as Record<string, { settings: { index: { refresh_interval: string } } }>;
    return Object.fromEntries(Object.entries(settings).map(([index, entry]) => [index, entry.settings.index.refresh_interval]));
  };

  it('shapes new indices, reaches the existing one at the next start and follows a reindex', async () => {
    const client = createSearchClient({ node: opensearchUrl });
    const current = `${alias}-v${RELEASES_INDEX_VERSION}`;
    assert.deepEqual(await ensureReleasesIndex(client, alias, { refreshSeconds: 5 }), { index: current, created: true, outdated: false });
    assert.deepEqual(await refreshIntervals(client), { [current]: '5s' });
    // A restart with another interval: the template only shapes new indices, so the index itself is updated.
    await ensureReleasesIndex(client, alias, { refreshSeconds: 2 });
    assert.deepEqual(await refreshIntervals(client), { [current]: '2s' });
    const { to } = await reindexReleases(client, { alias, deleteOld: true, settings: { refreshSeconds: 2 } });
    assert.deepEqual(await refreshIntervals(client), { [to]: '2s' });
  });
});
