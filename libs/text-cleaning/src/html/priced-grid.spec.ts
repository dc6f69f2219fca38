import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

/* A collection page: an intro above a grid of priced product cards (priced-grid.ts). */

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Tents</title>${head}</head><body>${body}</body></html>`;
}

const INTRO =
  '<div class="intro"><p>Our tents are chosen for field teams working through the rainy season: each one is tested for ' +
  'a week in wind and rain, packs into a bag that fits on a motorbike and goes up in under ten minutes with two people.</p>' +
  '<p>Larger shelters for clinics and schools are listed on their own page, with their floor plans and the spare parts ' +
  'that our warehouse keeps in stock for each of them, and the delivery times to the regional hubs.</p></div>';
const NAMES = [
  'Ridge 2 dome tent',
  'Ridge 3 dome tent',
  'Valley 4 tunnel tent',
  'Valley 6 tunnel tent',
  'Plain 8 family tent',
  'Plain 10 family tent',
];

function grid(price: (i: number) => string): string {
  const cards = NAMES.map(
    (n, i) =>
      `<li class="card"><a href="/p/${i}">${n}</a><span class="price">${price(i)}</span><span>In stock at the coastal hub, ships in two days</span></li>`,
  );
  return `<ul class="products">${cards.join('')}</ul>`;
}

describe('extractArticle on collection pages', () => {
  it('renders the intro and a grid of priced cards beside it', () => {
    const r = extractArticle(page(`<main><h1>Tents</h1>${INTRO}</main>${grid((i) => `$${120 + 10 * i}.00`)}`));
    assert.ok(r.body.includes('tested for a week'), r.body);
    for (const n of NAMES) assert.ok(r.body.includes(n), n);
    assert.ok(r.body.includes('$150.00'), r.body);
  });

  it('leaves out a grid whose cards show no price, and a few priced cards under a long description', () => {
    // Rendered as an article's containers: the page declares one (declared-articles.ts).
    const article = '<meta property="og:type" content="article">';
    const unpriced = extractArticle(page(`<main><h1>Tents</h1>${INTRO}</main>${grid(() => 'Sold by the unit')}`, article));
    assert.ok(unpriced.body.includes('tested for a week'));
    assert.ok(!unpriced.body.includes('Valley 6 tunnel tent'), unpriced.body);
    const long =
      INTRO +
      INTRO.replace(/tents/g, 'shelters').replace('Larger', 'Bigger') +
      INTRO.replace('rainy season', 'dry months').replace('clinics', 'depots');
    const few = extractArticle(page(`<main><h1>Tents</h1>${long}</main>${grid((i) => `€${40 + i}`)}`, article));
    assert.ok(few.body.includes('dry months'), few.body);
    assert.ok(!few.body.includes('Valley 6 tunnel tent'), few.body);
  });
});
