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
      '<li class="coupon"><h3>Price Match Guarantee</h3><div class="desc"><p>We will match competitors pricing.</p>' +
        '<p>As long as the other companies are using the same materials and doing the same work. The other companies must be licensed and insured.</p>' +
        `${TERMS}</div></li>`,
      ...offers.map((o) => `<li class="coupon"><a href="/coupons/${o.length}"><h3>${o}</h3></a><div class="desc">${TERMS}</div></li>`),
    ].join('');
    const r = extractArticle(page(`<main><h1>Coupons</h1><ul class="coupons">${cards}</ul></main>`));
    assert.ok(r.body.includes('We will match competitors pricing'), r.body);
    for (const o of offers) assert.ok(r.body.includes(o), r.body);
  });
});

describe("a category's description beside its grid of items", () => {
  it('renders the description and the grid of cards (names in links, prices beside them)', () => {
    const intro = [
      'Staunton pieces in boxwood and ebonised wood, weighted and felted, sized for tournament boards of every standard.',
      'Each set is turned by hand in our workshop, checked piece by piece and packed in a box that keeps it for years.',
      'The economy range keeps the tournament proportions at a price that clubs and schools can buy by the dozen.',
    ]
      .map((t) => `<p>${t}</p>`)
      .join('');
    const items = [
      'Club Staunton',
      'Tournament Staunton',
      'Weighted Club',
      'School Set',
      'Boxwood Classic',
      'Travel Staunton',
      'Garden Set',
      'Magnetic Travel',
      'Ebony Club',
      'Rosewood Club',
    ];
    const cards = items
      .map(
        (n, i) =>
          `<li class="item"><a href="/p/${i}">${n} Chess Pieces in Boxwood and Ebonised Wood</a><span class="price">US$ ${39 + i}.00</span><span>King ${3 + i} inch</span></li>`,
      )
      .join('');
    const r = extractArticle(
      page(
        `<main><h1>Economy chess pieces</h1><div class="intro">${intro}<ul><li>Weighted with lead for a low, steady stance</li>` +
          '<li>Felted bases of green baize, glued by hand</li><li>King height from three to four inches</li><li>Spare queens included with every set</li>' +
          `</ul></div><ol class="products">${cards}</ol></main>`,
      ),
    );
    assert.ok(r.body.includes('Each set is turned by hand'), r.body);
    for (const n of items) assert.ok(r.body.includes(n), r.body);
    assert.ok(r.body.indexOf('Each set is turned by hand') < r.body.indexOf('Club Staunton'), r.body);
  });
});
