import { test } from 'node:test';
import { stringifiedStringField, type EnrichedRelease } from '@presswatch/contracts';
import assert from 'node:assert/strict';
import { bulkBody, releaseBulkItem, type BulkItem } from './bulk-writer.js';
import { createSearchClient } from './client.js';

test('bulkBody is the NDJSON the client made of the action and document objects, as UTF-8 bytes', () => {
  const items = [
    { id: 'a1', version: 1717200000000, document: { id: 'a1', title: 'Genève – « crue »', body: 'ligne\nsuivante\t"citée" \u2028 😀' } },
    { id: 'b2', version: 1717200000001, document: { id: 'b2', title: null, body: '' } },
  ] as unknown as BulkItem[];
  const client = createSearchClient({ node: 'http://127.0.0.1:9' });
  const expected = client.transport.serializer.ndserialize(
    items.flatMap((item) => [
      { index: { _index: 'releases', _id: item.id, version: item.version, version_type: 'external' } },
      item.document,
    ]),
  );
  assert.deepEqual(bulkBody(items, 'releases'), Buffer.from(expected, 'utf8'));
  void client.close();
});

test("bulkBody writes the same bytes when a document's body is copied from its message", () => {
  const bodies = ['', 'ligne\nsuivante\t"citée" \\ \u2028\u2029 😀', 'seul \ud800 et \udfff, \u0000\u001f\u007f', ',"body":"" déjà'];
  const items = bodies.map((body, index) => {
    const document = { id: `d${index}`, source: 's', url: null, language: 'fr', title: ',"body":""', body, warnings: [] };
    return { id: document.id, version: index, document } as unknown as BulkItem;
  });
  const copied = items.map((item, index) => {
    const message = Buffer.from(JSON.stringify({ schemaVersion: 1, body: bodies[index], id: item.id }));
    const span = stringifiedStringField(message, 'body')!;
    return { ...item, bodyJson: message.subarray(span.start, span.end) };
  });
  assert.deepEqual(bulkBody(copied, 'releases'), bulkBody(items, 'releases'));
  assert.deepEqual(bulkBody(copied.slice(3), 'releases'), bulkBody(items.slice(3), 'releases'));
});

test('releaseBulkItem takes the body from the message only when its bytes are what JSON.stringify writes', () => {
  const release: EnrichedRelease = {
    schemaVersion: 1,
    id: 'r1',
    source: 's',
    url: null,
    fetchedAt: '2024-06-01T00:00:00Z',
    contentHash: 'a'.repeat(64),
    language: 'fr',
    title: 't',
    dateline: null,
    body: 'café\n',
    contacts: [],
    warnings: [],
    publishedAt: null,
    countries: [],
    regions: [],
    themes: [],
    organizations: [],
    persons: [],
    amounts: [],
    location: null,
  };
  const at = new Date('2024-06-02T00:00:00Z');
  const canonical = Buffer.from(JSON.stringify(release));
  assert.equal(releaseBulkItem(release, at, canonical).bodyJson?.toString(), '"café\\n"');
  assert.equal(releaseBulkItem(release, at, Buffer.from(canonical.toString().replace('é', '\\u00e9'))).bodyJson, undefined);
  assert.equal(releaseBulkItem(release, at).bodyJson, undefined);
  const item = releaseBulkItem(release, at, canonical);
  assert.deepEqual(bulkBody([item], 'releases'), bulkBody([{ ...item, bodyJson: undefined }], 'releases'));
});
