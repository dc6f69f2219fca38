import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

const THREAD_LD =
  '<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Most profitable skill"}</script>';

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Most profitable skill</title>${head}</head><body>${body}</body></html>`;
}

const POSTS = [
  ['jeff', 'Member', 'Service calls pay the best in my area, because customers value a fast response more than a low price for the work.'],
  [
    'bph',
    'Senior Member',
    'Fire alarm work has been the most profitable for us, with inspections every year that keep the crews busy in winter.',
  ],
  [
    'mds',
    'VIP Member',
    'Generator installs, without a doubt: the margins are good and one job leads to the maintenance contract that follows it.',
  ],
];

function thread(): string {
  return POSTS.map(
    ([user, rank, text]) =>
      `<div class="message"><div class="user" itemprop="author" itemscope itemtype="https://schema.org/Person">` +
      `<h4><span itemprop="name">${user}</span></h4><h5 class="userTitle" itemprop="jobTitle">${rank}</h5></div>` +
      `<div class="body"><p>${text}</p></div></div>`,
  ).join('');
}

describe('a poster’s rank marked as a job title', () => {
  it('is left out of a thread', () => {
    const r = extractArticle(page(`<main><h1>Most profitable skill</h1><div class="posts">${thread()}</div></main>`, THREAD_LD));
    for (const [, , text] of POSTS) assert.ok(r.body.includes(text!), r.body);
    for (const [, rank] of POSTS) assert.ok(!r.paragraphs.includes(rank!), r.body);
  });

  it('stays on a page that declares no thread (a team page’s job titles)', () => {
    const r = extractArticle(page(`<main><h1>Most profitable skill</h1><div class="posts">${thread()}</div></main>`));
    assert.ok(r.paragraphs.includes('Senior Member'), r.body);
  });
});
