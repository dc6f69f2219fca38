import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from './dom.js';
import { sellsOneThing } from './offers.js';

const offer = (price: string): string =>
  `<div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="${price}"><span>$${price}</span></div>`;

function sells(head: string, body: string): boolean {
  const html = `<!DOCTYPE html><html><head><title>Store</title>${head}</head><body>${body}</body></html>`;
  return sellsOneThing(html, parseHtml(html));
}

describe('a page selling one thing without declaring a product', () => {
  it('reads an Open Graph price in the meta tags', () => {
    assert.ok(sells('<meta property="product:price:amount" content="129.00">', '<h1>Field watch</h1>'));
    assert.ok(sells('<meta property="og:price:amount" content="129.00">', '<h1>Field watch</h1>'));
  });

  it('reads one microdata Offer, not one per card of a category', () => {
    assert.ok(sells('', `<h1>Field watch</h1>${offer('129.00')}`));
    assert.ok(!sells('', `<h1>Watches</h1>${offer('129.00')}${offer('99.00')}`));
  });

  it('does not read a page without a price', () => {
    assert.ok(!sells('<meta property="og:type" content="article">', '<h1>Field notes</h1><p>$129.00 raised</p>'));
  });
});
