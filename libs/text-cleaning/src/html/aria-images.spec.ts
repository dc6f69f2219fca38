import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Which espresso grinder</title></head><body>${body}</body></html>`;
}

const POSTS = [
  [
    'felixen',
    'I have been using a flat burr grinder for two years and the consistency is far better than any conical one I tried before it.',
  ],
  [
    'spikeymike',
    'Conical burrs are quieter and retain less coffee, which matters more to me than a little extra clarity in the cup every morning.',
  ],
  ['aikman', 'Whatever you choose, buy the grinder first and the machine second: a great machine cannot save a poor grind at all.'],
];

describe('an element drawn as an image by its ARIA role', () => {
  it('leaves out a default avatar printing the poster’s initial', () => {
    const posts = POSTS.map(
      ([user, text]) =>
        `<article class="message"><div class="user"><a class="avatar"><span class="avatar-u1" role="img" aria-label="${user}">${user!
          .charAt(0)
          .toUpperCase()}</span></a></div><div class="body"><p>${text}</p></div></article>`,
    ).join('');
    const r = extractArticle(page(`<main><h1>Which espresso grinder</h1>${posts}</main>`));
    for (const [, text] of POSTS) assert.ok(r.body.includes(text!), r.body);
    for (const p of r.paragraphs) assert.ok(!/^[A-Z]$/.test(p), r.body);
  });

  it('keeps a span without that role', () => {
    const text = POSTS.map(([, t]) => `<p>${t}</p>`).join('');
    const r = extractArticle(page(`<main><h1>Which espresso grinder</h1>${text}<div><span class="badge">Solved</span></div></main>`));
    assert.ok(r.body.includes('Solved'), r.body);
  });
});
