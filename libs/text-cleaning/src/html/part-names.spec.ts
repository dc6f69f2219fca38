import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';
import { namesCardInfo } from './part-names.js';

const yes = (): boolean => true;

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

describe("a card's info part", () => {
  const short = (w: string): boolean => ['info', 'meta', 'date', 'author'].includes(w);

  it('reads "info" after a card word in the same class as a part of the card', () => {
    assert.ok(namesCardInfo('product-card__info disable-animations', short));
    assert.ok(namesCardInfo('ProductCard-styled__Info-sc-e70a548c-1 iNiKAz', short));
    assert.ok(namesCardInfo('c-tile__info', short));
  });

  it('leaves the other uses of "info" and the other short words as they were', () => {
    assert.ok(!namesCardInfo('post-info', short));
    assert.ok(!namesCardInfo('info product-card', short));
    assert.ok(!namesCardInfo('product-card__meta', short));
    assert.ok(!namesCardInfo('product-card__info author-info', short));
    assert.ok(!namesCardInfo(undefined, short));
  });

  it('reads any "info" as a card part when the block is a priced link, and only then', () => {
    assert.ok(namesCardInfo('c-ptf__info', short, yes));
    assert.ok(!namesCardInfo('c-ptf__info', short));
    // Another short word still names metadata, priced or not.
    assert.ok(!namesCardInfo('c-ptf__info post-date', short, yes));
  });

  it('keeps a card\'s link named "info" that shows a name and a price, not a post\'s linked metadata', () => {
    const cards = ITEMS.map(
      ([name, , price], i) =>
        `<li class="c-ptf"><a href="/p/${i}"><img src="/i.jpg" alt=""></a><a href="/p/${i}" class="c-ptf__info"><h2>${name}</h2><div><span>${price}</span></div></a></li>`,
    ).join('');
    const r = extractArticle(page(`<main><h1>Home fitness</h1><p>${ABOUT}</p><ul class="grid">${cards}</ul></main>`));
    for (const [name, , price] of ITEMS) {
      assert.ok(r.body.includes(name), r.body);
      assert.ok(r.body.includes(price), r.body);
    }
    const meta = `<div class="post__info"><a href="/author/rina">Rina Akter</a> <a href="/2026/05">May 2026</a></div>`;
    const post = extractArticle(page(`<main><article><h1>Home fitness</h1>${meta}<p>${ABOUT}</p><p>${ABOUT}</p></article></main>`));
    assert.ok(!post.body.includes('Rina Akter'), post.body);
  });

  it("keeps each card's name and price on a page of cards", () => {
    const cards = ITEMS.map(
      ([name, blurb, price]) =>
        `<li class="product-card"><a href="/p"><img src="/i.jpg" alt=""></a><div class="product-card__info"><p>${name}</p><p>${price}</p></div><p>${blurb}</p></li>`,
    ).join('');
    const r = extractArticle(page(`<main><h1>Home fitness</h1><ul class="grid">${cards}</ul></main>`));
    for (const [name, , price] of ITEMS) {
      assert.ok(r.body.includes(name), r.body);
      assert.ok(r.body.includes(price), r.body);
    }
  });
});
