import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';
import { withoutVariantUtilities } from './utility-classes.js';

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>About this book</title></head><body>${body}</body></html>`;
}

const INTRO =
  'This is a book on the functional paradigm in general, written for readers who already write JavaScript every day and want to learn the ideas behind it without a new language.';

describe('variant utility classes', () => {
  it('drops `variant:utility` tokens but keeps `variant:hidden`', () => {
    assert.equal(withoutVariantUtilities('w-full print:break-inside-avoid [h2]:pt-0 md:flex').trim().split(/\s+/).join(' '), 'w-full');
    assert.equal(withoutVariantUtilities('flex print:hidden').trim().split(/\s+/).join(' '), 'flex print:hidden');
    assert.equal(withoutVariantUtilities('post-body'), 'post-body');
  });

  it('keeps short list items styled for print, and drops a short block hidden in print', () => {
    const items = ['You likely use it every day at work.', 'We do not have to learn everything up front.'];
    const list = items.map((t) => `<li><p class="w-full print:break-inside-avoid"><strong>${t}</strong></p></li>`).join('');
    const r = extractArticle(
      page(
        `<main><h1>About this book</h1><p>${INTRO}</p><ul>${list}</ul><div class="flex print:hidden">Advertisement</div><p>${INTRO}</p></main>`,
      ),
    );
    for (const t of items) assert.ok(r.body.includes(t), r.body);
    assert.ok(!r.body.includes('Advertisement'), r.body);
  });
});
