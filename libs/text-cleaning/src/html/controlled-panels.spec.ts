import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

/* Collapsed panels named by their trigger's aria-controls (controlled-panels.ts). */

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Tents</title></head><body>${body}</body></html>`;
}

// The intro outweighs the panel: a hidden block holding half the page's text would be kept as a wrapper.
const INTRO =
  '<p>Our tents sleep one to eight people, from ultralight shelters for long trails to roomy cabins for a week by the lake.</p>' +
  '<p>Every tent is pitched and tested by our staff before it goes on sale, and comes with a footprint, stakes and guy lines.</p>' +
  '<p>Members return a used tent within a year for any reason, and we repair poles and zips for the life of the tent.</p>';
const ANSWER =
  '<p>Pick a tent one size larger than the number of sleepers when you carry a dog or a lot of gear, and check its peak height.</p>';

function accordion(panelAttrs: string, triggerAttrs: string, panel = ANSWER): string {
  return (
    `<main><h1>Camping tents</h1>${INTRO}<div class="accordion"><h3><button ${triggerAttrs}>What size of tent?</button></h3>` +
    `<div ${panelAttrs}>${panel}</div></div></main>`
  );
}

describe('extractArticle on panels controlled by a disclosure trigger', () => {
  it('keeps a hidden panel that a button with aria-expanded controls', () => {
    const html = page(accordion('id="faq-1" aria-hidden="true"', 'aria-expanded="false" aria-controls="faq-1"'));
    assert.ok(extractArticle(html).body.includes('one size larger'), extractArticle(html).body);
  });

  it('leaves hidden a panel no trigger controls, or one controlled without aria-expanded', () => {
    assert.ok(
      !extractArticle(page(accordion('id="faq-1" aria-hidden="true"', 'aria-controls="faq-2" aria-expanded="false"'))).body.includes(
        'one size larger',
      ),
    );
    assert.ok(!extractArticle(page(accordion('id="faq-1" aria-hidden="true"', 'aria-controls="faq-1"'))).body.includes('one size larger'));
  });

  it('leaves hidden a menu of links that a toggle controls', () => {
    const menu = '<ul><li><a href="/a">Tents for two people</a></li><li><a href="/b">Tents for four people</a></li></ul>';
    const html = page(accordion('id="menu-1" hidden', 'aria-expanded="false" aria-controls="menu-1"', menu));
    assert.ok(!extractArticle(html).body.includes('Tents for four people'));
  });
});
