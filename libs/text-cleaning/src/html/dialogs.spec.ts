import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

/* A block with role="dialog" goes like a consent banner, whatever its share of the page's prose. */

const CONSENT =
  '<p>We use cookies and similar tools that are necessary to enable you to make purchases, to enhance your shopping experience and to provide our services, as detailed in our cookie notice.</p>' +
  '<p>We also use these cookies to understand how customers use our services so that we can make improvements, and to show you ads that we think you may like, if you agree.</p>';
const PRODUCT = '<p>Wireless earbuds with noise cancelling, six hours of listening on one charge and a charging case.</p>';

function page(dialogAttrs: string): string {
  return `<!DOCTYPE html><html><head><title>Earbuds</title></head><body><form ${dialogAttrs}>${CONSENT}</form><main><h1>Earbuds</h1>${PRODUCT}</main></body></html>`;
}

describe('extractArticle on dialogs', () => {
  it('drops a <form role="dialog"> that holds most of the prose, keeps a plain form around it', () => {
    assert.ok(!extractArticle(page('id="banner" role="dialog"')).body.includes('We use cookies'));
    assert.ok(extractArticle(page('id="banner"')).body.includes('Wireless earbuds'));
  });
});
