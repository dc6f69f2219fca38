import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

const STORY = [
  'The river rose by two metres overnight and the town council opened the school gym to families from the lower streets.[1]',
  'Volunteers carried sandbags until dawn, and the regional authority said the water should fall again by Thursday afternoon.',
  'Farmers upstream reported flooded fields and lost feed, and asked for an early payment of the seasonal support scheme.[2]',
].map((p) => `<p>${p}</p>`);
const NOTES = '<li>Regional gauge readings, published hourly by the water agency.</li><li>Farmers union statement of 3 May.</li>';

function page(notes: string): string {
  return `<!DOCTYPE html><html><head><title>Flood</title></head><body><main><article><h1>The river rose</h1><div class="entry-content">${STORY.join('')}${notes}</div></article></main></body></html>`;
}

describe("an article's notes", () => {
  it('go when named as the footnotes', () => {
    const r = extractArticle(page(`<ol class="wp-block-footnotes">${NOTES}</ol>`));
    assert.ok(r.body.includes('town council'), r.body);
    assert.ok(!r.body.includes('gauge readings'), r.body);
  });

  it('go when DPUB-ARIA marks them as endnotes', () => {
    const r = extractArticle(page(`<section role="doc-endnotes"><ol>${NOTES}</ol></section>`));
    assert.ok(!r.body.includes('gauge readings'), r.body);
  });

  it('stay when one note is printed inline (a block named "footnote")', () => {
    const r = extractArticle(page(`<p class="footnote">Regional gauge readings, published hourly by the water agency.</p>`));
    assert.ok(r.body.includes('gauge readings'), r.body);
  });
});
