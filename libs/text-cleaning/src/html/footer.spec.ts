import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Skincare sets</title></head><body>${body}</body></html>`;
}

const LEGAL = [
  'Financing is available to qualified customers, subject to credit approval; the monthly figures shown assume the full term and no deposit.',
  'Trade-in values vary by the condition, year and configuration of the device you give back, and must be at least the minimum age.',
  'Offers are valid while stocks last and cannot be combined with other offers; prices include the taxes of the country you deliver to.',
]
  .map((t) => `<p>${t}</p>`)
  .join('');

describe('a page footer that outweighs the content', () => {
  it("drops a page's <footer> of legal text that holds most of the page's text, and keeps the short content", () => {
    const cards = ['The Super Pack', 'Balm Trio', 'Cleanser Duo', 'Serum Set']
      .map((n) => `<div class="card"><a href="/p/${n.length}">${n}</a> <span>All three serums, travel size</span></div>`)
      .join('');
    const r = extractArticle(page(`<main><h1>Skincare sets</h1><div class="grid">${cards}</div></main><footer>${LEGAL}</footer>`));
    assert.ok(r.body.includes('Balm Trio'), r.body);
    assert.ok(!r.body.includes('Financing is available'), r.body);
  });

  it("drops a page's <header> whose menu holds most of the page's text", () => {
    const menu = ['Cleansers', 'Serums', 'Moisturisers', 'Sun care', 'Body care', 'Fragrance', 'Gift sets', 'Travel sizes']
      .map(
        (m) =>
          `<li><a href="/c/${m.length}">${m}</a><p>Shop every ${m.toLowerCase()} of the season, new formulas and the classics, in every size.</p></li>`,
      )
      .join('');
    const r = extractArticle(
      page(
        `<header><ul>${menu}</ul></header><main><h1>Skincare sets</h1><p>Four sets of our serums and balms, each in a travel pouch ` +
          'that fits a carry-on, with a guide to the order in which to use them.</p></main>',
      ),
    );
    assert.ok(r.body.includes('Four sets of our serums'), r.body);
    assert.ok(!r.body.includes('Shop every'), r.body);
  });

  it("drops a block named as the header that wraps the page's <header> and its menu", () => {
    const menu = ['Cleansers', 'Serums', 'Moisturisers', 'Sun care', 'Body care', 'Fragrance', 'Gift sets', 'Travel sizes']
      .map((m) => `<div class="col"><a href="/c/${m.length}">${m}</a><p>Every ${m.toLowerCase()} of the season, new and classic.</p></div>`)
      .join('');
    const r = extractArticle(
      page(
        `<div id="header-experience"><a href="#main">Skip to content</a><header><a href="/">Home</a></header><div>${menu}</div></div>` +
          '<main id="main"><h1>Skincare sets</h1><p>Four sets of our serums and balms, each in a travel pouch that fits a carry-on, ' +
          'with a guide to the order in which to use them.</p></main>',
      ),
    );
    assert.ok(r.body.includes('Four sets of our serums'), r.body);
    assert.ok(!r.body.includes('Every serums'), r.body);
  });

  it('keeps a <footer> that holds the headline (a page whose markup wraps everything in it)', () => {
    const r = extractArticle(page(`<footer><h1>Skincare sets</h1>${LEGAL}</footer>`));
    assert.ok(r.body.includes('Financing is available'), r.body);
  });
});
