import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Is RAID a backup</title></head><body>${body}</body></html>`;
}

const ANSWERS = [
  'RAID guards against one kind of hardware failure. There are many failure modes that it does not guard against, such as file corruption and human error.',
  'No. A backup is a copy you can restore from after a mistake; a mirror copies the mistake to both disks within milliseconds of it happening.',
];

function answer(text: string, votes: number, prop = 'upvoteCount'): string {
  const votecell = `<div class="votecell"><div class="vote-count" itemprop="${prop}">${votes}</div></div>`;
  return `<div class="answer" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">${votecell}<div class="post-text" itemprop="text"><p>${text}</p></div></div>`;
}

describe('a count marked in microdata', () => {
  it('leaves out the vote scores printed beside the answers', () => {
    const r = extractArticle(
      page(`<main><h1>Is RAID a backup</h1><div id="answers">${answer(ANSWERS[0]!, 154)}${answer(ANSWERS[1]!, 37)}</div></main>`),
    );
    for (const a of ANSWERS) assert.ok(r.body.includes(a), r.body);
    assert.ok(!r.paragraphs.includes('154') && !r.paragraphs.includes('37'), r.body);
  });

  it('keeps a number whose property is not a count', () => {
    const r = extractArticle(
      page(
        `<main><h1>Is RAID a backup</h1><div id="answers">${answer(ANSWERS[0]!, 2024, 'dateCreated')}${answer(ANSWERS[1]!, 2025, 'dateCreated')}</div></main>`,
      ),
    );
    assert.ok(r.paragraphs.includes('2024'), r.body);
  });

  it('leaves out a post’s interaction counter ("1 Like")', () => {
    const counter = (n: number): string =>
      `<div itemprop="interactionStatistic" itemscope itemtype="https://schema.org/InteractionCounter">` +
      `<meta itemprop="userInteractionCount" content="${n}"><span class="post-likes">${n} Likes</span></div>`;
    const posts = ANSWERS.map((a, i) => `<div class="post"><p>${a}</p>${counter(i + 3)}</div>`).join('');
    const r = extractArticle(page(`<main><h1>Is RAID a backup</h1><div class="posts">${posts}</div></main>`));
    for (const a of ANSWERS) assert.ok(r.body.includes(a), r.body);
    assert.ok(!r.body.includes('Likes'), r.body);
  });
});
