import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';
import { REPLIES, threadPage as page } from './thread-fixture.spec.js';

function post(author: string, joined: string, posts: string, text: string): string {
  const card = `<dl class="pairs"><dt>Joined</dt><dd>${joined}</dd></dl><dl class="pairs"><dt>Messages</dt><dd>${posts}</dd></dl>`;
  return `<article class="message"><div class="user"><h4>${author}</h4><div class="extras">${card}</div></div><div class="body"><p>${text}</p></div></article>`;
}

describe("a forum post's author card", () => {
  it('drops the short facts listed beside each post and keeps the posts', () => {
    const posts = REPLIES.map((t, i) => post(`member${i}`, `Mar ${i + 3}, 2019`, `${1234 + i}`, t)).join('');
    const r = extractArticle(page(`<main><h1>Which telescope first?</h1><div class="thread">${posts}</div></main>`));
    for (const t of REPLIES) assert.ok(r.body.includes(t), r.body);
    assert.ok(!r.body.includes('Joined'), r.body);
    assert.ok(!r.body.includes('1235'), r.body);
  });

  it("keeps a list of short pairs that is not repeated under posts (a product's specifications)", () => {
    const specs =
      '<dl class="specs"><dt>Aperture</dt><dd>70 mm</dd><dt>Focal length</dt><dd>700 mm</dd><dt>Weight</dt><dd>3.2 kg</dd></dl>';
    const r = extractArticle(page(`<main><h1>Which telescope first?</h1><p>${REPLIES[0]}</p>${specs}<p>${REPLIES[1]}</p></main>`));
    assert.ok(r.body.includes('Focal length'), r.body);
  });
});
