import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

/* A form control's caption is the interface's text (labels.ts). */

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Stoves</title></head><body><main><h1>Stoves</h1>${body}</main></body></html>`;
}

const CARDS = ['Clay stove', 'Rocket stove', 'Ethanol stove', 'Solar cooker', 'Biogas burner']
  .map(
    (n, i) =>
      `<li class="card"><a href="/p/${i}">${n}</a><span>Burns a third less fuel than an open fire</span><label>Compare</label></li>`,
  )
  .join('');

describe('extractArticle on form control captions', () => {
  it("leaves out a card's control captions and keeps the cards", () => {
    const r = extractArticle(page(`<ul class="cards">${CARDS}</ul>`));
    assert.ok(r.body.includes('Rocket stove'), r.body);
    assert.ok(r.body.includes('Burns a third less fuel'), r.body);
    assert.ok(!r.body.includes('Compare'), r.body);
  });

  it('keeps text that a page wraps whole in a long <label>', () => {
    const long = 'Each stove is tested in the field for a month before it is listed. '.repeat(4);
    const r = extractArticle(page(`<ul class="cards">${CARDS}</ul><label>${long}</label>`));
    assert.ok(r.body.includes('tested in the field'), r.body);
  });
});
