import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Online certificates</title></head><body>${body}</body></html>`;
}

const INTRO =
  '<p>Our certificate courses are free to study, self-paced and written by experts in each subject, from accounting to web design and health care.</p>';
const FAQ: [string, string][] = [
  ['What is an online certificate?', 'An online certificate is postsecondary, non-degree training that focuses on one subject in depth.'],
  [
    'Why get an online certificate?',
    'People take one to reach a professional goal, to change careers or to learn something for its own sake.',
  ],
  ['How long does a course take?', 'Most certificate courses take two to three hours, and you can pause and come back whenever you like.'],
];

describe("an FAQ's folded answers", () => {
  it('keeps answers hidden under their questions (no ARIA) in a list of items of one template', () => {
    const items = FAQ.map(
      ([q, a]) =>
        `<div class="faq-item"><div class="faq-question">${q}</div><div class="faq-answer" style="display: none;"><div>${a}</div></div></div>`,
    ).join('');
    const r = extractArticle(
      page(`<main><h1>Online certificates</h1>${INTRO}<h2>Frequently asked questions</h2><div class="faqs">${items}</div></main>`),
    );
    for (const [, a] of FAQ) assert.ok(r.body.includes(a), r.body);
  });

  it('leaves a lone hidden block after a short line hidden (a download notice, a dropdown)', () => {
    const r = extractArticle(
      page(
        `<main><h1>Online certificates</h1>${INTRO}<div><h2>Access</h2><div hidden>View a PDF of the course outline, with every module and its reading list.</div></div></main>`,
      ),
    );
    assert.ok(!r.body.includes('View a PDF'), r.body);
  });
});
