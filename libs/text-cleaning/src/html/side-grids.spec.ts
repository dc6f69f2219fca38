import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';
import { parseHtml, type HtmlElement } from './dom.js';
import { isCardGrid } from './grid.js';
import { computeStats } from './stats.js';

/* A carousel of other products inside a region rendered whole (side-grids.ts). */

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Water filter</title></head><body>${body}</body></html>`;
}

// A product's facts as short lines (no prose paragraph): the page is rendered as a region.
const FACTS = [
  'Ceramic candle filter for households of up to eight people',
  'Removes 99.99 % of bacteria and protozoa from river and well water',
  'Flow rate of four litres an hour with a clean candle',
  'Each candle lasts for about six months of daily use',
  'The housing is food-grade plastic that does not need electricity',
  'Spare candles and taps are stocked at the three regional hubs',
  'Assembly takes ten minutes and needs no tools at all',
  'Cleaning the candle with a soft brush restores its flow',
]
  .map((f) => `<li>${f}</li>`)
  .join('');
const NAMES = ['Bucket tap', 'Ceramic spare candle', 'Cleaning brush', 'Storage jerrycan', 'Filter stand'];

function carousel(price: (i: number) => string): string {
  const cards = NAMES.map((n, i) => `<li class="tile"><a href="/p/${i}">${n} ${price(i)}</a></li>`);
  return `<ul class="rail">${cards.join('')}</ul>`;
}

function region(grid: string): string {
  return page(`<main><h1>Water filter</h1><div class="facts"><ul>${FACTS}</ul>${grid}</div></main>`);
}

describe('extractArticle on a carousel of other products', () => {
  it('leaves out a small grid of priced link cards inside the region', () => {
    const r = extractArticle(region(carousel((i) => `$${12 + i}.00`)));
    assert.ok(r.body.includes('Flow rate of four litres'), r.body);
    for (const n of NAMES) assert.ok(!r.body.includes(n), r.body);
  });

  it('keeps link cards without prices, and cards that show text beside their links', () => {
    const unpriced = extractArticle(region(carousel(() => 'in stock')));
    for (const n of NAMES) assert.ok(unpriced.body.includes(n), unpriced.body);
    const cards = NAMES.map((n, i) => `<li class="tile"><a href="/p/${i}">${n}</a> $${12 + i}.00, used with the filter every day</li>`);
    const written = extractArticle(region(`<ul class="rail">${cards.join('')}</ul>`));
    for (const n of NAMES) assert.ok(written.body.includes(n), written.body);
  });
});

describe('isCardGrid', () => {
  function ul(items: string): HtmlElement {
    const page = parseHtml(`<html><body><ul id="g">${items}</ul></body></html>`);
    computeStats(page.root);
    const stack: HtmlElement[] = [page.root];
    while (stack.length > 0) {
      const el = stack.pop()!;
      if (el.attr('id') === 'g') return el;
      for (const c of el.children) if (typeof c !== 'string') stack.push(c);
    }
    throw new Error('no grid');
  }

  it('needs four children of one template holding most of the text', () => {
    const card = (n: string) => `<li class="tile">${n}, a card of the grid</li>`;
    assert.equal(isCardGrid(ul(['a', 'b', 'c', 'd'].map(card).join(''))), true);
    assert.equal(isCardGrid(ul(['a', 'b', 'c'].map(card).join(''))), false);
    const long = '<li class="intro">' + 'An introduction far longer than the cards beside it. '.repeat(6) + '</li>';
    assert.equal(isCardGrid(ul(long + ['a', 'b', 'c', 'd'].map(card).join(''))), false);
  });
});
