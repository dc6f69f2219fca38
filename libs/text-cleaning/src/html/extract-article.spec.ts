import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from './dom.js';
import { extractArticle } from './extract-article.js';

// Prose paragraphs long enough to be scored like real article text.
const P1 =
  'Heavy rains have forced more than 12,000 families from their homes in the south, and aid teams are distributing tarpaulins, hygiene kits and drinking water in the worst-hit districts.';
const P2 =
  'Local authorities, working with the agency, have opened 40 temporary shelters in schools, churches and community halls, where families receive meals, blankets and basic health care.';
const P3 =
  'An appeal for 3.5 million dollars will be launched next week to cover the needs of the coming three months, including the repair of wells, latrines and damaged classrooms.';
const P4 =
  'The teams include doctors, nurses and midwives, and they carry vaccines, medicines and water purification tablets for six weeks, the coordinator said on Tuesday.';

function page(head: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

const furniturePage = page(
  '<title>Floods displace thousands | Relief Agency</title><meta property="og:title" content="Floods displace thousands">',
  `<header class="site-header"><a href="/">Relief Agency</a><nav><ul><li><a href="/a">Who we are</a></li><li><a href="/b">Our work</a></li></ul></nav></header>
   <div id="cookie-consent"><p>We use cookies to improve your experience on this website, by continuing you accept them.</p></div>
   <main><article>
     <h1>Floods displace thousands</h1>
     <div class="share-bar"><a href="/fb">Share on Facebook</a> <a href="/tw">Tweet this story</a></div>
     <p>${P1}</p>
     <h2>Shelters opened</h2>
     <p>${P2}</p>
     <ul><li>Tarpaulins and ropes for 5,000 households</li><li>Hygiene kits and jerrycans</li></ul>
     <blockquote><p>“The priority is to shelter families before the next rains,” the coordinator said.</p></blockquote>
     <p>${P3}</p>
     <div class="related-links"><h3>Related stories</h3><ul><li><a href="/x">Earlier floods in the region</a></li><li><a href="/y">Drought warning issued</a></li></ul></div>
   </article>
   <section id="comments"><h3>3 comments</h3><p>I think this is a very important story and everybody should read it carefully, thanks.</p></section>
   </main>
   <footer><p>© 2024 Relief Agency. All rights reserved. Privacy policy, terms of use and contact.</p></footer>`,
);

describe('extractArticle', () => {
  it('keeps the article with its headings, lists and quotes and drops the furniture', () => {
    const r = extractArticle(furniturePage);
    assert.equal(r.title, 'Floods displace thousands');
    assert.equal(r.titleSource, 'heading');
    assert.deepEqual(r.paragraphs, [
      P1,
      'Shelters opened',
      P2,
      'Tarpaulins and ropes for 5,000 households',
      'Hygiene kits and jerrycans',
      '“The priority is to shelter families before the next rains,” the coordinator said.',
      P3,
    ]);
    assert.equal(r.body, r.paragraphs.join('\n\n'));
    for (const furniture of [
      'Who we are',
      'cookies',
      'Share on Facebook',
      'Related stories',
      'Earlier floods',
      'comments',
      'important story',
      'All rights reserved',
    ]) {
      assert.ok(!r.body.includes(furniture), furniture);
    }
  });

  it('ignores a sidebar holding more text than the article', () => {
    const teasers = Array.from(
      { length: 12 },
      (_, i) =>
        `<li><a href="/s${i}">Teaser headline number ${i} about another story</a><p>Short summary of another story, with a few words, number ${i}.</p></li>`,
    ).join('');
    const html = page(
      '<title>Clinics reach villages</title><meta property="og:type" content="article">',
      `<div class="layout"><div class="main-column"><h1>Clinics reach villages</h1><p>${P1}</p><p>${P4}</p><p>${P3}</p></div>
       <div class="column-right"><h2>Most read</h2><ul>${teasers}</ul></div></div>`,
    );
    const r = extractArticle(html);
    assert.deepEqual(r.paragraphs, [P1, P4, P3]);
  });

  it('joins an article split into sibling blocks', () => {
    const html = page(
      '<title>Split story</title>',
      `<div id="wrap"><div class="story-part"><p>${P1}</p><p>${P2}</p></div>
       <div class="ad-slot"><a href="/ad">Advertisement</a></div>
       <div class="story-part"><p>${P3}</p><p>${P4}</p></div>
       <div class="story-part"><p>${P2.replace('40', '45')}</p></div></div>`,
    );
    const r = extractArticle(html);
    assert.deepEqual(r.paragraphs, [P1, P2, P3, P4, P2.replace('40', '45')]);
  });

  it('drops teaser <article>s nested in the story and figure captions', () => {
    const html = page(
      '<title>Nested</title><script type="application/ld+json">{"@type": "NewsArticle"}</script>',
      `<article class="post"><h1>Nested</h1><p>${P1}</p>
       <figure><img src="a.jpg"><figcaption>Families wait for the distribution, in a photo taken on Monday.</figcaption></figure>
       <p>${P2}</p><p>${P3}</p>
       <article class="post teaser"><h2><a href="/other">Another story entirely</a></h2><p>${P4}</p></article></article>`,
    );
    assert.deepEqual(extractArticle(html).paragraphs, [P1, P2, P3]);
  });

  it('keeps line breaks inside a paragraph and falls back to the whole body without paragraphs', () => {
    const r = extractArticle(page('<title>Short - Site</title>', '<div><p>First line<br>second line</p><p>Next</p></div>'));
    assert.equal(r.title, 'Short');
    assert.equal(r.titleSource, 'metadata');
    assert.equal(r.body, 'First line\nsecond line\n\nNext');
  });
});

describe('extractArticle robustness', () => {
  it('keeps the article under hundreds of unclosed tags', () => {
    const deep = `${'<div><font>'.repeat(450)}<p>${P1}</p><p>${P2}</p>`;
    assert.ok(extractArticle(page('<title>Deep</title>', deep)).body.includes('temporary shelters'));
  });

  it('stops reading at MAX_OPEN_ELEMENTS open elements, so 100,000 nested tags are never all on the stack', () => {
    // The parser's own stack costs O(depth) per tag: read to the end, this page took 14 s of CPU.
    const deep = page('<title>Deep</title>', `${'<div>'.repeat(100_000)}<p>${P1}</p>${'</div>'.repeat(100_000)}`);
    assert.equal(parseHtml(deep).truncated, true);
    assert.equal(extractArticle(deep).body, '', 'what follows the cut is not read');
    assert.equal(parseHtml(page('<title>Flat</title>', `<p>${P1}</p>`)).truncated, false);
  });

  it('drops trailing calls to action and link leads', () => {
    const html = page(
      '<title>Trailers</title>',
      `<div class="story"><p>${P1}</p><p>Related: <a href="/x">Earlier floods in the region</a></p><p>${P2}</p><p>${P3}</p>
       <p>Subscribe to our newsletter to get the latest updates.</p><p>© 2024 Relief Agency</p></div>`,
    );
    assert.deepEqual(extractArticle(html).paragraphs, [P1, P2, P3]);
  });
});

describe('extractArticle title', () => {
  it('prefers the <h1> agreeing with the metadata over a logo <h1>', () => {
    const html = page(
      '<title>Clinics reach villages - Relief Agency</title>',
      `<div class="logo"><h1>Relief Agency</h1></div><div class="content"><h1>Clinics reach villages</h1><p>${P1}</p><p>${P2}</p></div>`,
    );
    const r = extractArticle(html);
    assert.equal(r.title, 'Clinics reach villages');
    assert.equal(r.paragraphs[0], P1);
  });

  it('uses og:title, then the longest <title> segment, when the page has no <h1>', () => {
    const body = `<div><p>${P1}</p><p>${P2}</p></div>`;
    assert.equal(
      extractArticle(page('<meta property="og:title" content="From Open Graph"><title>Site | Page</title>', body)).title,
      'From Open Graph',
    );
    assert.equal(
      extractArticle(page('<title>Agency | Clinics reach remote villages</title>', body)).title,
      'Clinics reach remote villages',
    );
    assert.equal(extractArticle(page('', body)).title, null);
  });
});
