import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

const QUESTION =
  'I went from banking to a strategy consulting firm last year and I keep wondering whether the hours are worth it in the long run. ' +
  'The projects are interesting and the people are sharp, but the travel takes its toll on my weekends and my friends. ' +
  'For those of you who stayed for more than three years: did it get better, and what made you stay or leave in the end?';
const ANSWERS = [
  'As a consultant in a large office, I can say that it is worth it if you are fine with working long weeks for a few years.',
  'Personally I never had to cancel plans, though I was late to dinner a few times when a deadline moved in the afternoon.',
];

function page(jsonLd: string): string {
  const replies = ANSWERS.map((t) => `<div class="reply"><p>${t}</p></div>`).join('');
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Is consulting worth it?</title>${jsonLd}</head><body>` +
    `<main><article class="post"><h1>Is consulting worth it?</h1><p>${QUESTION}</p></article>` +
    `<div id="comments" class="comment-wrapper">${replies}</div></main></body></html>`
  );
}

function qaPage(answers: readonly string[]): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'QAPage',
    mainEntity: {
      '@type': 'Question',
      name: 'Is consulting worth it?',
      suggestedAnswer: answers.map((text) => ({ '@type': 'Answer', text })),
    },
  };
  return `<script type="application/ld+json">${JSON.stringify(ld)}</script>`;
}

describe("a Q&A page's declared answers", () => {
  it('keeps a block named as comments that prints the answers the page declares', () => {
    const r = extractArticle(page(qaPage(ANSWERS)));
    assert.ok(r.body.includes(QUESTION), r.body);
    for (const t of ANSWERS) assert.ok(r.body.includes(t), r.body);
  });

  it('drops the comments when they print no declared answer', () => {
    const r = extractArticle(page(qaPage(['An answer printed elsewhere on the page, under the question itself, not in the comments.'])));
    assert.ok(r.body.includes(QUESTION), r.body);
    for (const t of ANSWERS) assert.ok(!r.body.includes(t), r.body);
  });
});
