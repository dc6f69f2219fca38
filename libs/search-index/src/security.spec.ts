import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { searchSecurityFromEnv } from './security.js';

const SOME_FILE = fileURLToPath(import.meta.url);

describe('OpenSearch client security from the environment', () => {
  it('reads basic auth and a CA for an https node', () => {
    assert.deepEqual(
      searchSecurityFromEnv('https://opensearch:9200', {
        OPENSEARCH_USERNAME: 'presswatch-indexer',
        OPENSEARCH_PASSWORD: 'p',
        OPENSEARCH_CA_FILE: SOME_FILE,
      }),
      {
        auth: { username: 'presswatch-indexer', password: 'p' },
        caFile: SOME_FILE,
      },
    );
    assert.deepEqual(searchSecurityFromEnv('http://127.0.0.1:9200', {}), { auth: undefined, caFile: undefined });
  });

  it('refuses credentials or a CA with a plain-HTTP node, half-given credentials and a missing CA file', () => {
    assert.throws(
      () => searchSecurityFromEnv('http://opensearch:9200', { OPENSEARCH_USERNAME: 'u', OPENSEARCH_PASSWORD: 'p' }),
      /OPENSEARCH_USERNAME: credentials need an https:\/\/ OPENSEARCH_URL/,
    );
    assert.throws(
      () => searchSecurityFromEnv('http://opensearch:9200', { OPENSEARCH_CA_FILE: SOME_FILE }),
      /OPENSEARCH_CA_FILE: a CA file needs an https/,
    );
    assert.throws(
      () => searchSecurityFromEnv('https://opensearch:9200', { OPENSEARCH_USERNAME: 'u' }),
      /OPENSEARCH_PASSWORD: OPENSEARCH_USERNAME and OPENSEARCH_PASSWORD go together/,
    );
    assert.throws(() => searchSecurityFromEnv('https://opensearch:9200', { OPENSEARCH_CA_FILE: '/nonexistent.pem' }), /no such file/);
  });
});
