import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

const INTRO = 'Our running watches track pace, distance and heart rate, and the guide below helps you choose one for your training.';
const BODY = [
  'GPS watches record every route you run and upload it when you get home, so that your training log keeps itself.',
  'Heart rate straps read more precisely than wrist sensors during intervals, which matters when you train by zones.',
  'Battery life ranges from a day to several weeks, depending on how often the watch reads satellites and your pulse.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

function page(main: string, outside = ''): string {
  return `<!DOCTYPE html><html><head><title>Running watches</title></head><body>${outside}<main><h1>Running watches</h1>${main}</main></body></html>`;
}

describe('a block named as a header inside <main>', () => {
  it("is the main content's header (a category's intro), not furniture", () => {
    const r = extractArticle(page(`<div class="category-header__description"><p>${INTRO}</p></div><div class="content">${BODY}</div>`));
    assert.ok(r.body.includes(INTRO), r.body);
  });

  it('still goes outside <main> (the page banner)', () => {
    const r = extractArticle(page(`<div class="content">${BODY}</div>`, `<div class="site-header"><p>${INTRO}</p></div>`));
    assert.ok(!r.body.includes(INTRO), r.body);
  });

  it('still goes when mostly links (a header menu) or inside a list item (a post header printed on every item)', () => {
    const menu = extractArticle(
      page(`<div class="collection-header"><a href="/a">Sort by price</a> <a href="/b">Sort by rating</a> Filter</div><div>${BODY}</div>`),
    );
    assert.ok(!menu.body.includes('Sort by'), menu.body);
    const item = extractArticle(page(`<ul><li><div class="post-header"><p>${INTRO}</p></div><div>${BODY}</div></li></ul>`));
    assert.ok(!item.body.includes(INTRO), item.body);
  });

  it('still goes when also named as another kind of furniture', () => {
    const r = extractArticle(page(`<div class="promo-header"><p>${INTRO}</p></div><div class="content">${BODY}</div>`));
    assert.ok(!r.body.includes(INTRO), r.body);
  });
});
