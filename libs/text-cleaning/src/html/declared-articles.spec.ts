import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from './dom.js';
import { declaresArticle } from './declared-articles.js';
import { extractArticle } from './extract-article.js';

/* Article rendering for pages that declare an article, a product or a thread (declared-articles.ts). */

function page(head: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Water trucking</title>${head}</head><body>${body}</body></html>`;
}

const LONG =
  'Our trucks deliver drinking water to camps and clinics every day of the year, with chlorine tested at the source and again ' +
  'at each tank, and a driver who logs every litre so that the partners can see where the water went and when it arrived.';
const SECTION = 'We also repair boreholes and hand pumps in the villages along our routes';

// A landing page: a long intro in one section, lists of services in the sections beside it.
function feature(verb: string): string {
  return (
    `<section class="feature"><h2>Boreholes</h2><ul><li>${SECTION.replace('repair', verb)}</li>` +
    '<li>Committees trained in each village to keep them running</li></ul></section>'
  );
}
const BODY =
  `<main><section class="hero"><div class="text"><h1>Water trucking</h1><p>${LONG}</p><p>${LONG.replace('camps', 'schools')}</p></div></section>` +
  `${feature('drill')}${feature('deepen')}${feature('clean')}</main>`;

describe('declaresArticle', () => {
  it('reads og:type article and a schema.org Article subtype in JSON-LD, not a web page', () => {
    assert.ok(declaresArticle(parseHtml(page('<meta property="og:type" content="article">', ''))));
    assert.ok(declaresArticle(parseHtml(page('<script type="application/ld+json">{"@type": ["WebPage", "BlogPosting"]}</script>', ''))));
    assert.ok(!declaresArticle(parseHtml(page('<meta property="og:type" content="website">', ''))));
    assert.ok(!declaresArticle(parseHtml(page('<script type="application/ld+json">{"@type": "WebPage"}</script>', ''))));
  });
});

describe('extractArticle on undeclared pages', () => {
  it("renders an undeclared page's sections as its region, a declared article's containers alone", () => {
    const landing = extractArticle(page('', BODY)).body;
    assert.ok(landing.includes('drill boreholes'), landing);
    const article = extractArticle(page('<meta property="og:type" content="article">', BODY)).body;
    assert.ok(article.includes('chlorine tested'));
    assert.ok(!article.includes('drill boreholes'), article);
  });
});
