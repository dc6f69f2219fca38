import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

/* The hidden members of a carousel or tab set beside the one shown (hidden-sets.ts). */

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pest control</title></head><body>${body}</body></html>`;
}

const INTRO =
  '<p>We treat homes and offices for ants, termites and rodents, with a free inspection and a written plan before any work starts.</p>' +
  '<p>Our technicians are licensed, use low-toxicity products and come back for free if the pests return within ninety days.</p>';
const SHOWN = 'They cleared our basement of ants in one visit and explained every step to us.';
const OTHER = 'Friendly, on time and the termites have not come back after a whole year.';

function slides(hiddenClass: string, hiddenText: string, hiddenAttr = 'aria-hidden="true"'): string {
  return (
    `<main><h1>Pest control</h1>${INTRO}<div class="track">` +
    `<div class="slide slide-active"><p>${SHOWN}</p></div>` +
    `<div class="${hiddenClass}" ${hiddenAttr}><p>${hiddenText}</p></div></div></main>`
  );
}

describe('extractArticle on hidden members of a set', () => {
  it('keeps an inactive slide beside the shown one of its template', () => {
    const body = extractArticle(page(slides('slide', OTHER))).body;
    assert.ok(body.includes(SHOWN));
    assert.ok(body.includes(OTHER));
  });

  it('keeps a closed tab panel hidden by the hidden attribute', () => {
    assert.ok(extractArticle(page(slides('slide', OTHER, 'hidden'))).body.includes(OTHER));
  });

  it('leaves hidden a block of another template, a copy of the shown slide and a hidden menu', () => {
    assert.ok(!extractArticle(page(slides('slide-clone', OTHER))).body.includes(OTHER));
    const copy = extractArticle(page(slides('slide', SHOWN))).body;
    assert.equal(copy.split(SHOWN).length - 1, 1);
    const menu = `<a href="/a">Ants and termites</a> <a href="/b">Rodents and mice</a>`;
    const body = extractArticle(
      page(
        `<main><h1>Pest control</h1>${INTRO}<ul><li class="item open">${menu}</li><li class="item" aria-hidden="true">${menu} x</li></ul></main>`,
      ),
    ).body;
    assert.ok(!body.includes('Rodents and mice x'));
  });
});
