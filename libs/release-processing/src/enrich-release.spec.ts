import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CleanReleaseSchema, EnrichedReleaseSchema, parseCleanRelease, type CleanRelease } from '@presswatch/contracts';
import { cleanRelease } from './clean-release.js';
import { enrichedMessageValue, enrichRelease } from './enrich-release.js';

const RAW = {
  schemaVersion: 1 as const,
  id: 'r-1',
  source: 'unit',
  url: 'https://example.org/r-1',
  fetchedAt: '2024-06-01T00:00:00Z',
  contentType: 'text/plain',
  contentHash: 'a'.repeat(64),
  body: 'Ministry of Health of Kenya\n\nNAIROBI, 3 May 2024 - The Ministry of Health of Kenya announced a cholera vaccination campaign in Nairobi and Mombasa, funded with USD 2 million.',
};

describe('enrichRelease', () => {
  it('keeps every clean field, in the contract order, with the enrichment after them', () => {
    const clean = parseCleanRelease(cleanRelease(RAW));
    const enriched = enrichRelease(clean);
    // The clean fields are written out one by one: a field added to the contract must be added there too.
    assert.deepEqual(Object.keys(clean), Object.keys(CleanReleaseSchema.shape));
    assert.deepEqual(Object.keys(enriched), Object.keys(EnrichedReleaseSchema.shape));
    // The same JSON as spreading the clean release under the enrichment (what the stage wrote before).
    const spread = { ...clean, ...enriched };
    assert.equal(JSON.stringify(enriched), JSON.stringify(spread));
    for (const key of Object.keys(clean) as (keyof CleanRelease)[]) {
      if (key !== 'dateline') assert.equal(enriched[key], clean[key]);
    }
    assert.ok(enriched.countries.some((c) => c.code === 'KE'));
  });
});

describe('enrichedMessageValue', () => {
  const enrichedOf = (message: Buffer) => enrichRelease(parseCleanRelease(JSON.parse(message.toString('utf8'))));

  it('is the bytes of JSON.stringify(enriched), the body copied from the clean message or serialised', () => {
    const clean = parseCleanRelease(cleanRelease(RAW));
    const bodies = [clean.body, '', 'citée "x" \\ \n\t \u2028 😀 \ud800 ,"body":""', 'Kenya\u0000\u001f'];
    for (const body of bodies) {
      const canonical = Buffer.from(JSON.stringify({ ...clean, body }));
      const enriched = enrichedOf(canonical);
      assert.deepEqual(enrichedMessageValue(enriched, canonical), Buffer.from(JSON.stringify(enriched), 'utf8'));
      // Escapes JSON.stringify does not write, pretty-printed JSON, no message: the same bytes all the same.
      const escaped = Buffer.from(canonical.toString('utf8').replace(/e/g, '\\u0065'));
      for (const message of [escaped, Buffer.from(JSON.stringify({ ...clean, body }, null, 2)), null]) {
        assert.deepEqual(enrichedMessageValue(enriched, message), Buffer.from(JSON.stringify(enriched), 'utf8'));
      }
    }
  });
});
