import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringifiedStringField } from './json-string-span.js';

const HOSTILE = [
  '',
  'plain',
  'quotes " and \\ backslashes \\" \\\\',
  'line\nfeed\r\ttab\b\f and \u0000\u0001\u001f\u007f control',
  'separators \u2028 \u2029 and \u00a0 \u00e9 é – « » ’ 😀 𝄞',
  'lone high \ud800 then text',
  'lone low \udc00 at the start of nothing',
  'high at the end \udbff',
  '\udc00\ud800 reversed pair',
  'a pair 😀 then a lone \ud83d',
  '\\u00e9 written as text, \\/ too',
  '"body":"decoy", "body": "also"',
  '}]{[ brackets, commas,,, and colons ::',
];

/** The invariant: whatever is returned is the field's value as JSON.stringify writes it, as UTF-8. */
function assertFaithful(bytes: Buffer, key: string): boolean {
  const span = stringifiedStringField(bytes, key);
  if (span === null) return false;
  const value = (JSON.parse(bytes.toString('utf8')) as Record<string, unknown>)[key];
  assert.equal(typeof value, 'string');
  assert.deepEqual(bytes.subarray(span.start, span.end), Buffer.from(JSON.stringify(value), 'utf8'));
  return true;
}

test('stringifiedStringField finds a top-level string field written by JSON.stringify, however hostile its text', () => {
  for (const body of HOSTILE) {
    const message = {
      id: 'x',
      title: HOSTILE.join(' | '),
      nested: { body: 'not this one', list: [{ body: '"]}' }, '\\', null, 1.5e-7, true] },
      body,
      tail: ['"body"', { body: 'neither' }],
    };
    assert.ok(assertFaithful(Buffer.from(JSON.stringify(message)), 'body'), JSON.stringify(body));
    assert.ok(assertFaithful(Buffer.from(JSON.stringify(message, null, 2)), 'body'), 'with whitespace between tokens');
  }
});

test('stringifiedStringField takes the last of duplicate keys, as JSON.parse does', () => {
  const bytes = Buffer.from('{"body":"first","id":1,"body":"second"}');
  assert.ok(assertFaithful(bytes, 'body'));
  assert.equal(bytes.subarray(...Object.values(stringifiedStringField(bytes, 'body')!)).toString(), '"second"');
});

test('stringifiedStringField refuses text that decodes to the value but is not what JSON.stringify writes', () => {
  const refused = [
    '{"body":"caf\\u00e9"}', // an escape JSON.stringify does not use
    '{"body":"\\/path"}',
    '{"body":"\\u001F"}', // upper-case hex
    '{"body":"\\u000a"}', // JSON.stringify writes \n
    '{"body":"\\u0022"}',
    '{"body":"\\ud83d\\ude00"}', // an escaped pair: JSON.stringify writes the character
    '{"bod\\u0079":"x"}', // a key written with escapes
    '{"body":1}',
    '{"body":null}',
    '{"id":"x"}',
    '["body","x"]',
  ];
  for (const text of refused) assert.equal(stringifiedStringField(Buffer.from(text), 'body'), null, text);
  // The last of duplicate keys is not a string: the earlier string is not the value.
  assert.equal(stringifiedStringField(Buffer.from('{"body":"x","body":2}'), 'body'), null);
  // Not valid UTF-8: decoding would replace the bytes, JSON.stringify would write U+FFFD.
  assert.equal(stringifiedStringField(Buffer.from([...Buffer.from('{"body":"a'), 0xff, ...Buffer.from('"}')]), 'body'), null);
  // A surrogate encoded as UTF-8 bytes (CESU): invalid UTF-8 too.
  assert.equal(stringifiedStringField(Buffer.from([...Buffer.from('{"body":"'), 0xed, 0xa0, 0x80, ...Buffer.from('"}')]), 'body'), null);
  // Escaped lone surrogates and control characters are what JSON.stringify writes: kept.
  assert.ok(assertFaithful(Buffer.from('{"body":"\\ud800\\n\\u0001\\udfff x \\udbff"}'), 'body'));
});

test('stringifiedStringField is faithful on random strings and on random escapes of them', () => {
  let seed = 7;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const alphabet = ['a', ' ', '"', '\\', '/', '\n', '\u0000', '\u001f', '\u007f', '\u2028', 'é', '😀', '\ud800', '\udc00', '\udbff'];
  let kept = 0;
  for (let round = 0; round < 2000; round++) {
    let body = '';
    for (let length = random(12); length > 0; length--) body += alphabet[random(alphabet.length)];
    const canonical = JSON.stringify({ id: round, body });
    assert.ok(assertFaithful(Buffer.from(canonical), 'body'));
    // The same value with some characters escaped as \uXXXX (upper or lower case): faithful whenever it answers.
    const escaped = canonical.replace(/[a é\u2028]/g, (char) => {
      const hex = char.charCodeAt(0).toString(16).padStart(4, '0');
      return random(3) === 0 ? `\\u${random(2) === 0 ? hex.toUpperCase() : hex}` : char;
    });
    assert.deepEqual(JSON.parse(escaped), JSON.parse(canonical));
    if (assertFaithful(Buffer.from(escaped), 'body')) kept++;
  }
  assert.ok(kept > 0);
});
