import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

/* An FAQ's hidden answers that the page declares in its JSON-LD (answers.ts, foldsDeclaredAnswer). */

const INTRO =
  '<p>We build progressive web apps that load fast on weak networks and keep working offline in the field, for agencies and firms.</p>' +
  '<p>Our team has shipped apps for clinics, schools and food banks, with forms that sync once the phone finds a signal again.</p>' +
  '<p>Each project starts with a two-week discovery, then a prototype that the people who will use it try in their own work.</p>';
const ANSWER = 'Most apps take three to five months from the first workshop to the release, depending on the number of screens.';

function page(declared: string): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: [{ '@type': 'Question', name: 'How long does it take?', acceptedAnswer: { '@type': 'Answer', text: declared } }],
  };
  return (
    `<!DOCTYPE html><html lang="en"><head><title>PWA development</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head>` +
    `<body><main><h1>PWA development</h1>${INTRO}<div class="faq"><h3>How long does it take?</h3>` +
    `<div class="answer hidden"><p>${ANSWER}</p></div></div></main></body></html>`
  );
}

describe("extractArticle on an FAQ's declared answers", () => {
  it('keeps a hidden answer that the JSON-LD declares', () => {
    const body = extractArticle(page(ANSWER)).body;
    assert.ok(body.includes(ANSWER), body);
  });

  it('leaves hidden a block the JSON-LD does not declare', () => {
    const body = extractArticle(page('An answer the page prints somewhere else, in words of its own and not in the hidden block.')).body;
    assert.ok(!body.includes(ANSWER), body);
    assert.ok(body.includes('two-week discovery'), body);
  });
});
