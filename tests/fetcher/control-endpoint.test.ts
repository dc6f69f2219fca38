import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/child-process.js';
import { requireEnv, testPort } from '../support/environment.js';
import { FetcherProcess } from './fetcher-process.js';

const PORT = testPort(14150);
const TOKEN = `test-control-token-${'x'.repeat(24)}-${process.pid}`;

/** Local addresses listening on `port` (from /proc/net/tcp and tcp6: no traffic needed to find out). */
async function listeningAddresses(port: number): Promise<string[]> {
  const found: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const text = await readFile(file, 'utf8').catch(() => '');
    for (const line of text.split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== '0A') continue; // 0A: LISTEN
      const [hex = '', portHex = ''] = local.split(':');
      if (parseInt(portHex, 16) !== port) continue;
      found.push(
        hex.length === 8
          ? hex
              .match(/../g)!
              .reverse()
              .map((byte) => parseInt(byte, 16))
              .join('.')
          : hex,
      );
    }
  }
  return found;
}

/**
 * The fetcher's control surface as a neighbour on the network or a hostile web page would meet it: the
 * service listens on loopback only by default, `POST /fetch/run` needs the bearer token, and a browser's
 * cross-origin POST (which needs no preflight) runs nothing.
 */
describe('fetcher control endpoint', { timeout: 120_000 }, () => {
  const brokers = requireEnv('PRESSWATCH_TEST_KAFKA');
  let folder: string;
  let fetcher: FetcherProcess;
  const runsOf = async () => (await fetcher.lastRuns()).map((run) => `${run.source}@${(run as { startedAt?: string }).startedAt}`);

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'presswatch-control-'));
    const releases = join(folder, 'releases');
    await mkdir(releases);
    await writeFile(join(releases, 'a.txt'), 'Genève – Dépêche du test de contrôle.');
    fetcher = new FetcherProcess(
      PORT,
      {
        KAFKA_BROKERS: brokers,
        FETCHER_FOLDER: releases,
        FETCHER_INTERVAL_SECONDS: '0',
        DATABASE_URL: `sqlite:${join(folder, 'state.sqlite')}`,
        FETCHER_SOURCES_FILE: '',
        CONTROL_TOKEN: TOKEN,
      },
      join(folder, 'fetcher.log'),
    );
    await fetcher.start();
    // The start-up pass must be over before counting runs.
    for (let tries = 0; tries < 300 && (await fetcher.lastRuns()).length === 0; tries++)
      await new Promise((resolve) => setTimeout(resolve, 100));
  });
  after(async () => {
    await fetcher?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it('listens on loopback only when HTTP_HOST is not set', async () => {
    assert.deepEqual(await listeningAddresses(PORT), ['127.0.0.1']);
  });

  it('refuses POST /fetch/run without the bearer token, or with a wrong one, and runs nothing', async () => {
    const before = await runsOf();
    for (const headers of [
      {},
      { authorization: `Bearer ${TOKEN}-wrong` },
      { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` },
    ] as Record<string, string>[]) {
      const response = await fetch(`${fetcher.url}/fetch/run`, { method: 'POST', headers });
      assert.equal(response.status, 401, JSON.stringify(headers));
      assert.equal(response.headers.get('www-authenticate'), 'Bearer');
    }
    assert.deepEqual(await runsOf(), before);
  });

  it('gives a cross-origin browser POST nothing: 401 for the simple request, no CORS approval for a preflight', async () => {
    const before = await runsOf();
    // What `fetch(url, { method: 'POST', mode: 'no-cors', body: 'x' })` on a hostile page sends: no preflight.
    const simpleHeaders = {
      origin: 'http://attacker.example',
      'content-type': 'text/plain',
      'sec-fetch-mode': 'no-cors',
      'sec-fetch-site': 'cross-site',
    };
    const simple = await fetch(`${fetcher.url}/fetch/run`, { method: 'POST', headers: simpleHeaders, body: 'x' });
    assert.equal(simple.status, 401);
    assert.equal(simple.headers.get('access-control-allow-origin'), null);
    // Adding the Authorization header needs the browser's preflight, which must not be approved.
    const preflightHeaders = {
      origin: 'http://attacker.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization',
    };
    const preflight = await fetch(`${fetcher.url}/fetch/run`, { method: 'OPTIONS', headers: preflightHeaders });
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
    assert.equal(preflight.headers.get('access-control-allow-headers'), null);
    assert.deepEqual(await runsOf(), before);
  });

  it('runs with the token, and the CLI sends CONTROL_TOKEN from its environment', async () => {
    const response = await fetch(`${fetcher.url}/fetch/run`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { runs: { status: string }[] }).runs[0]?.status, 'ok');
    const withToken = await runCli(['fetch', '--run', '--fetcher', fetcher.url], { CONTROL_TOKEN: TOKEN });
    assert.equal(withToken.status, 0, withToken.stderr);
    const without = await runCli(['fetch', '--run', '--fetcher', fetcher.url], { CONTROL_TOKEN: undefined });
    assert.equal(without.status, 1);
    assert.match(without.stderr, /HTTP 401/);
  });

  it('leaves health, readiness and metrics open', async () => {
    for (const path of ['/health/live', '/health/ready', '/metrics', '/fetch/last'])
      assert.equal((await fetch(`${fetcher.url}${path}`)).status, 200, path);
  });
});
