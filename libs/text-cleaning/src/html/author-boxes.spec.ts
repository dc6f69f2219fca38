import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

const STORY = [
  'The river rose by two metres overnight and the town council opened the school gym to families from the lower streets.',
  'Volunteers carried sandbags until dawn, and the regional authority said the water should fall again by Thursday afternoon.',
  'Farmers upstream reported flooded fields and lost feed, and asked for an early payment of the seasonal support scheme.',
].map((p) => `<p>${p}</p>`);
// Longer than a byline (short blocks named "author" are furniture already).
const BIO =
  'Maria Lopez has reported on rivers, weather and rural life for twelve years, first for a weekly paper and then for the ' +
  'regional radio, and lives with her two dogs by the coast.';

function page(box: string, extra = ''): string {
  const article = `<article><h1>The river rose</h1><div class="entry-content">${STORY.join('')}${box}</div></article>`;
  return `<!DOCTYPE html><html><head><title>Flood</title>${extra}</head><body><main>${article}</main></body></html>`;
}

describe('an author box under an article', () => {
  it('goes when its name says author and what kind of block it is', () => {
    const r = extractArticle(page(`<div class="author-bio"><h4>About the author</h4><p>${BIO}</p></div>`));
    assert.ok(r.body.includes('town council'), r.body);
    assert.ok(!r.body.includes('two dogs'), r.body);
  });

  it('goes when microdata marks it as the author', () => {
    const r = extractArticle(page(`<div itemprop="author" itemscope itemtype="https://schema.org/Person"><p>${BIO}</p></div>`));
    assert.ok(r.body.includes('town council'), r.body);
    assert.ok(!r.body.includes('two dogs'), r.body);
  });

  it('stays when only named "author" (a wrapper, not a kind of block)', () => {
    const r = extractArticle(page(`<div class="author"><p>${BIO}</p></div>`));
    assert.ok(r.body.includes('two dogs'), r.body);
  });

  it("stays on a discussion page, where each post's author is part of the thread", () => {
    const declared = '<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Flood"}</script>';
    const r = extractArticle(page(`<div class="author-info"><p>${BIO}</p></div>`, declared));
    assert.ok(r.body.includes('two dogs'), r.body);
  });

  it('stays when it is most of the page (a page about the writer)', () => {
    const r = extractArticle(
      `<!DOCTYPE html><html><head><title>Maria</title></head><body><main><h1>Maria</h1><div class="author-bio"><p>${BIO}</p><p>${BIO}</p></div></main></body></html>`,
    );
    assert.ok(r.body.includes('two dogs'), r.body);
  });
});
