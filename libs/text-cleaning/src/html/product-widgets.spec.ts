import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';
import { isStorefrontWidget } from './product-widgets.js';
import { parseHtml, type HtmlElement } from './dom.js';

/* A product page's buy box widgets, by their ARIA role (product-widgets.ts). */

const PRODUCT_LD = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Trail runner"}</script>';

function page(head: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Trail runner</title>${head}</head><body>${body}</body></html>`;
}

// Short lines, no long paragraph: the page is rendered as a region, not as an article.
const FEATURES = [
  'Grippy lugged outsole for loose trails',
  'Breathable mesh upper that dries fast',
  'Cushioned midsole made from sugarcane',
  'Machine washable on a gentle cycle',
  'Padded collar and a pull loop at the heel',
  'Recycled laces and a removable insole',
]
  .map((f) => `<li>${f}</li>`)
  .join('');
const SIZES = '<div role="radiogroup" aria-label="Size"><span>Select a size</span><span>8</span><span>9</span><span>10</span></div>';
const SLIDES = ['Lightweight hiking sock pack of three', 'Waterproof gaiter for muddy runs', 'Insulated winter trail shoe']
  .map((n, i) => `<div role="group" aria-roledescription="slide"><span>${n}</span><span>$${20 + i}.00</span></div>`)
  .join('');
const STATUS = '<div role="status">Added to your cart. Free shipping on orders over $75</div>';

function body(): string {
  return `<main><h1>Trail runner</h1><div class="pdp"><ul class="features">${FEATURES}</ul>${SIZES}${STATUS}<div class="carousel">${SLIDES}</div></div></main>`;
}

describe('extractArticle on a product page’s widgets', () => {
  it('leaves out variant pickers, carousel slides and live messages on a page declaring a Product', () => {
    const r = extractArticle(page(PRODUCT_LD, body()));
    assert.ok(r.body.includes('Grippy lugged outsole'), r.body);
    assert.ok(r.body.includes('Recycled laces'), r.body);
    assert.ok(!r.body.includes('Select a size'), r.body);
    assert.ok(!r.body.includes('Waterproof gaiter'), r.body);
    assert.ok(!r.body.includes('Added to your cart'), r.body);
  });

  it('keeps them on a page that does not declare a product (a service page’s slides are its offers)', () => {
    const r = extractArticle(page('', body()));
    assert.ok(r.body.includes('Waterproof gaiter'), r.body);
    assert.ok(r.body.includes('Select a size'), r.body);
  });
});

describe('isStorefrontWidget', () => {
  const first = (html: string): HtmlElement => {
    const root = parseHtml(`<html><body>${html}</body></html>`).root;
    const stack: HtmlElement[] = [root];
    while (stack.length > 0) {
      const el = stack.pop()!;
      if (el.attr('role') !== undefined) return el;
      for (const c of el.children) if (typeof c !== 'string') stack.push(c);
    }
    throw new Error('no element with a role');
  };

  it('reads the widget roles, in any case', () => {
    for (const role of ['group', 'radiogroup', 'tooltip', 'status', 'alert', ' Group '])
      assert.equal(isStorefrontWidget(first(`<div role="${role}">x</div>`)), true, role);
  });

  it('leaves other roles and elements without one', () => {
    assert.equal(isStorefrontWidget(first('<div role="region">x</div>')), false);
    assert.equal(isStorefrontWidget(first('<div role="tabpanel">x</div>')), false);
    assert.equal(isStorefrontWidget(parseHtml('<div>x</div>').root), false);
  });
});
