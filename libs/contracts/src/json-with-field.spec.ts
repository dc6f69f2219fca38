import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringifiedStringField } from './json-string-span.js';
import { jsonPartsBytes, stringifyWithField } from './json-with-field.js';

const BODIES = [
  '',
  'ligne\nsuivante\t"citée" \\ \u2028\u2029 😀',
  'seul \ud800 et \udfff, \u0000\u001f\u007f',
  ',"body":"" déjà',
  '{"body":""}',
];

/** The body's JSON text taken from a message that holds it, as the enricher and the indexer take it. */
function bodyJson(body: string): Buffer {
  const message = Buffer.from(JSON.stringify({ id: 'm', body }));
  const span = stringifiedStringField(message, 'body')!;
  return message.subarray(span.start, span.end);
}

test('stringifyWithField gives the bytes of JSON.stringify, however hostile the other fields and the body', () => {
  for (const body of BODIES) {
    for (const decoy of BODIES) {
      const value = {
        id: 'x',
        title: decoy,
        // Objects before the key holding the same key, empty or not: the outer key is the one replaced.
        nested: { body: '', list: [{ body: '' }, decoy, null, 1.5e-7] },
        body,
        after: { body: '' },
      };
      const parts = stringifyWithField(value, 'body', bodyJson(body));
      assert.ok(parts !== null);
      assert.deepEqual(jsonPartsBytes(parts), Buffer.from(JSON.stringify(value), 'utf8'), JSON.stringify([body, decoy]));
    }
  }
});

test('stringifyWithField keeps the key order and leaves the value untouched', () => {
  const value = { body: 'premier', id: 'x', z: [1, 2] };
  assert.deepEqual(jsonPartsBytes(stringifyWithField(value, 'body', bodyJson('premier'))!), Buffer.from(JSON.stringify(value)));
  assert.deepEqual(value, { body: 'premier', id: 'x', z: [1, 2] });
});

test('stringifyWithField refuses a field that is not a string, or missing (it would add a key)', () => {
  const json = bodyJson('x');
  assert.equal(stringifyWithField({ id: 'x', body: null }, 'body', json), null);
  assert.equal(stringifyWithField({ id: 'x', body: 1 }, 'body', json), null);
  assert.equal(stringifyWithField({ id: 'x' } as { id: string; body?: string }, 'body', json), null);
});

test('stringifyWithField places the key by JSON.stringify, so a toJSON that hides it is refused', () => {
  const value = { id: 'x', body: 'y', toJSON: () => ({ id: 'x' }) };
  assert.equal(stringifyWithField(value, 'body', bodyJson('y')), null);
});
