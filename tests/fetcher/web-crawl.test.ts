import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawRelease } from '@presswatch/contracts';
import { releaseId } from '@presswatch/fetching';
import { requireEnv, testPort } from '../support/environment.js';
import { articleDate, FixtureSite, LATIN1_TEXT } from './fixture-site.js';
import { CrawlHarness, TEST_POLITENESS } from './crawl-harness.js';
import { publishedReleases } from './kafka-reader.js';

const FEED_PUBLISHED = [
  '/articles/1.html',
  '/articles/2.html',
  '/articles/3.html',
  '/articles/4.html',
  '/articles/5.html',
  '/latin1.html',
  '/latin1-meta.html',
  '/slow.html',
  '/limited.html',
  '/busy.html',
  '/flaky.html',
  '/moved',
];
const FEED_FAILED: Record<string, RegExp> = {
  '/broken.html': /HTTP 500 \(after 3 attempts\)/,
  '/timeout.html': /timeout after 800 ms/,
  '/loop-a': /redirect loop|too many redirects/,
  '/huge.html': /body larger than 200000 bytes/,
  '/huge-chunked.html': /body larger than 200000 bytes/,
  '/private/secret.html': /robots\.txt/,
  '/missing.html': /HTTP 404/,
};

/**
 * The fetcher's web crawl against a local fixture site, publishing to the real Kafka topic, with the crawl
 * state on the embedded SQLite and on the real PostgreSQL.
 */
