import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireEnv, testPort } from '../support/environment.js';
import { FetcherProcess } from './fetcher-process.js';

/**
 * A run that fails (here: its folder is missing) is run again later even with FETCHER_INTERVAL_SECONDS=0,
 * the fetcher is not ready meanwhile, and it publishes once the cause is gone: no manual run needed.
 */
describe('fetcher: a failed run is rescheduled', { timeout: 120_000 }, () => {
  const brokers = requireEnv('PRESSWATCH_TEST_KAFKA');
  let folder: string;
  let fetcher: FetcherProcess;

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'presswatch-failed-run-'));
    fetcher = new FetcherProcess(
      testPort(14080),
      {
        KAFKA_BROKERS: brokers,
        FETCHER_FOLDER: join(folder, 'releases'),
        FETCHER_SOURCE_NAME: `test-failed-run-${process.pid}-${Date.now()}`,
        FETCHER_INTERVAL_SECONDS: '0',
        FETCHER_RETRY_SECONDS: '1',
        FETCHER_TICK_MS: '100',
        DATABASE_URL: `sqlite:${join(folder, 'state.sqlite')}`,
        FETCHER_SOURCES_FILE: '',
      },
      join(folder, 'fetcher.log'),
    );
    // Live, not ready: its only source fails from the start.
    await fetcher.start(60_000, '/health/live');
  });
  after(async () => {
    await fetcher?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it('reports the failure in readiness, retries, and completes once the folder exists', async () => {
    const failed = await waitFor(async () => (await fetcher.lastRuns()).find((run) => run.status === 'failed'));
    assert.match(JSON.stringify(failed), /ENOENT/);
    const ready = await fetch(`${fetcher.url}/health/ready`);
    assert.equal(ready.status, 503);
    assert.match(await ready.text(), /"fetch-runs":false/);
    await mkdir(join(folder, 'releases'));
    await writeFile(
      join(folder, 'releases', 'a.txt'),
      'Floods in the valley\n\nTeams delivered shelter kits to families displaced by the floods in the valley this week.',
    );
    const done = await waitFor(async () => (await fetcher.lastRuns()).find((run) => run.status === 'ok'));
    assert.equal(done.stats['published'], 1);
    assert.equal((await fetch(`${fetcher.url}/health/ready`)).status, 200);
  });
});

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
