import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText } from '../clean-text.js';
import { looksLikeHtml } from './looks-like-html.js';
import { htmlToText } from './to-text.js';

const page = `<!DOCTYPE html>
<html lang="en"><head><title>Shelter kits reach flood-hit families | Relief Agency</title>
<style>body { color: red }</style><script>var menu = "<p>not text</p>";</script></head>
<body>
<header class="site-header"><a href="/">Relief Agency</a><ul class="menu"><li>Who we are</li><li>Our work</li></ul></header>
<nav aria-label="Main"><a href="/news">News</a> <a href="/media">Media</a></nav>
<div class="breadcrumb">Home &gt; News &gt; Press releases</div>
<main>
<article>
<h1>Shelter kits reach flood-hit families</h1>
<div class="share-bar"><a>Share on Facebook</a><a>Tweet</a></div>
<p>Dhaka &ndash; More than 2,400 families received shelter kits this week after
   floods destroyed their homes in the northern districts, the agency said.</p>
<p>Each kit contains tarpaulins, ropes, tools and blankets. Teams also
   distributed hygiene kits and water purification tablets to prevent disease.</p>
<p>Needs remain high: <strong>thousands</strong> of households are still living in schools and
   on embankments, and more funding is required to help them rebuild before the next monsoon.</p>
<p>For more information, please contact Rina Akter, IOM Dhaka,<br>Tel: +880 2 5504 4811<br>Email: rakter@example.org</p>
</article>
<aside class="related"><h2>Related news</h2><p>Earlier floods in the region</p></aside>
</main>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
<footer><p>&copy; 2024 Relief Agency. All rights reserved.</p></footer>
</body></html>`;

describe('looksLikeHtml', () => {
  it('recognises markup and rejects text dumps with a stray remnant', () => {
    assert.equal(looksLikeHtml(page), true);
    assert.equal(looksLikeHtml('<p>One</p><p>Two</p><div>Three</div><br>'), true);
    assert.equal(looksLikeHtml('Titre\nTexte du communiqué.\nE-mail:\n"mailto:a@b.org">a@b.org'), false);
    assert.equal(looksLikeHtml('Less than 5 <b> items'), false);
  });
});

describe('htmlToText', () => {
  it('keeps the article text and drops page furniture', () => {
    const { text, title } = htmlToText(page);
    assert.equal(title, 'Shelter kits reach flood-hit families');
    assert.match(text, /^Shelter kits reach flood-hit families\n\nDhaka – More than 2,400 families/);
    for (const furniture of [
      'Who we are',
      'News',
      'Share on Facebook',
      'Related news',
      'cookies',
      'All rights reserved',
      'not text',
      'color: red',
    ]) {
      assert.ok(!text.includes(furniture), furniture);
    }
    // Line breaks inside a paragraph of the source are just spaces.
    assert.match(text, /this week after floods destroyed/);
  });

  it('falls back to <title> and handles unclosed and stray tags', () => {
    const { text, title } = htmlToText('<title>Headline here - Site</title><div><p>First<p>Second</span></div>');
    assert.equal(title, 'Headline here');
    assert.deepEqual(text.split(/\n+/), ['First', 'Second']);
  });
});

describe('cleanText on HTML', () => {
  it('runs the text pipeline on the extracted article', () => {
    const r = cleanText(page);
    assert.equal(r.title, 'Shelter kits reach flood-hit families');
    assert.equal(r.dateline, 'Dhaka');
    assert.equal(r.language, 'en');
    assert.equal(r.body.split('\n\n').length, 3);
    assert.ok(r.body.startsWith('More than 2,400 families received shelter kits'));
    assert.deepEqual(r.contacts, [{ name: 'Rina Akter', office: 'IOM Dhaka', email: 'rakter@example.org', phones: ['+880 2 5504 4811'] }]);
    assert.deepEqual(r.warnings, []);
  });
});
