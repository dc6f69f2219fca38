import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSourcesText } from './sources-config.js';

describe('sources file', () => {
  it('reads every kind from YAML with defaults and env overrides', () => {
    const config = parseSourcesText(
      `politeness: { userAgent: TestBot/1, minDelayMs: 250 }
sources:
  - { name: f, kind: feed, url: https://f.example/rss, intervalSeconds: 60 }
  - { name: s, kind: sitemap, url: https://s.example/sitemap.xml, backfill: { since: 2024-01-01 } }
  - { name: l, kind: listing, url: https://l.example/news, linkSelector: "article h2 a", pagination: { pageParameter: page } }
  - { name: u, kind: urls, urls: [https://u.example/a] }
  - { name: d, kind: folder, path: releases }
`,
      '/etc/presswatch/sources.yaml',
      { concurrency: 4 },
    );
    assert.equal(config.politeness.userAgent, 'TestBot/1');
    assert.equal(config.politeness.minDelayMs, 250);
    assert.equal(config.politeness.concurrency, 4);
    const [, sitemap, listing, , folder] = config.sources;
    assert.equal(sitemap?.kind === 'sitemap' && sitemap.backfill?.since?.toISOString(), '2024-01-01T00:00:00.000Z');
    assert.deepEqual(listing?.kind === 'listing' && [listing.pagination, listing.maxPages], [{ pageParameter: 'page', firstPage: 1 }, 3]);
    assert.equal(folder?.kind === 'folder' && folder.path, '/etc/presswatch/releases');
  });
  it('reads JSON and lists every problem', () => {
    assert.throws(
      () =>
        parseSourcesText(
          '{"sources":[{"name":"a","kind":"feed","url":"ftp://x"},{"name":"a","kind":"listing","url":"https://x.example","linkSelector":"a:hover"}]}',
          'bad.json',
        ),
      (error: Error) => /sources\.0\.url/.test(error.message) && /linkSelector/.test(error.message),
    );
    assert.throws(
      () =>
        parseSourcesText(
          'sources: [{ name: a, kind: urls, urls: [https://a.example] }, { name: a, kind: urls, urls: [https://b.example] }]',
          'dup.yaml',
        ),
      /duplicate source name a/,
    );
  });
});
