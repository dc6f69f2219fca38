import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FetchLedger, openStateDatabase } from '@presswatch/pipeline-state';
import { requireEnv, testPort } from '../support/environment.js';
import { FixtureSite } from './fixture-site.js';
import { FetcherProcess } from './fetcher-process.js';
import { publishedReleases } from './kafka-reader.js';

const SITE_PORT = testPort(14020);
const FETCHER_PORT = testPort(14021);
const ARTICLES = 10;

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * The fetcher service killed (SIGKILL) in the middle of a crawl, then started again: every page ends up on
 * the real topic exactly once.
 */
describe('fetcher service restarted mid-crawl', { timeout: 180_000 }, () => {
  const brokers = requireEnv('PRESSWATCH_TEST_KAFKA');
  const source = `test-restart-${process.pid}-${Date.now()}`;
  let folder: string;
  let site: FixtureSite;
  let fetcher: FetcherProcess;

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'presswatch-restart-'));
    site = await new FixtureSite({ articles: ARTICLES }).start(SITE_PORT);
    const sourcesFile = join(folder, 'sources.yaml');
    await writeFile(
      sourcesFile,
      [
        'politeness: { userAgent: PresswatchRestartTest/1.0, concurrency: 1, minDelayMs: 0, timeoutMs: 10000, retries: 1, retryBaseMs: 50 }',
        'sources:',
        `  - { name: ${source}, kind: sitemap, url: "${site.url}/sitemap.xml", allowPrivate: true, intervalSeconds: 0 }`,
        '',
      ].join('\n'),
    );
    fetcher = new FetcherProcess(
      FETCHER_PORT,
      { KAFKA_BROKERS: brokers, DATABASE_URL: `sqlite:${join(folder, 'state.sqlite')}`, FETCHER_SOURCES_FILE: sourcesFile },
      join(folder, 'fetcher.log'),
    );
  });
  after(async () => {
    await fetcher?.stop();
    await site?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('neither loses nor duplicates releases', async () => {
    const held = site.hold('/articles/6.html');
    await fetcher.start();
    await held.arrived;
    // Pages 1-5 are published and recorded, page 6 is in flight, 7-10 not fetched yet: crash now.
    const database = await openStateDatabase(`sqlite:${join(folder, 'state.sqlite')}`);
    try {
      await waitFor('pages 1-5 recorded', async () => ((await new FetchLedger(database).count(source)) === 5 ? true : undefined));
    } finally {
      await database.destroy();
    }
    await fetcher.kill();
    assert.equal(site.requested('/articles/7.html').length, 0, 'killed mid-crawl');
    held.release();

    await fetcher.start();
    const run = await waitFor('the run after the restart', async () => (await fetcher.lastRuns()).find((entry) => entry.source === source));
    await fetcher.stop();
    assert.equal(run.status, 'ok');
    assert.deepEqual([run.stats['seen'], run.stats['published'], run.stats['skipped']], [ARTICLES, 5, 5]);

    const releases = await publishedReleases(brokers, (name) => name === source);
    const urls = releases.map((release) => release.url!.slice(site.url.length)).sort();
    assert.deepEqual(urls, Array.from({ length: ARTICLES }, (_, index) => `/articles/${index + 1}.html`).sort());
    assert.equal(new Set(releases.map((release) => release.id)).size, ARTICLES);
  });
});
