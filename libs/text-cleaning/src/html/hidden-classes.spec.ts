import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

/* Class names that hide a block (boilerplate.ts, HIDDEN_CLASSES). */

const STORY =
  '<p>The clinic opened its second ward in March, and the waiting list for a first visit fell from six weeks to ten days.</p>' +
  '<p>Nurses trained in the capital now run the night shifts, and a solar plant keeps the fridges of the vaccine store cold.</p>' +
  '<p>The district pays for the fuel of the ambulance, which now reaches the three villages across the river in an hour.</p>';

describe('extractArticle on hidden classes', () => {
  it('leaves out a Webflow block hidden by its CMS condition (w-condition-invisible), keeps the shown one', () => {
    const html =
      '<!DOCTYPE html><html lang="en"><head><title>Clinic</title></head><body><main><h1>A second ward</h1><div class="story">' +
      '<p class="summary w-condition-invisible">Members read the full story of the clinic and its new ward after signing in.</p>' +
      `<p class="summary">A clinic in the north doubles its beds.</p>${STORY}</div></main></body></html>`;
    const body = extractArticle(html).body;
    assert.ok(body.includes('solar plant'), body);
    assert.ok(!body.includes('after signing in'), body);
  });
});
