import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeedEntries } from './feed.js';
import { parseSitemap } from './sitemap.js';
import { parseListing } from './listing.js';
import { parseSelector, selectorMatches, type Element } from './css-selector.js';
import { detectDocumentKind } from './detect.js';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Nouvelles</title>
<item><title>Un</title><link>/fr/un</link><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate></item>
<item><title>Deux</title><link>https://other.example/deux#top</link></item></channel></rss>`;
const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title>
<entry><title>One</title><link href="https://news.example/en/one"/><updated>2024-03-01T00:00:00Z</updated><id>tag:1</id></entry></feed>`;

describe('feeds', () => {
  it('reads RSS items with links resolved and dates', () => {
    const entries = parseFeedEntries(RSS, 'https://news.example/feed.xml')!;
    assert.deepEqual(
      entries.map((entry) => entry.url),
      ['https://news.example/fr/un', 'https://other.example/deux'],
    );
    assert.equal(entries[0]!.date?.toISOString(), '2024-01-02T10:00:00.000Z');
  });
  it('reads Atom entries', () => {
    assert.deepEqual(
      parseFeedEntries(ATOM, 'https://news.example/')!.map((entry) => entry.url),
      ['https://news.example/en/one'],
    );
  });
  it('says null for a non-feed', () => {
    assert.equal(parseFeedEntries('<html><body>hi</body></html>', 'https://x.example/'), null);
  });
});

describe('sitemaps', () => {
  it('reads a urlset with lastmod, and an index', () => {
    const xml =
      '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
      '<url><loc> https://s.example/a </loc><lastmod>2024-05-01</lastmod></url><url><loc>https://s.example/b?x=1&amp;y=2</loc></url></urlset>';
    const set = parseSitemap(xml, 'https://s.example/sitemap.xml')!;
    assert.equal(set.kind, 'urlset');
    assert.deepEqual(
      set.entries.map((entry) => entry.url),
      ['https://s.example/a', 'https://s.example/b?x=1&y=2'],
    );
    assert.equal(set.entries[0]!.date?.toISOString(), '2024-05-01T00:00:00.000Z');
    const index = parseSitemap('<sitemapindex><sitemap><loc>/s1.xml</loc></sitemap></sitemapindex>', 'https://s.example/index.xml')!;
    assert.deepEqual([index.kind, index.entries[0]!.url], ['sitemapindex', 'https://s.example/s1.xml']);
  });
  it('detects document kinds by root element', () => {
    assert.equal(detectDocumentKind(RSS), 'feed');
    assert.equal(detectDocumentKind(ATOM), 'feed');
    assert.equal(detectDocumentKind('<?xml version="1.0"?><!-- x --><urlset/>'), 'sitemap');
    assert.equal(detectDocumentKind('<sitemapindex/>'), 'sitemap-index');
    assert.equal(detectDocumentKind('<!DOCTYPE html><html><body></body></html>'), 'html');
  });
});

describe('listings', () => {
  const html = `<html><head><link rel="next" href="?page=2"></head><body>
    <nav><a href="/about">About</a></nav>
    <ul class="news">
      <li><a class="title" href="/r/1">One</a> <time datetime="2024-02-01">1 Feb</time></li>
      <li><time datetime="2024-01-15">15 Jan</time><h3 class="t"><a href="/r/2">Two</a></h3></li>
      <li><a class="title" href="/r/1">One again</a></li>
    </ul></body></html>`;
  it('finds links by selector, dated by the item, without duplicates, and the next page', () => {
    const page = parseListing(html, 'https://l.example/news', { links: 'ul.news li a.title, ul.news h3.t' });
    assert.deepEqual(
      page.entries.map((entry) => entry.url),
      ['https://l.example/r/1', 'https://l.example/r/2'],
    );
    assert.deepEqual(
      page.entries.map((entry) => entry.date?.toISOString().slice(0, 10)),
      ['2024-02-01', '2024-01-15'],
    );
    assert.equal(page.next, 'https://l.example/news?page=2');
  });
  it('supports child combinators and attribute operators', () => {
    const selector = parseSelector('ul > li > a[href^="/r/"]');
    const path: Element[] = [
      { name: 'ul', attribs: {} },
      { name: 'li', attribs: {} },
      { name: 'a', attribs: { href: '/r/9' } },
    ];
    assert.equal(selectorMatches(selector, path), true);
    assert.equal(selectorMatches(selector, [{ name: 'div', attribs: {} } as Element, ...path]), true);
    assert.equal(selectorMatches(selector, [path[0]!, { name: 'div', attribs: {} } as Element, path[1]!, path[2]!]), false);
    assert.equal(selectorMatches(selector, [path[0]!, path[1]!, { name: 'div', attribs: {} } as Element, path[2]!]), false);
    assert.throws(() => parseSelector('a:first-child'), /unsupported/);
  });
});
