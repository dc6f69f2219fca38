import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/child-process.js';
import { requireEnv, testPort } from '../support/environment.js';
import { FixtureSite } from './fixture-site.js';
import { FetcherProcess } from './fetcher-process.js';

/** Per-source schedules in the running service, and runs on demand from the CLI. */
describe('fetcher service schedules', { timeout: 120_000 }, () => {
  const brokers = requireEnv('PRESSWATCH_TEST_KAFKA');
  const prefix = `test-schedule-${process.pid}-${Date.now()}`;
  const token = `schedule-test-token-${'t'.repeat(24)}`;
  let folder: string;
  let site: FixtureSite;
  let fetcher: FetcherProcess;

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'presswatch-schedule-'));
    site = await new FixtureSite({ articles: 3 }).start(testPort(14070));
    const sourcesFile = join(folder, 'sources.json');
    await writeFile(
      sourcesFile,
      JSON.stringify({
        politeness: { minDelayMs: 0, timeoutMs: 5000 },
        sources: [
          { name: `${prefix}-often`, kind: 'urls', urls: [`${site.url}/articles/1.html`], allowPrivate: true, intervalSeconds: 1 },
          { name: `${prefix}-rarely`, kind: 'urls', urls: [`${site.url}/articles/2.html`], allowPrivate: true, intervalSeconds: 3600 },
        ],
      }),
    );
    const env = {
      KAFKA_BROKERS: brokers,
      DATABASE_URL: `sqlite:${join(folder, 'state.sqlite')}`,
      FETCHER_SOURCES_FILE: sourcesFile,
      FETCHER_TICK_MS: '100',
      CONTROL_TOKEN: token,
    };
    fetcher = new FetcherProcess(testPort(14071), env, join(folder, 'fetcher.log'));
    await fetcher.start();
  });
  after(async () => {
    await fetcher?.stop();
    await site?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('runs each source on its own interval, conditionally after the first time', async () => {
    const deadline = Date.now() + 20_000;
    while (site.requested('/articles/1.html').length < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    const often = site.requested('/articles/1.html');
    assert.ok(often.length >= 3, `source with a 1 s interval ran ${often.length} times`);
    assert.ok(often.slice(1).every((request) => typeof request.headers['if-none-match'] === 'string'));
    assert.equal(site.requested('/articles/2.html').length, 1, 'source with a 1 h interval ran once');
  });

  it('runs a source now from the CLI', async () => {
    const { stdout, stderr } = await runCli(
      ['fetch', '--run', '--fetcher', fetcher.url, '--source', `${prefix}-rarely`, '--mode', 'backfill'],
      { CONTROL_TOKEN: token },
    );
    assert.ok(stdout, stderr);
    const body = JSON.parse(stdout) as { runs: { source: string; mode: string; status: string; stats: { notModified: number } }[] };
    assert.deepEqual(
      body.runs.map((entry) => [entry.source, entry.mode, entry.status, entry.stats.notModified]),
      [[`${prefix}-rarely`, 'backfill', 'ok', 1]],
    );
    assert.equal(site.requested('/articles/2.html').length, 2);
  });
});
