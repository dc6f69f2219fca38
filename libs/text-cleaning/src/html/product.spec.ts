import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from './dom.js';
import { extractArticle } from './extract-article.js';
import { isProductPage } from './product.js';

/* Product pages: the description is the content, the customers' reviews and the buy box are not. */

const PRODUCT_LD = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Trail pack"}</script>';

function page(head: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Trail pack</title>${head}</head><body>${body}</body></html>`;
}

const DESCRIPTION =
  '<div class="description"><p>A 25-litre day pack with a padded back panel, a rain cover tucked in its base and a sleeve for a water reservoir.</p></div>';
const REVIEWS = [
  'I liked this bag a lot. I used it on multiple short day hikes and it carried everything I needed without rubbing my shoulders.',
  'Fantastic bag that just falls short of five stars for me. It is spacious and well built, but the hip belt pockets are too small.',
  'Big enough for a full day of supplies, but not too big. The straps are comfortable even when the pack is loaded with water.',
]
  .map((r) => `<div class="individual-review"><p>${r}</p></div>`)
  .join('');

describe('extractArticle on product pages', () => {
  it('drops a list of customer reviews on a page declaring a Product, even when it holds most of the prose', () => {
    const r = extractArticle(
      page(PRODUCT_LD, `<main><h1>Trail pack</h1>${DESCRIPTION}<section class="product-reviews">${REVIEWS}</section></main>`),
    );
    assert.ok(r.body.includes('25-litre day pack'), r.body);
    assert.ok(!r.body.includes('falls short of five stars'), r.body);
  });

  it('keeps such a block on a page that does not declare a product', () => {
    const r = extractArticle(
      page('', `<main><h1>Trail pack</h1>${DESCRIPTION}<section class="product-reviews">${REVIEWS}</section></main>`),
    );
    assert.ok(r.body.includes('falls short of five stars'), r.body);
  });
});

describe('extractArticle on product pages printed twice', () => {
  // Blocks of one template, so twins.ts (one item in two different layouts) leaves them to this rule.
  it('keeps one copy of a block a product page prints twice (a cloned slide), and both on a page that is not a product', () => {
    const FEATURE = '<p>Superfine merino fibres have a soft feel and help regulate temperature on warm and cold days.</p>';
    const body =
      `<main><h1>Wool runner</h1><div class="slide">${FEATURE}</div><div class="slide">${FEATURE}</div>` +
      '<p>The insole and laces come out, and the shoe goes in the washing machine on a gentle cycle.</p></main>';
    const count = (text: string): number => text.split('Superfine merino').length - 1;
    assert.equal(count(extractArticle(page(PRODUCT_LD, body)).body), 1);
    assert.equal(count(extractArticle(page('', body)).body), 2);
  });
});

describe('extractArticle on panels collapsed inside a hidden wrapper', () => {
  it('keeps an accordion panel whose collapse wrapper is hidden, and still drops a hidden block that wraps no panel', () => {
    const panel = (id: string, text: string): string =>
      `<button aria-controls="p-${id}">Open</button><div class="collapse" style="display:none">` +
      `<div role="region" id="p-${id}" aria-labelledby="b-${id}"><p>${text}</p></div></div>`;
    const r = extractArticle(
      page(
        PRODUCT_LD,
        '<main><h1>Fire pit</h1><p>A smokeless steel fire pit for the garden, with a removable ash pan and a lid that doubles as a table.</p>' +
          panel('1', 'Stack small split logs around the cone and light the starter gel; the double wall feeds the flames with hot air.') +
          '<div style="display:none"><p>Your session has expired, please refresh the page and try again later.</p></div></main>',
      ),
    );
    assert.ok(r.body.includes('Stack small split logs'), r.body);
    assert.ok(!r.body.includes('session has expired'), r.body);
  });
});

describe('extractArticle and disclaimers', () => {
  it('drops a block named as a disclaimer (footnotes of offers and specifications) under the content', () => {
    const r = extractArticle(
      page(
        '',
        '<main><h1>Tablet</h1><p>An 11-inch tablet with a bright screen, a pen in the box and a battery that lasts a working day of notes and calls.</p>' +
          '<p>The case is water resistant, and the keyboard cover attaches with magnets along the long edge of the tablet.</p>' +
          '<p>Two speakers sit on each short side, and the camera above the screen keeps you centred in the frame during calls.</p>' +
          '<div class="product-disclaimer"><p>* Image simulated. Colour and model availability may vary depending on country, region or carrier.</p></div></main>',
      ),
    );
    assert.ok(r.body.includes('11-inch tablet'), r.body);
    assert.ok(!r.body.includes('Image simulated'), r.body);
  });
});

describe('isProductPage', () => {
  it('reads a Product among the JSON-LD types, after another type too', () => {
    const ld = (type: string) => parseHtml(page(`<script type="application/ld+json">{"@type":${type}}</script>`, '<p>x</p>'));
    assert.ok(isProductPage(ld('["WebPage","Product"]')));
    assert.ok(!isProductPage(ld('"ProductGroup"')));
  });
});
