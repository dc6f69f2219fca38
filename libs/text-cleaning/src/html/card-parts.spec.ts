import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Remote jobs</title></head><body>${body}</body></html>`;
}

const JOBS = [
  ['Senior Platform Engineer', 'Northwind Traders', 'Full-Time, $90,000 - $120,000, anywhere in the world'],
  ['Data Analyst', 'Contoso Analytics', 'Contract, $50 an hour, Europe and North America only'],
  ['Support Engineer', 'Fabrikam Systems', 'Part-Time, $40,000 - $55,000, Americas time zones only'],
  ['Frontend Developer', 'Tailspin Toys', 'Full-Time, $70,000 - $95,000, remote within the United States'],
] as const;

function listing(headerClass: string, wrap: (card: string, i: number) => string): string {
  const cards = JOBS.map(([title, company, terms], i) =>
    wrap(`<div class="${headerClass}"><h3>${title}</h3><p>${i + 2}d</p></div><p>${company}</p><p>${terms}</p>`, i),
  ).join('');
  return page(
    `<div class="site-header"><a href="/">Jobs home</a> Find remote work today</div><main><h1>Remote jobs</h1><ul>${cards}</ul></main>`,
  );
}

describe("an item's header", () => {
  it('keeps the header of a card wrapped in a link (its title and date)', () => {
    const r = extractArticle(listing('listing__header', (card, i) => `<li><a href="/jobs/${i}">${card}</a></li>`));
    for (const [title, company] of JOBS) {
      assert.ok(r.body.includes(title), r.body);
      assert.ok(r.body.includes(company), r.body);
    }
  });

  it("drops a block named as a header outside any link, and the page's own header", () => {
    const r = extractArticle(listing('listing__header', (card) => `<li>${card}</li>`));
    assert.ok(!r.body.includes(JOBS[0][0]), r.body);
    assert.ok(!r.body.includes('Find remote work'), r.body);
  });

  it('drops a block inside a link named by another furniture word too', () => {
    const r = extractArticle(listing('listing__header share-bar', (card, i) => `<li><a href="/jobs/${i}">${card}</a></li>`));
    assert.ok(!r.body.includes(JOBS[0][0]), r.body);
  });

  it('keeps a heading named as a header (a method signature in API docs)', () => {
    const doc =
      '<main><h1>Result</h1><p>Result is a type that represents either success or failure, and is returned by every fallible function of the library.</p>' +
      '<h4 class="code-header">pub const fn is_ok(&amp;self) -&gt; bool</h4><p>Returns true if the result is Ok, false when it holds the error value of the call.</p></main>';
    const r = extractArticle(page(doc));
    assert.ok(r.body.includes('pub const fn is_ok'), r.body);
  });
});
