import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

const POSTS = [
  ['Crispy chickpea salad', 'A quick lunch of roasted chickpeas, cucumber and lemon dressing, ready in twenty minutes.'],
  ['Lentil soup for cold days', 'Red lentils, carrots and cumin simmered into a warming soup that keeps well for a week.'],
  ['Oat pancakes', 'Blended oats, banana and eggs make soft pancakes without any flour or added sugar at all.'],
  ['Baked sweet potato fries', 'Sweet potatoes cut thin and baked hot until crisp, with smoked paprika and sea salt.'],
] as const;

function feed(header: (title: string) => string): string {
  const posts = POSTS.map(
    ([t, blurb]) => `<article class="post entry">${header(t)}<div class="entry-content"><p>${blurb}</p></div></article>`,
  );
  return `<!DOCTYPE html><html><head><title>Recipes</title></head><body><header class="site-header"><a href="/">Home</a></header><main>${posts.join('')}</main></body></html>`;
}

describe("an <article>'s <header> named as a header", () => {
  it("is the article's header when it holds a heading (a teaser's title in a feed)", () => {
    const r = extractArticle(feed((t) => `<header class="entry-header"><h2 class="entry-title"><a href="/r">${t}</a></h2></header>`));
    for (const [t, blurb] of POSTS) {
      assert.ok(r.body.includes(t), r.body);
      assert.ok(r.body.includes(blurb), r.body);
    }
  });

  it('still goes without a heading (a post header of author and date), as a <div> named so does', () => {
    const r = extractArticle(feed((t) => `<header class="entry-header"><span>${t} by Ana, 3 May</span></header>`));
    assert.ok(!r.body.includes('by Ana'), r.body);
    const d = extractArticle(feed((t) => `<div class="entry-header"><h2>${t}</h2></div>`));
    assert.ok(!d.body.includes(POSTS[0][0]), d.body);
  });
});
