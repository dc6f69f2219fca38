import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bulkBody, type BulkItem } from './bulk-writer.js';
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
