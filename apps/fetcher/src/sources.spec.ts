import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSourcesFile } from '@presswatch/fetching';
import { fetcherEnvSchema } from './config.js';
import { resolveSources } from './sources.js';

const EXAMPLE = join(dirname(fileURLToPath(import.meta.url)), '..', 'sources.example.yaml');

describe('fetcher sources', () => {
  it('the example file is valid and shows every kind', async () => {
    const config = await loadSourcesFile(EXAMPLE);
    assert.deepEqual([...new Set(config.sources.map((source) => source.kind))].sort(), ['feed', 'folder', 'listing', 'sitemap', 'urls']);
  });

  it('keeps the folder of FETCHER_FOLDER as the only source without a file, with env politeness', async () => {
    const config = fetcherEnvSchema.parse({
      FETCHER_FOLDER: '/data/releases',
      FETCHER_INTERVAL_SECONDS: '0',
      FETCHER_USER_AGENT: 'Bot/2',
      FETCHER_SOURCES_FILE: '',
    });
    const sources = await resolveSources(config);
    assert.deepEqual(sources.sources, [
      { kind: 'folder', name: 'folder:releases', path: '/data/releases', intervalSeconds: 0, allowPrivate: false, enabled: true },
    ]);
    assert.equal(sources.politeness.userAgent, 'Bot/2');
  });

  it('lets the environment override the file', async () => {
    const sources = await resolveSources(
      fetcherEnvSchema.parse({ FETCHER_SOURCES_FILE: EXAMPLE, FETCHER_PER_HOST_CONCURRENCY: '5', FETCHER_MIN_DELAY_MS: '0' }),
    );
    assert.deepEqual([sources.politeness.concurrency, sources.politeness.minDelayMs, sources.politeness.retries], [5, 0, 3]);
  });
});
