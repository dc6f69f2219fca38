import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Zero waste for beginners</title></head><body>${body}</body></html>`;
}

const INTRO =
  '<div class="category-description"><p>Welcome to the zero waste community! Here you will find a supportive place to start, with small changes that add up to a large impact over the years.</p>' +
  '<p>This is a list of all the posts for beginners. If you are looking for something more specific, use the search bar ' +
  'or head over to the archives, where more than three hundred posts wait.</p></div>';

const TITLES = [
  'What is planned obsolescence',
  'A guide to sustainable certifications',
  'Ten plastic free swaps',
  'Going green for beginners',
  'The sustainable living guide',
  'Four things you should know how to fix',
  'The best water bottles',
  'Easy swaps for plastic free July',
  'Things I wish I knew before',
  'Books on eco friendly living',
];

function feed(n: number): string {
  return TITLES.slice(0, n)
    .map(
      (t, i) =>
        `<article class="excerpt post-${100 + i}"><div class="thumb"><a href="/p/${i}"><img alt=""></a></div><header><h2><a href="/p/${i}">${t}</a></h2></header></article>`,
    )
    .join('');
}

describe('a feed of posts beside the chosen text', () => {
  it('renders an archive page’s feed of post teasers with its intro', () => {
    const r = extractArticle(page(`<div class="posts">${INTRO}<div class="feed">${feed(10)}</div></div>`));
    assert.ok(r.body.includes('Welcome to the zero waste community'), r.body);
    for (const t of TITLES) assert.ok(r.body.includes(t), r.body);
    assert.ok(r.body.indexOf('Welcome') < r.body.indexOf(TITLES[0]!), r.body);
  });

  it('leaves out a short run of related posts', () => {
    const r = extractArticle(page(`<div class="posts">${INTRO}<div class="feed">${feed(5)}</div></div>`));
    assert.ok(r.body.includes('Welcome to the zero waste community'), r.body);
    assert.ok(!r.body.includes(TITLES[0]!), r.body);
  });

  it('leaves out other stories beside a story that is itself an <article>', () => {
    const r = extractArticle(page(`<article class="story">${INTRO}</article><section class="more">${feed(10)}</section>`));
    assert.ok(r.body.includes('Welcome to the zero waste community'), r.body);
    for (const t of TITLES) assert.ok(!r.body.includes(t), r.body);
  });
});
