import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hosting advice</title></head><body>${body}</body></html>`;
}

const POSTS = [
  'What do you pay attention to when you buy a web hosting service? Is the location of the servers important to you?',
  'Phone support that answers at night, and a company that has been around long enough to have a reputation to lose.',
  'Confidence that the provider will give good service, with as little downtime as possible, at a fair monthly price.',
];

describe('a menu printed under every post', () => {
  it("drops the author's menu repeated in each post and keeps the posts and their different link lists", () => {
    const menu = '<ul class="popupbody"><li><a href="/u">View Profile</a></li><li><a href="/p">View Forum Posts</a></li></ul>';
    const posts = POSTS.map(
      (t, i) =>
        `<li class="post"><div class="user">member${i}${menu}</div><div class="text">${t}</div>` +
        `<ul class="parts"><li><a href="/t/${i}">hosting-${i}</a></li><li><a href="/t/x${i}">servers-${i}</a></li></ul></li>`,
    ).join('');
    const r = extractArticle(page(`<main><h1>Hosting advice</h1><ol class="posts">${posts}</ol></main>`));
    for (const t of POSTS) assert.ok(r.body.includes(t), r.body);
    assert.ok(!r.body.includes('View Forum Posts'), r.body);
    assert.ok(r.body.includes('servers-2'), r.body);
  });
});
