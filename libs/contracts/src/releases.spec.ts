import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ContractViolation, parseJsonMessage } from './validation.js';
import { parseRawRelease, SCHEMA_VERSION } from './releases.js';

const valid = {
  schemaVersion: SCHEMA_VERSION,
  id: 'abc',
  source: 'folder:samples',
  url: null,
  fetchedAt: '2024-05-01T10:00:00.000Z',
  contentType: 'text/plain',
  body: 'Hello',
  contentHash: 'a'.repeat(64),
};

describe('RawRelease contract', () => {
  it('accepts a valid message', () => {
    assert.deepEqual(parseRawRelease(valid), valid);
  });

  it('lists every offending field', () => {
    assert.throws(
      () => parseRawRelease({ ...valid, schemaVersion: 2, contentHash: 'nope' }),
      (error: unknown) =>
        error instanceof ContractViolation &&
        error.issues.some((issue) => issue.startsWith('schemaVersion')) &&
        error.issues.some((issue) => issue.startsWith('contentHash')),
    );
  });

  it('rejects a value that is not JSON with a clear reason', () => {
    assert.throws(() => parseJsonMessage('RawRelease', Buffer.from('{oops'), parseRawRelease), /not JSON/);
  });
});
