import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

/* A block printed again apart for one device (device-twins.ts). */

const HERO = 'Send money to your family abroad in minutes, with the fee and the exchange rate shown before you pay.';
const PROMISE = 'If a transfer is late we refund the fee, and our call centre answers in six languages every day of the week.';
const BODY =
  '<p>Our agents in forty countries pay out in cash or to a mobile wallet, and the receiver gets a text message when it arrives.</p>' +
  '<p>Transfers above a thousand dollars need a photo of an identity card, which you upload once and we keep for later transfers.</p>';

function page(main: string): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Transfers</title></head><body><main><h1>Money transfers</h1>${main}</main></body></html>`;
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('extractArticle on device twins', () => {
  it('reads once a block printed for phones and again, apart, for desktops', () => {
    const html = page(
      `<section class="intro mobile-only"><div>${HERO}</div></section>${BODY}<section class="intro"><div class="lead">${HERO}</div></section>`,
    );
    const body = extractArticle(html).body;
    assert.equal(count(body, 'Send money to your family'), 1, body);
    assert.ok(body.includes('forty countries'), body);
  });

  it('keeps the desktop copy of two near copies (a responsive class shows it on large screens)', () => {
    const html = page(
      `<div class="d-none d-md-block"><h2>Why us</h2><p>${HERO}</p><p>${PROMISE}</p></div>${BODY}` +
        `<div class="accordion"><p>${HERO}</p><p>${PROMISE}</p><p>Read on</p></div>`,
    );
    const body = extractArticle(html).body;
    assert.equal(count(body, 'Send money to your family'), 1, body);
    assert.ok(body.includes('Why us'), body);
    assert.ok(!body.includes('Read on'), body);
  });

  it('keeps items of one template that repeat, whatever their names say', () => {
    const row = `<div class="row is-mobile">${HERO}</div>`;
    const body = extractArticle(page(`${row}${BODY}${row}`)).body;
    assert.equal(count(body, 'Send money to your family'), 2, body);
  });
});
