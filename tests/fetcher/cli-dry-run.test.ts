import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseRawRelease, type RawRelease } from '@presswatch/contracts';
import { runCli } from '../support/child-process.js';
import { testPort } from '../support/environment.js';
import { FixtureSite, LATIN1_TEXT } from './fixture-site.js';

const PORT = testPort(14060);

const lines = (stdout: string): RawRelease[] =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => parseRawRelease(JSON.parse(line)));
const FAST = ['--min-delay-ms', '0', '--timeout-ms', '800', '--max-body-bytes', '200000'];

/** `cli fetch --dry-run URL` against the fixture site: detection, RawRelease lines, errors on stderr, exit status. */
describe('cli fetch --dry-run', { timeout: 120_000 }, () => {
  let site: FixtureSite;
  before(async () => {
    site = await new FixtureSite({ articles: 6 }).start(PORT);
  });
  after(() => site?.close());

  it('prints one RawRelease per sitemap page and exits 0', async () => {
    const result = await runCli(['fetch', '--dry-run', '--allow-private', ...FAST, `${site.url}/sitemap.xml`]);
    assert.equal(result.status, 0, result.stderr);
    const releases = lines(result.stdout);
    assert.deepEqual(
      releases.map((release) => release.url).sort(),
      Array.from({ length: 6 }, (_, index) => `${site.url}/articles/${index + 1}.html`).sort(),
    );
    assert.match(result.stderr, /sitemap-index/);
  });

  it('prints the feed pages it could fetch, reports the others with URL and reason, and exits 1', async () => {
    const result = await runCli(['fetch', '--dry-run', '--allow-private', ...FAST, `${site.url}/feed.xml`]);
    assert.equal(result.status, 1);
    const releases = lines(result.stdout);
    assert.equal(releases.find((release) => release.url === `${site.url}/latin1.html`)?.body, LATIN1_TEXT);
    assert.ok(releases.every((release) => release.fetchedAt && release.contentType && /^[0-9a-f]{64}$/.test(release.contentHash)));
    assert.match(result.stderr, new RegExp(`${site.url}/broken.html: HTTP 500`));
    assert.match(result.stderr, new RegExp(`${site.url}/private/secret.html: refused by robots.txt`));
    assert.match(result.stderr, new RegExp(`${site.url}/huge.html: body larger than 200000 bytes`));
    assert.ok(!releases.some((release) => release.url === `${site.url}/huge.html`));
  });

  it('refuses a loopback address without --allow-private', async () => {
    const before = site.requests.length;
    const result = await runCli(['fetch', '--dry-run', `${site.url}/sitemap.xml`]);
    assert.equal(result.status, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /refused/);
    assert.equal(site.requests.length, before);
  });
});
