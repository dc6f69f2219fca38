import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

const STORY = [
  'The river rose by two metres overnight and the town council opened the school gym to families from the lower streets.',
  'Volunteers carried sandbags until dawn, and the regional authority said the water should fall again by Thursday afternoon.',
  'Farmers upstream reported flooded fields and lost feed, and asked for an early payment of the seasonal support scheme.',
].map((p) => `<p>${p}</p>`);
const TEASERS = ['Bridge reopens after repairs', 'Council approves new flood barrier', 'Harvest festival moves indoors']
  .map(
    (t, i) =>
      `<li><a href="/news/${i}">${t}</a><p>What the town decided this week, and what it means for the families of the lower streets.</p></li>`,
  )
  .join('');

function page(after: string, inside = ''): string {
  return (
    '<!DOCTYPE html><html><head><title>Flood</title></head><body><main><article><h1>The river rose</h1>' +
    `<div class="entry-content">${STORY.join('')}${inside}</div>${after}</article></main></body></html>`
  );
}

describe("a story's teaser sections named by their heading", () => {
  const labels = ['Related articles', 'Related posts:', 'More videos', 'Read this next', 'You might like', 'Recent articles'];
  for (const label of [...labels, 'Explore related questions', 'Related discussions'])
    it(`go under "${label}"`, () => {
      const r = extractArticle(page(`<div class="x1"><h3>${label}</h3><ul>${TEASERS}</ul></div>`));
      assert.ok(r.body.includes('town council'), r.body);
      assert.ok(!r.body.includes('Bridge reopens'), r.body);
    });

  it('stay when the heading says more than the label: "More posts related to ..." opens the story\'s own section', () => {
    const own = '<p>The lower streets flooded twice last winter too, and the council then bought the pumps it uses now.</p>';
    const r = extractArticle(page(`<h2>More posts related to the flood</h2>${own}`));
    assert.ok(r.body.includes('bought the pumps'), r.body);
  });

  it('stay under "Related article" (one story named inline) and "Latest news"', () => {
    for (const label of ['Related article', 'Latest news']) {
      const r = extractArticle(page(`<div class="x1"><h3>${label}</h3><ul>${TEASERS}</ul></div>`));
      assert.ok(r.body.includes('Bridge reopens'), `${label}: ${r.body}`);
    }
  });

  it('go under a paragraph printing only the label in bold, with the links after it and not the prose', () => {
    const items = ['Bridge reopens after repairs on the north road', 'Council approves new flood barrier for the river'];
    const prose = '<p>The pumps bought last winter ran all night and kept the water out of the market square.</p>';
    const inOne = `<p>${items.map((t, i) => `<a href="/n/${i}">${t}</a>`).join('<br>')}</p>`;
    const apart = items.map((t, i) => `<p><a href="/n/${i}">${t}</a> (March)</p>`).join('');
    for (const links of [inOne, apart]) {
      const r = extractArticle(page('', `<p><strong>You might also like:</strong></p>${links}${prose}`));
      assert.ok(!r.body.includes('Bridge reopens'), r.body);
      assert.ok(!r.body.includes('You might also like'), r.body);
      assert.ok(r.body.includes('kept the water out'), r.body);
    }
  });

  it('stay when a paragraph only starts with a recommendation phrase', () => {
    const r = extractArticle(page('', '<p>You might also like the old photographs at the town hall.</p>'));
    assert.ok(r.body.includes('old photographs'), r.body);
  });
});
