import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RELEASES_INDEX_VERSION, encodedRequest, releasesSavedObjects, toNdjson, type SavedObject } from '@presswatch/search-index';
import { ROOT, requireEnv } from '../support/environment.js';
import { dropAlias, indexSamples } from '../support/sample-index.js';
import { searchJson } from '../support/search.js';

interface Bucket {
  key: string | number;
  doc_count: number;
  [nested: string]: unknown;
}

/**
 * Dashboards cannot run here: each shipped visualization and saved search is rebuilt into the request it
 * makes and run against the real node loaded with the sample corpus.
 */
describe('Dashboards saved objects', () => {
  const opensearchUrl = requireEnv('PRESSWATCH_TEST_OPENSEARCH');
  const alias = `presswatch-dash-${process.pid}`;
  const objects = releasesSavedObjects(alias);
  let mapping: Record<string, string>;

  before(async () => {
    await indexSamples(opensearchUrl, alias);
    type Properties = Record<string, { type?: string; properties?: Record<string, { type?: string }> }>;
    const response = await searchJson<Record<string, { mappings: { properties: Properties } }>>(opensearchUrl, `/${alias}/_mapping`);
    const properties = Object.values(response)[0]!.mappings.properties;
    mapping = Object.fromEntries(Object.entries(properties).map(([field, definition]) => [field, definition.type ?? 'object']));
  });
  after(() => dropAlias(opensearchUrl, alias));

  it('ships exactly what the code builds, in deploy/dashboards', async () => {
    const shipped = await readFile(join(ROOT, 'deploy', 'dashboards', `presswatch-releases-v${RELEASES_INDEX_VERSION}.ndjson`), 'utf8');
    assert.equal(shipped, toNdjson(releasesSavedObjects()));
  });

  it('has one index pattern with the time field, fixed ids, and references that resolve', () => {
    const ids = new Set(objects.map((object) => object.id));
    assert.equal(ids.size, objects.length);
    const patterns = objects.filter((object) => object.type === 'index-pattern');
    assert.equal(patterns.length, 1);
    assert.equal(mapping[patterns[0]!.attributes['timeFieldName'] as string], 'date');
    for (const object of objects)
      for (const reference of object.references) assert.ok(ids.has(reference.id), `${object.id} → ${reference.id}`);
    const dashboard = objects.find((object) => object.type === 'dashboard')!;
    assert.equal(JSON.parse(dashboard.attributes['panelsJSON'] as string).length, dashboard.references.length);
  });

  const run = async (object: SavedObject) => {
    const request = encodedRequest(object);
    for (const [field, type] of Object.entries(request.fieldTypes))
      assert.equal(mapping[field], type, `${object.id}: ${field} must be ${type}`);
    return searchJson<{ hits: { total: { value: number } }; aggregations?: Record<string, { buckets: Bucket[] }> }>(
      opensearchUrl,
      `/${alias}/_search`,
      {
        size: 0,
        track_total_hits: true,
        query: request.query,
        ...(request.aggs ? { aggs: request.aggs } : {}),
      },
    );
  };

  for (const object of releasesSavedObjects().filter((candidate) => candidate.type === 'visualization')) {
    it(`visualization "${object.attributes['title']}" returns non-empty buckets at every level`, async () => {
      const response = await run(objects.find((candidate) => candidate.id === object.id)!);
      let level: Bucket[] = Object.values(response.aggregations ?? {})[0]?.buckets ?? [];
      assert.ok(level.length > 0, 'top-level buckets');
      // Walk into the nested aggregation (e.g. theme inside year) and require buckets there too.
      for (;;) {
        const nestedKey = Object.keys(level[0]!).find((key) => key.startsWith('agg_'));
        if (!nestedKey) break;
        level = level.flatMap((bucket) => (bucket[nestedKey] as { buckets: Bucket[] }).buckets);
        assert.ok(level.length > 0, `nested buckets under ${nestedKey}`);
      }
    });
  }

  it('saved searches find their releases', async () => {
    const trafficking = await run(objects.find((object) => object.attributes['title'] === 'Trafficking releases')!);
    const all = await run(objects.find((object) => object.attributes['title'] === 'Latest releases')!);
    assert.equal(all.hits.total.value, 24);
    assert.ok(
      trafficking.hits.total.value >= 5 && trafficking.hits.total.value < 24,
      `trafficking releases: ${trafficking.hits.total.value}`,
    );
  });
});
