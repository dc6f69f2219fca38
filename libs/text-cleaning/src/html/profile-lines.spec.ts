import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from './dom.js';
import { computeStats } from './stats.js';
import { extractArticle } from './extract-article.js';
import { REPLIES, threadPage as page } from './thread-fixture.spec.js';
import { isProfileLines } from './profile-lines.js';

function postbit(author: string, joined: string, text: string): string {
  const facts = `<div class="smallfont">&nbsp;<br><div>Join Date: ${joined}</div><div>Location: <b>Leeds</b></div><div> Posts: 1,077 </div><div> </div></div>`;
  return `<table><tr><td class="alt2"><a class="bigusername">${author}</a>${facts}</td><td class="alt1"><div>${text}</div></td></tr></table>`;
}

function first(html: string, tag: string) {
  const root = parseHtml(html).root;
  computeStats(root);
  const stack = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el.tag === tag && el.attr('class') === 'facts') return el;
    for (const c of el.children) if (typeof c !== 'string') stack.push(c);
  }
  throw new Error('no such element');
}

describe("a poster's facts printed as lines", () => {
  it('drops the "Join Date: ..." lines beside each post and keeps the posts and their authors', () => {
    // Two posts: fewer than the <dl> cards need (post-profiles.ts), as a join date is enough.
    const replies = REPLIES.slice(0, 2);
    const posts = replies.map((t, i) => postbit(`member${i}`, `Mar 201${i}`, t)).join('');
    const r = extractArticle(page(`<main><h1>Which telescope first?</h1>${posts}</main>`));
    for (const t of replies) assert.ok(r.body.includes(t), r.body);
    assert.ok(r.body.includes('member1'), r.body);
    assert.ok(!r.body.includes('Join Date'), r.body);
    assert.ok(!r.body.includes('1,077'), r.body);
  });

  it("reads label lines without a join date as content (a product card's facts)", () => {
    const card = '<div class="facts"><div>Color: Red</div><div>Size: Large</div><div>Weight: 3.2 kg</div></div>';
    assert.equal(isProfileLines(first(page(card), 'div')), false);
  });

  it('reads a block with a line of prose as content', () => {
    const block = '<div class="facts"><div>Joined: May 2019</div><div>I bought my first telescope last year.</div></div>';
    assert.equal(isProfileLines(first(page(block), 'div')), false);
  });

  it('reads join date and post count lines as a poster card', () => {
    const block = '<div class="facts"><div>Joined: May 2019</div><br><div>Posts: 12</div></div>';
    assert.equal(isProfileLines(first(page(block), 'div')), true);
  });
});
