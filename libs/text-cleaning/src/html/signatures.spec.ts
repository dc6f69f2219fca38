import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';
import { REPLIES, threadPage as page } from './thread-fixture.spec.js';

function post(author: string, text: string): string {
  const signature = `<div class="signaturecontainer"><a href="https://example.com/${author}">Cheap hosting by ${author}: 20 years of uptime</a></div>`;
  const reactions = `<div class="reactionsBar"><a href="/reactions/${author}">stargazer and 2 others</a> liked this</div>`;
  return `<div class="post"><h4>${author}</h4><div class="body"><p>${text}</p></div>${reactions}${signature}</div>`;
}

describe("a poster's signature", () => {
  it('drops the signature and the reactions printed under each post and keeps the posts', () => {
    const posts = REPLIES.map((t, i) => post(`member${i}`, t)).join('');
    const r = extractArticle(page(`<main><h1>Which telescope first?</h1><div class="thread">${posts}</div></main>`));
    for (const t of REPLIES) assert.ok(r.body.includes(t), r.body);
    assert.ok(!r.body.includes('Cheap hosting'), r.body);
    assert.ok(!r.body.includes('liked this'), r.body);
  });

  it('keeps a lone block classed with the word (a feature row about digital signatures)', () => {
    const row =
      '<div class="digital-signature-row"><p>Every contract can be signed on the tablet itself, with a digital signature that holds in court.</p></div>';
    const r = extractArticle(page(`<main><h1>Which telescope first?</h1><p>${REPLIES[0]}</p>${row}<p>${REPLIES[1]}</p></main>`));
    assert.ok(r.body.includes('signed on the tablet'), r.body);
  });
});
