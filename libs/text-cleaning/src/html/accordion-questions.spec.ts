import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';
import { isHeadingButton } from './accordion-questions.js';
import { parseHtml } from './dom.js';

/* An accordion's question printed in its disclosure button is the page's text (accordion-questions.ts). */

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Water filters</title></head><body><main><h1>Water filters</h1>${body}</main></body></html>`;
}

const INTRO = '<p>Our ceramic filters serve households in twelve districts, and each one is checked by a technician every season.</p>';
const ANSWER = 'A filter lasts about two years when its candle is cleaned every month with a soft brush and clean water.';

describe('extractArticle on accordion questions', () => {
  it('keeps a question printed in a heading inside the button that opens its answer', () => {
    const r = extractArticle(
      page(
        `${INTRO}<h2>Questions</h2><button aria-expanded="true" aria-controls="a1"><h3>How long does a filter last?</h3></button><div id="a1"><p>${ANSWER}</p></div>`,
      ),
    );
    assert.ok(r.body.includes('How long does a filter last?'), r.body);
    assert.ok(r.body.includes('soft brush'), r.body);
  });

  it('keeps a question printed in a button inside a heading', () => {
    const r = extractArticle(
      page(`${INTRO}<h3><button aria-expanded="false">How long does a filter last?</button></h3><div><p>${ANSWER}</p></div>`),
    );
    assert.ok(r.body.includes('How long does a filter last?'), r.body);
  });

  it("reads ARIA's heading role as a heading", () => {
    const r = extractArticle(
      page(`${INTRO}<div role="heading" aria-level="3"><button>How long does a filter last?</button></div><div><p>${ANSWER}</p></div>`),
    );
    assert.ok(r.body.includes('How long does a filter last?'), r.body);
  });

  it('leaves out buttons tied to no heading', () => {
    const r = extractArticle(
      page(`<button aria-expanded="false">Open the menu</button>${INTRO}<p>${ANSWER}</p><button>Subscribe now</button>`),
    );
    assert.ok(!r.body.includes('Open the menu'), r.body);
    assert.ok(!r.body.includes('Subscribe now'), r.body);
    assert.ok(r.body.includes('soft brush'), r.body);
  });
});

describe('isHeadingButton', () => {
  it("tells an accordion's question from a navigation folder and a call to action", () => {
    const parsed = parseHtml(
      '<body><h3><button aria-expanded="false">Q</button></h3><ul><li><button aria-controls="n1">Guides</button></li></ul><button>Buy</button></body>',
    );
    assert.deepEqual(
      parsed.buttons.map((b) => isHeadingButton(b)),
      [true, false, false],
    );
  });
});
