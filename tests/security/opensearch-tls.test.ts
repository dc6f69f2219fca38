import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { runCli, runNode } from '../support/child-process.js';
import { ROOT, requireEnv, testPort } from '../support/environment.js';
import { ServiceProcess } from '../support/service-process.js';
import { makeTestCertificates, type TestCertificates } from './tls-fixture.js';

const PORT = testPort(14154);
const USER = 'presswatch-indexer';
const PASSWORD = randomBytes(18).toString('hex');

interface Seen {
  method: string;
  path: string;
  authorized: boolean;
}

/**
 * What the production OpenSearch looks like to its clients, in front of the real test node: HTTPS with a
 * certificate from a private CA and HTTP basic auth (the security plugin itself is not on Maven Central, so
 * it cannot run here). Authorized requests are forwarded to the node; the Dashboards API the setup Job
 * calls is answered here.
 */
async function secureFront(certificates: TestCertificates, upstream: URL, seen: Seen[]): Promise<Server> {
  const expected = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
  const server = createServer({ cert: certificates.cert, key: certificates.key }, (request, response) => {
    const authorized = request.headers.authorization === expected;
    seen.push({ method: request.method ?? '', path: request.url ?? '', authorized });
    if (!authorized) {
      response.writeHead(401, { 'www-authenticate': 'Basic realm="OpenSearch Security"', 'content-type': 'application/json' });
      return void response.end('{"error":"Unauthorized"}');
    }
    if (request.url === '/api/status')
      return void response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":{"overall":{"state":"green"}}}');
    if (request.url?.startsWith('/api/saved_objects/_import')) {
      request.resume();
      return void request.on('end', () =>
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"success":true,"successCount":1}'),
      );
    }
    // The node behind has no security plugin: the credentials stop here.
    const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => name !== 'authorization' && name !== 'host'));
    const forward = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forward.on('error', () => response.writeHead(502).end());
    request.pipe(forward);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(PORT, '127.0.0.1', resolve));
  return server;
}

/** The indexer, the CLI and the setup Job script take OpenSearch credentials and a CA from the environment. */
describe('OpenSearch clients over verified TLS with basic auth', { timeout: 180_000 }, () => {
  const kafka = requireEnv('PRESSWATCH_TEST_KAFKA');
  const upstream = new URL(requireEnv('PRESSWATCH_TEST_OPENSEARCH'));
  const url = `https://127.0.0.1:${PORT}`;
  const alias = `presswatch-tls-${process.pid}`;
  const seen: Seen[] = [];
  let folder: string;
  let certificates: TestCertificates;
  let server: Server;
  const secure = () => ({
    OPENSEARCH_URL: url,
    OPENSEARCH_USERNAME: USER,
    OPENSEARCH_PASSWORD: PASSWORD,
    OPENSEARCH_CA_FILE: certificates.caFile,
  });

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'presswatch-tls-'));
    certificates = makeTestCertificates(folder);
    server = await secureFront(certificates, upstream, seen);
  });
  after(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await rm(folder, { recursive: true, force: true });
  });

  it('runs the indexer against it: index setup and readiness through TLS, every request authenticated', async () => {
    // Its own alias, so the shared test index is left alone.
    const indexer = new ServiceProcess(
      'indexer',
      testPort(14155),
      { KAFKA_BROKERS: kafka, INDEX_ALIAS: alias, ...secure() },
      join(folder, 'indexer.log'),
    );
    try {
      await indexer.start();
    } finally {
      await indexer.stop();
    }
    assert.ok(
      seen.some((entry) => entry.method === 'PUT' && entry.path.startsWith(`/_index_template/${alias}`)),
      'the index template went through',
    );
    assert.ok(seen.length > 0 && seen.every((entry) => entry.authorized), 'no request without the credentials');
  });

  it('lets the CLI search with the credentials and the CA from the environment', async () => {
    const result = await runCli(['search', '--alias', alias, '--json', '--opensearch', url], secure());
    assert.equal(result.status, 0, result.stderr);
    // The indexer may have indexed what was left on the shared topic: compare with the node itself.
    const direct = (await (await fetch(new URL(`/${alias}/_count`, upstream))).json()) as { count: number };
    assert.equal((JSON.parse(result.stdout) as { total: number }).total, direct.count);
  });

  it('refuses a server its CA did not sign, before any request', async () => {
    const before = seen.length;
    const result = await runCli(['search', '--alias', alias, '--opensearch', url], { ...secure(), OPENSEARCH_CA_FILE: undefined });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /self[- ]signed certificate|unable to (verify|get local issuer)/i);
    assert.equal(seen.length, before, 'the TLS handshake failed: no HTTP request reached the server');
  });

  it('fails on a wrong password, and refuses credentials over plain HTTP before connecting', async () => {
    const wrong = await runCli(['search', '--alias', alias, '--opensearch', url], { ...secure(), OPENSEARCH_PASSWORD: 'wrong' });
    assert.equal(wrong.status, 1);
    assert.ok(seen.some((entry) => !entry.authorized));
    const plain = await runCli(['search', '--alias', alias, '--opensearch', upstream.href], { ...secure(), OPENSEARCH_URL: upstream.href });
    assert.equal(plain.status, 1);
    assert.match(plain.stderr, /credentials need an https:\/\/ OPENSEARCH_URL/);
  });

  it('runs the setup Job script with the same settings, Dashboards API included (CA through NODE_EXTRA_CA_CERTS)', async () => {
    const before = seen.length;
    const result = await runNode([join(ROOT, 'deploy', 'k8s', 'base', 'jobs', 'setup-search.mjs')], {
      ...secure(),
      DASHBOARDS_URL: url,
      SAVED_OBJECTS_DIR: join(ROOT, 'deploy', 'dashboards'),
      SETUP_WAIT_SECONDS: '10',
      NODE_EXTRA_CA_CERTS: certificates.caFile,
    });
    assert.equal(result.status, 0, result.stderr);
    const calls = seen.slice(before);
    assert.ok(
      calls.some((entry) => entry.path.startsWith('/api/saved_objects/_import')),
      'saved objects imported',
    );
    assert.ok(
      calls.every((entry) => entry.authorized),
      'Dashboards calls carry the credentials too',
    );
  });
});
