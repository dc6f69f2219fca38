import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { RELEASES_ALIAS, releasesIndexName } from '@presswatch/search-index';
import { ROOT } from '../support/environment.js';
import { K8S_DIR } from './manifests.js';

const run = promisify(execFile);
const JOBS = join(K8S_DIR, 'base', 'jobs');

/** Runs a Job script from the checkout: its bare imports resolve from the root node_modules, as from /app in the image. */
async function runScript(script: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(JOBS, script)], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      timeout: 30_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

describe('setup Jobs', () => {
  it('migrate-crawl-state brings a database schema up to date with the crawl-state migrations', async () => {
    const result = await runScript('migrate-crawl-state.mjs', { DATABASE_URL: 'sqlite::memory:' });
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout.trim()) as { migrations: string[]; pending: boolean };
    assert.ok(report.migrations.length > 0);
    assert.equal(report.pending, false);
  });

  it('migrate-crawl-state fails without DATABASE_URL or with an unsupported one', async () => {
    assert.equal((await runScript('migrate-crawl-state.mjs', {})).code, 1);
    const unsupported = await runScript('migrate-crawl-state.mjs', { DATABASE_URL: 'mysql://x@y/z' });
    assert.equal(unsupported.code, 1);
    assert.match(unsupported.stderr, /DATABASE_URL must start with/);
  });

  it('setup-search installs the template and index, then imports every saved-objects file with the XSRF header', async () => {
    const seen: string[] = [];
    let template: { template?: { settings?: { refresh_interval?: string } } } = {};
    const imports: { url: string; xsrf: string | undefined; body: string }[] = [];
    const server = createServer((request, response) => {
      void (async () => {
        const text = await body(request);
        const url = request.url ?? '';
        seen.push(`${request.method} ${url.split('?')[0]}`);
        const json = (status: number, value: unknown) => {
          response.writeHead(status, { 'content-type': 'application/json' });
          response.end(request.method === 'HEAD' ? undefined : JSON.stringify(value));
        };
        if (url.startsWith('/_cluster/health')) return json(200, { status: 'green' });
        if (request.method === 'PUT' && url.startsWith('/_index_template/')) {
          template = JSON.parse(text) as typeof template;
          return json(200, { acknowledged: true });
        }
        if (request.method === 'HEAD' && url.startsWith(`/_alias/${RELEASES_ALIAS}`)) return json(404, {});
        if (request.method === 'PUT' && url.startsWith(`/${releasesIndexName()}`))
          return json(200, { acknowledged: true, index: releasesIndexName() });
        if (url === '/api/status') return json(200, { status: { overall: { state: 'green' } } });
        if (request.method === 'POST' && url.startsWith('/api/saved_objects/_import')) {
          imports.push({ url, xsrf: request.headers['osd-xsrf'] as string | undefined, body: text });
          return json(200, { success: true, successCount: text.split('\n').filter((line) => line.startsWith('{')).length });
        }
        return json(500, { error: `unexpected ${request.method} ${url}` });
      })();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const dashboards = join(ROOT, 'deploy', 'dashboards');
      const result = await runScript('setup-search.mjs', {
        OPENSEARCH_URL: base,
        DASHBOARDS_URL: base,
        SAVED_OBJECTS_DIR: dashboards,
        SETUP_WAIT_SECONDS: '5',
        INDEX_REFRESH_SECONDS: '17',
      });
      assert.equal(result.code, 0, result.stderr);
      assert.ok(seen.includes(`PUT /_index_template/${RELEASES_ALIAS}`), seen.join(', '));
      assert.equal(template.template?.settings?.refresh_interval, '17s', "the indexer's refresh interval, not the default");
      assert.ok(seen.includes(`PUT /${releasesIndexName()}`), seen.join(', '));
      const files = readdirSync(dashboards)
        .filter((name) => name.endsWith('.ndjson'))
        .sort();
      assert.equal(imports.length, files.length);
      for (const [index, file] of files.entries()) {
        const sent = imports[index];
        assert.ok(sent);
        assert.match(sent.url, /overwrite=true/);
        assert.equal(sent.xsrf, 'true');
        assert.ok(sent.body.includes(`filename="${file}"`));
        assert.ok(sent.body.includes(readFileSync(join(dashboards, file), 'utf8').trim()));
      }
    } finally {
      server.close();
    }
  });

  it('setup-search fails when Dashboards refuses the import', async () => {
    const server = createServer((request, response) => {
      const url = request.url ?? '';
      request.resume();
      request.on('end', () => {
        response.writeHead(url.startsWith('/api/saved_objects') ? 400 : url.startsWith('/_alias') ? 200 : 200, {
          'content-type': 'application/json',
        });
        const answer = url.startsWith('/_alias')
          ? { [releasesIndexName()]: { aliases: { [RELEASES_ALIAS]: {} } } }
          : url.startsWith('/api/saved_objects')
            ? { success: false, errors: [{ id: 'x' }] }
            : { status: 'green', acknowledged: true };
        response.end(request.method === 'HEAD' ? undefined : JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const result = await runScript('setup-search.mjs', {
        OPENSEARCH_URL: base,
        DASHBOARDS_URL: base,
        SAVED_OBJECTS_DIR: join(ROOT, 'deploy', 'dashboards'),
        SETUP_WAIT_SECONDS: '5',
      });
      assert.equal(result.code, 1);
      assert.match(result.stderr, /import of .*\.ndjson failed \(HTTP 400\)/);
    } finally {
      server.close();
    }
  });

  it('setup-search refuses an invalid INDEX_REFRESH_SECONDS before any request', async () => {
    const result = await runScript('setup-search.mjs', {
      OPENSEARCH_URL: 'http://127.0.0.1:9',
      DASHBOARDS_URL: 'http://127.0.0.1:9',
      SETUP_WAIT_SECONDS: '1',
      INDEX_REFRESH_SECONDS: '0',
    });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /INDEX_REFRESH_SECONDS/);
  });
});
