import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fitness store</title></head><body>${body}</body></html>`;
}

const ITEMS = [
  ['Studio Cycle S22i', 'Incline and decline with live classes on a rotating touchscreen', '$1,999.99'],
  ['Treadmill T9', 'A folding treadmill with a cushioned deck and a quiet motor', '$2,999.00'],
  ['Functional Trainer FTR30', 'Dual cable stacks for presses, rows and curls in one frame', '$3,899.00'],
] as const;

const ABOUT =
  'Our fitness advisers help you choose between bikes, treadmills and strength stations, with a trial period of thirty days and free returns on every order we deliver.';

function store(carouselClass: string): string {
  const cards = ITEMS.map(([name, blurb, price]) => `<div class="card"><p><b>${name}</b></p><p>${blurb}</p><p>${price}</p></div>`).join('');
  return page(
    `<div class="site-nav"><a href="/">Home</a> <a href="/bikes">Bikes</a></div><main><h1>Home fitness</h1>` +
      `<p>Equipment for every room, delivered and assembled by our own teams across the country. ${ABOUT}</p><p>${ABOUT}</p>` +
      `<div class="${carouselClass}">${cards}</div></main>`,
  );
}

describe('a furniture word naming a part of the block', () => {
  it('keeps a carousel named for its navigation buttons ("dark-nav-btns")', () => {
    const r = extractArticle(store('category-carousel dark-nav-btns'));
    for (const [name, blurb] of ITEMS) {
      assert.ok(r.body.includes(name), r.body);
      assert.ok(r.body.includes(blurb), r.body);
    }
  });

  it('still drops a block named as navigation ("dark-nav")', () => {
    const r = extractArticle(store('category-carousel dark-nav'));
    for (const [name] of ITEMS) assert.ok(!r.body.includes(name), r.body);
  });

  it('still drops the buttons themselves ("share-btn" on a short label)', () => {
    const html = page(
      `<main><h1>Treadmill T9</h1><p>A folding treadmill with a cushioned deck and a quiet motor, for daily runs at home.</p>` +
        `<div class="share-btn">Share this</div></main>`,
    );
    assert.ok(!extractArticle(html).body.includes('Share this'));
  });
});
