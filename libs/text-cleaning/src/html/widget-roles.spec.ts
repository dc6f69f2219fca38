import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';
import { isInterfaceMessage, isStorefrontGroup } from './widget-roles.js';
import { parseHtml, type HtmlElement } from './dom.js';

/* Interface widgets by their ARIA role (widget-roles.ts): messages on any page, a storefront's groups on product pages. */

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

  it('keeps the groups on a page that does not declare a product (a service page’s slides are its offers), not the messages', () => {
    const r = extractArticle(page('', body()));
    assert.ok(r.body.includes('Waterproof gaiter'), r.body);
    assert.ok(r.body.includes('Select a size'), r.body);
    assert.ok(!r.body.includes('Added to your cart'), r.body);
  });
});

describe('extractArticle on an article’s interface messages', () => {
  it('leaves out a tooltip and a status message inside the article, and keeps its paragraphs', () => {
    const paragraphs = [
      'The council voted on Tuesday to keep the library open on Sundays, reversing a decision taken in the spring budget.',
      'Librarians had collected more than four thousand signatures, and several speakers at the meeting were children.',
      'The change costs about sixty thousand a year, which the council will take from its reserve for building repairs.',
    ]
      .map((p) => `<p>${p}</p>`)
      .join('');
    const r = extractArticle(
      page(
        '',
        `<article><h1>Library stays open on Sundays</h1>${paragraphs}<span role="tooltip">Copy link to clipboard</span>` +
          '<div role="status">Link copied</div></article>',
      ),
    );
    assert.ok(r.body.includes('four thousand signatures'), r.body);
    assert.ok(!r.body.includes('Copy link to clipboard'), r.body);
    assert.ok(!r.body.includes('Link copied'), r.body);
  });
});

describe('isInterfaceMessage and isStorefrontGroup', () => {
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

  it('reads the roles, in any case', () => {
    for (const role of ['tooltip', 'status', 'alert', ' Status ']) {
      assert.equal(isInterfaceMessage(first(`<div role="${role}">x</div>`)), true, role);
      assert.equal(isStorefrontGroup(first(`<div role="${role}">x</div>`)), false, role);
    }
    for (const role of ['group', 'radiogroup', ' Group ']) {
      assert.equal(isStorefrontGroup(first(`<div role="${role}">x</div>`)), true, role);
      assert.equal(isInterfaceMessage(first(`<div role="${role}">x</div>`)), false, role);
    }
  });

  it('leaves other roles and elements without one', () => {
    for (const role of ['region', 'tabpanel', 'list']) {
      assert.equal(isInterfaceMessage(first(`<div role="${role}">x</div>`)), false, role);
      assert.equal(isStorefrontGroup(first(`<div role="${role}">x</div>`)), false, role);
    }
    assert.equal(isInterfaceMessage(parseHtml('<div>x</div>').root), false);
    assert.equal(isStorefrontGroup(parseHtml('<div>x</div>').root), false);
  });
});
