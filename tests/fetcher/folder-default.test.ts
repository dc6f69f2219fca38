import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { folderSourceName } from '@presswatch/fetching';
import { requireEnv, testPort } from '../support/environment.js';
import { FetcherProcess } from './fetcher-process.js';
import { publishedReleases } from './kafka-reader.js';

/** Without a sources file the service keeps the main job's contract: FETCHER_FOLDER, one pass, DATABASE_URL. */
describe('fetcher service without a sources file', { timeout: 120_000 }, () => {
  const brokers = requireEnv('PRESSWATCH_TEST_KAFKA');
  let folder: string;
  let releases: string;
  let fetcher: FetcherProcess;

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'presswatch-folder-default-'));
    releases = join(folder, `releases-${process.pid}-${Date.now()}`);
    await mkdir(releases);
    await writeFile(join(releases, 'a.txt'), 'Genève – Première dépêche de test.');
    await writeFile(join(releases, 'b.html'), '<html><body><p>Seconde dépêche.</p></body></html>');
    const env = {
      KAFKA_BROKERS: brokers,
      FETCHER_FOLDER: releases,
      FETCHER_INTERVAL_SECONDS: '0',
      DATABASE_URL: `sqlite:${join(folder, 'state.sqlite')}`,
      FETCHER_SOURCES_FILE: '',
    };
    fetcher = new FetcherProcess(testPort(14040), env, join(folder, 'fetcher.log'));
  });
  after(async () => {
    await fetcher?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it('publishes the folder once at start-up', async () => {
    await fetcher.start();
    const source = folderSourceName(releases);
    let run;
    for (let tries = 0; tries < 300 && !run; tries++) {
      run = (await fetcher.lastRuns()).find((entry) => entry.source === source);
      if (!run) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(run?.status, 'ok');
    assert.equal(run?.stats['published'], 2);
    await fetcher.stop();
    const published = await publishedReleases(brokers, (name) => name === source);
    assert.deepEqual(published.map((release) => release.url).sort(), [null, null]);
    assert.deepEqual(published.map((release) => release.contentType).sort(), ['text/html', 'text/plain']);
  });
});
