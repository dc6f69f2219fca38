import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Coupons</title></head><body>${body}</body></html>`;
}

const TERMS = '<p>Must be presented before start of work.</p><p>Not valid with other offers or coupons, some restrictions may apply.</p>';

describe('a grid whose best paragraph is one card', () => {
  it('renders the whole grid, not the one card that scored best', () => {
    const offers = [
      '10% Off Panel Upgrade',
      '$25 Off Troubleshooting',
      '$50 Off Surge Protector',
      '$75 Off Rewiring',
      '$100 Off Generator Hookup',
    ];
    const cards = [
      `<li class="coupon"><h3>Price Match Guarantee</h3><div class="desc"><p>We will match competitors pricing.</p><p>As long as the other companies are using the same materials and doing the same work. The other companies must be licensed and insured.</p>${TERMS}</div></li>`,
      ...offers.map((o) => `<li class="coupon"><a href="/coupons/${o.length}"><h3>${o}</h3></a><div class="desc">${TERMS}</div></li>`),
    ].join('');
    const r = extractArticle(page(`<main><h1>Coupons</h1><ul class="coupons">${cards}</ul></main>`));
    assert.ok(r.body.includes('We will match competitors pricing'), r.body);
    for (const o of offers) assert.ok(r.body.includes(o), r.body);
  });
});