for (const [label, port] of [
  ['sqlite', testPort(14010)],
  ['postgres', testPort(14011)],
] as const) {
  describe(`web crawl with state on ${label}`, { timeout: 180_000 }, () => {
    const brokers = requireEnv('PRESSWATCH_TEST_KAFKA');
    const prefix = `test-web-${label}-${process.pid}-${Date.now()}`;
    const names = { feed: `${prefix}-feed`, sitemap: `${prefix}-sitemap`, listing: `${prefix}-listing`, ssrf: `${prefix}-ssrf` };
    let site: FixtureSite;
    let harness: CrawlHarness;
    let folder: string;
    let published: RawRelease[] | undefined;
    const topic = async () => (published ??= await publishedReleases(brokers, (source) => source.startsWith(prefix)));

    before(async () => {
      folder = await mkdtemp(join(tmpdir(), 'presswatch-web-'));
      site = await new FixtureSite({ articles: 12 }).start(port);
      harness = await new CrawlHarness(
        brokers,
        label === 'sqlite' ? `sqlite:${join(folder, 'state.sqlite')}` : requireEnv('PRESSWATCH_TEST_POSTGRES'),
      ).open();
    });
    after(async () => {
      await harness?.close();
      await site?.close();
      await rm(folder, { recursive: true, force: true });
    });

    const feed = () => ({ kind: 'feed' as const, name: names.feed, url: `${site.url}/feed.xml`, allowPrivate: true, enabled: true });

    it('publishes the feed pages, politely, and reports the ones that cannot be fetched', async () => {
      const stats = await harness.crawl(feed(), 'backfill');
      assert.equal(stats.error, undefined);
      assert.deepEqual(
        [stats.seen, stats.published, stats.failed.length],
        [FEED_PUBLISHED.length + Object.keys(FEED_FAILED).length, FEED_PUBLISHED.length, Object.keys(FEED_FAILED).length],
      );
      for (const [path, reason] of Object.entries(FEED_FAILED)) {
        const failure = stats.failed.find((entry) => entry.location === `${site.url}${path}`);
        assert.ok(failure, `${path} reported`);
        assert.match(failure.reason, reason, path);
      }
      assert.equal(site.requested('/private/secret.html').length, 0, 'robots.txt disallowed page never requested');
      assert.equal(site.requested('/robots.txt').length, 1, 'robots.txt read once');
      assert.equal(site.requested('/flaky.html').length, 3, 'two 500s, then success');
      assert.equal(site.requested('/broken.html').length, TEST_POLITENESS.retries + 1);
      for (const path of ['/limited.html', '/busy.html']) {
        const [first, second] = site.requested(path);
        assert.ok(first && second && second.at - first.at >= 950, `${path}: Retry-After of 1 s honoured`);
      }
      assert.ok(site.requests.every((request) => request.headers['user-agent'] === TEST_POLITENESS.userAgent));
    });

    it('republishes nothing while unchanged, using conditional requests', async () => {
      const before = site.requests.length;
      const stats = await harness.crawl(feed(), 'incremental');
      assert.deepEqual([stats.published, stats.notModified, stats.unchanged], [0, 6, 6]);
      const articleRequests = site.requests.slice(before).filter((request) => request.path.startsWith('/articles/'));
      assert.ok(
        articleRequests.length >= 5 && articleRequests.every((request) => typeof request.headers['if-none-match'] === 'string'),
        'articles fetched with If-None-Match',
      );
    });

    it('publishes a changed page as a new version of the same release', async () => {
      site.setArticle(
        2,
        '<html><body><article><h1>Communiqué numéro 2 (rectificatif)</h1><p>Chiffres corrigés.</p></article></body></html>',
      );
      const stats = await harness.crawl(feed(), 'incremental');
      assert.equal(stats.published, 1);
      const document = await harness.memory!.ledger.find(releaseId(names.feed, `${site.url}/articles/2.html`));
      assert.equal(document?.version, 2);
    });

    it('walks a sitemap index back to a date, then skips what the sitemap says is unchanged', async () => {
      const source = {
        kind: 'sitemap' as const,
        name: names.sitemap,
        url: `${site.url}/sitemap.xml`,
        allowPrivate: true,
        enabled: true,
        backfill: { since: articleDate(3), maxPages: 50 },
      };
      const first = await harness.crawl(source, 'backfill');
      assert.deepEqual([first.seen, first.published, first.documents], [10, 10, 2]);
      const before = site.requests.length;
      const second = await harness.crawl(source, 'incremental');
      assert.deepEqual([second.published, second.skipped], [0, 10]);
      assert.equal(site.requests.slice(before).filter((request) => request.path.startsWith('/articles/')).length, 0, 'no page requested');
    });

    it('backfills a paginated listing to a page limit, then walks only until nothing is new', async () => {
      const source = {
        kind: 'listing' as const,
        name: names.listing,
        url: `${site.url}/news`,
        linkSelector: 'ul.news a.title',
        pagination: { nextSelector: 'a[rel~=next]' },
        maxPages: 2,
        allowPrivate: true,
        enabled: true,
        backfill: { maxPages: 3 },
      };
      const backfill = await harness.crawl(source, 'backfill');
      assert.deepEqual([backfill.documents, backfill.published], [3, 9]);
      const quiet = await harness.crawl(source, 'incremental');
      assert.deepEqual([quiet.documents, quiet.published], [1, 0]);
      site.listing.unshift(13);
      const fresh = await harness.crawl(source, 'incremental');
      assert.deepEqual([fresh.documents, fresh.published], [2, 1]);
    });

    it('refuses loopback addresses unless the source allows them, without sending a request', async () => {
      const before = site.requests.length;
      const stats = await harness.crawl(
        { kind: 'urls', name: names.ssrf, urls: [`${site.url}/articles/1.html`], allowPrivate: false, enabled: true },
        'backfill',
      );
      assert.equal(stats.published, 0);
      assert.match(stats.failed[0]?.reason ?? '', /refused/);
      assert.equal(site.requests.length, before);
      assert.equal(await harness.memory!.store.countUrls(names.ssrf, 'refused'), 1);
    });

    it('put on the real topic exactly what it published, as valid RawReleases in UTF-8', async () => {
      const releases = await topic();
      const bySource = (name: string) => releases.filter((release) => release.source === name);
      const feedReleases = bySource(names.feed);
      assert.equal(feedReleases.length, FEED_PUBLISHED.length + 1);
      const urls = feedReleases.map((release) => release.url!.slice(site.url.length));
      // A release records the URL that answered: /moved redirects to /articles/1.html; article 2 has two versions.
      const times = (path: string) => (path === '/moved' ? 0 : path === '/articles/1.html' || path === '/articles/2.html' ? 2 : 1);
      for (const path of FEED_PUBLISHED) assert.equal(urls.filter((url) => url === path).length, times(path), path);
      const versions = feedReleases.filter((release) => release.url === `${site.url}/articles/2.html`);
      assert.equal(new Set(versions.map((release) => release.id)).size, 1, 'same id');
      assert.equal(new Set(versions.map((release) => release.contentHash)).size, 2, 'new content');
      const body = (path: string) => feedReleases.find((release) => release.url === `${site.url}${path}`)!.body;
      assert.equal(body('/latin1.html'), LATIN1_TEXT);
      assert.match(body('/latin1-meta.html'), /Le HCR salue l’accord : 5 000 € par famille/);
      assert.match(body('/articles/1.html'), /Genève – L'organisation a distribué 100 kits d'urgence aux familles déplacées/);
      assert.ok(feedReleases.every((release) => release.contentType === 'text/html'));
      assert.equal(bySource(names.sitemap).length, 10);
      assert.deepEqual(
        bySource(names.listing)
          .map((release) => Number(/(\d+)\.html$/.exec(release.url!)![1]))
          .sort((a, b) => a - b),
        [4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
      );
      assert.equal(bySource(names.ssrf).length, 0);
    });
  });
}
