import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { RawRelease } from '@presswatch/contracts';
import { crawlWebSource, releaseId, WebFetcher, type WebSourceConfig } from '@presswatch/fetching';
import { testPort } from '../support/environment.js';
import { TEST_POLITENESS } from './crawl-harness.js';

const ALLOWED_PORT = testPort(14151);
const OTHER_PORT = testPort(14152);

/** A tiny loopback server answering `routes` and logging every path it was asked for. */
async function serve(
  port: number,
  routes: Record<string, { status: number; body?: string; location?: string; type?: string }>,
): Promise<{ server: Server; requested: string[] }> {
  const requested: string[] = [];
  const server = createServer((request, response) => {
    requested.push(request.url ?? '');
    const route = routes[request.url ?? ''] ?? { status: 404, body: 'not found' };
    response.writeHead(route.status, {
      'content-type': route.type ?? 'text/html; charset=utf-8',
      ...(route.location ? { location: route.location } : {}),
    });
    response.end(route.body ?? '');
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  return { server, requested };
}

const page = (text: string) => `<html><body><article><h1>${text}</h1><p>Genève – ${text}.</p></article></body></html>`;

/**
 * `allowPrivate` covers the source's own host only. An intranet press room on one loopback port is allowed;
 * a second private service (another loopback port, or `localhost`) must never be reached through it: not by
 * a redirect, not by a link the feed lists. Releases record the URL that answered.
 */
describe('allowPrivate allows only the configured host', { timeout: 60_000 }, () => {
  const allowed = `http://127.0.0.1:${ALLOWED_PORT}`;
  const other = `http://127.0.0.1:${OTHER_PORT}`;
  let intranet: Awaited<ReturnType<typeof serve>>;
  let internal: Awaited<ReturnType<typeof serve>>;
  const published: RawRelease[] = [];
  const failed = new Map<string, string>();
  const source: WebSourceConfig = {
    kind: 'feed',
    name: 'test-private-hosts',
    url: `${allowed}/feed.xml`,
    allowPrivate: true,
    enabled: true,
  };

  before(async () => {
    internal = await serve(OTHER_PORT, {
      '/secret': { status: 200, body: page('Secret of another private service') },
      '/listed.html': { status: 200, body: page('Listed on another host') },
    });
    const links = ['/page.html', '/moved', '/to-other-port', '/to-localhost', `${other}/listed.html`].map((link) =>
      link.startsWith('http') ? link : `${allowed}${link}`,
    );
    intranet = await serve(ALLOWED_PORT, {
      '/feed.xml': {
        status: 200,
        type: 'application/rss+xml',
        body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Intranet</title>${links.map((link) => `<item><title>x</title><link>${link}</link></item>`).join('')}</channel></rss>`,
      },
      '/page.html': { status: 200, body: page('Intranet page') },
      '/moved': { status: 301, location: '/page.html' },
      '/to-other-port': { status: 302, location: `${other}/secret` },
      '/to-localhost': { status: 302, location: `http://localhost:${OTHER_PORT}/secret` },
    });
    const stats = await crawlWebSource(source, {
      fetcher: new WebFetcher(TEST_POLITENESS),
      memory: null,
      mode: 'backfill',
      publish: async (release) => void published.push(release),
      onPageError: (url, reason) => failed.set(url, reason),
    });
    assert.equal(stats.error, undefined);
  });
  after(async () => {
    for (const { server } of [intranet, internal]) await new Promise((resolve) => server?.close(resolve));
  });

  it('follows a redirect on the allowed host and records the final URL, keeping the id of the listed one', () => {
    const moved = published.find((release) => release.id === releaseId(source.name, `${allowed}/moved`));
    assert.ok(moved, '/moved published');
    assert.equal(moved.url, `${allowed}/page.html`);
    assert.equal(published.find((release) => release.id === releaseId(source.name, `${allowed}/page.html`))?.url, `${allowed}/page.html`);
    assert.equal(published.length, 2);
  });

  it('refuses a redirect from the allowed host to another private host, by address or by name', () => {
    assert.match(failed.get(`${allowed}/to-other-port`) ?? '', /refused: 127\.0\.0\.1 is a private or reserved address/);
    assert.match(failed.get(`${allowed}/to-localhost`) ?? '', /refused: localhost/);
  });

  it('refuses a listed link to another private host', () => {
    assert.match(failed.get(`${other}/listed.html`) ?? '', /refused/);
  });

  it('never sent a request to the other private service', () => {
    assert.deepEqual(internal.requested, []);
  });
});
