import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from './dom.js';
import { declaresSchemaType } from './schema-types.js';

const withLd = (ld: string) => parseHtml(`<html><head><script type="application/ld+json">${ld}</script></head><body></body></html>`);

describe('declaresSchemaType', () => {
  it('finds a type given alone or anywhere in an array of types', () => {
    assert.ok(declaresSchemaType(withLd('{"@type":"Product","name":"Lantern"}'), 'Product'));
    assert.ok(declaresSchemaType(withLd('{"@type": ["Product", "Thing"]}'), 'Product'));
    assert.ok(declaresSchemaType(withLd('{"@type": ["WebPage", "Product"]}'), 'Product'));
  });

  it('takes the name exactly and only as an @type', () => {
    assert.ok(!declaresSchemaType(withLd('{"@type":"ProductGroup"}'), 'Product'));
    assert.ok(!declaresSchemaType(withLd('{"@type":["ItemList"],"name":"Product"}'), 'Product'));
    assert.ok(!declaresSchemaType(withLd('{"@type":"WebPage","about":"Product"}'), 'Product'));
  });
});
