import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Case ports</title></head><body>${body}</body></html>`;
}

const POSTS = [
  'Does anyone know what these two ports on the back of the case are for? The manual says nothing about them at all.',
  'I have heard the rear one is for an external connection of the lighting hub, but nobody confirmed it so far here.',
  'The one on the bottom is for the fans, as far as I can tell from the pictures of the board that came with it.',
];

function thread(extra: (i: number) => string): string {
  const posts = POSTS.map((t, i) => `<article class="post"><div class="text"><p>${t}</p></div>${extra(i)}</article>`).join('');
  return page(`<main><h1>Case ports</h1>${posts}</main>`);
}

describe('interface controls', () => {
  it("drops a quote's expander, a vote link and a rating's stars, and keeps the posts", () => {
    const r = extractArticle(
      thread(
        (i) =>
          `<div class="expand"><a role="button" tabindex="0">Click to expand...</a></div>` +
          `<a href="javascript:" class="vote">Upvote</a><span>${i}</span><a href="#" class="star">2 of 5 stars</a>` +
          `<a href="/threads/ports.1/post-${i}">#${i + 1}</a>`,
      ),
    );
    for (const t of POSTS) assert.ok(r.body.includes(t), r.body);
    for (const label of ['Click to expand', 'Upvote', '5 stars', '#2']) assert.ok(!r.body.includes(label), r.body);
  });

  it("keeps a disclosure trigger (an FAQ's question) and a long clickable block", () => {
    const r = extractArticle(
      thread(
        (i) =>
          `<div role="button" aria-expanded="false">Is it safe?</div>` +
          `<div role="button">Read the full answer of member ${i} on the next page</div>`,
      ),
    );
    assert.ok(r.body.includes('Is it safe?'), r.body);
    assert.ok(r.body.includes('Read the full answer of member 2'), r.body);
  });
});

describe('a form around the posts', () => {
  it('keeps a thread wrapped in a moderation form, and drops a search form', () => {
    const posts = POSTS.map((t) => `<article class="post"><p>${t}</p></article>`).join('');
    const html = page(
      `<header><form action="/search"><input name="q"><span>Search the forum</span></form></header>` +
        `<main><h1>Case ports</h1><form action="/moderate" method="post"><section><h2>Replies</h2>${posts}</section></form></main>` +
        `<aside><p>${POSTS.map((t) => t.toUpperCase()).join(' ')}</p></aside>`,
    );
    const r = extractArticle(html);
    for (const t of POSTS) assert.ok(r.body.includes(t), r.body);
    assert.ok(!r.body.includes('Search the forum'), r.body);
  });
});
