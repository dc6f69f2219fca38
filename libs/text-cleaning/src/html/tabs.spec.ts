import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

/* Tab panels side by side (tabs.ts): the other panels of the chosen one are content too. */

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Heater</title></head><body>${body}</body></html>`;
}

const DESCRIPTION =
  '<p>This field heater warms a tent of twelve people within minutes and runs for a full night on one tank of kerosene.</p>' +
  '<p>It has a tip-over switch, a flame guard and a carry handle, and it ships with a spare wick and a funnel.</p>';
const SPECS = '<ul><li>Output: 2000 W</li><li>Tank: 5 litres</li><li>Weight: 7 kg</li><li>Three heat settings</li></ul>';

describe('extractArticle on tab panels', () => {
  it('renders the panels beside the chosen one when their class differs only by a state word', () => {
    const tabs = (other: string): string =>
      `<main><h1>Field heater</h1><section class="tabs"><div class="panel active" id="t1">${DESCRIPTION}</div>` +
      `<div class="${other}" id="t2">${SPECS}</div></section></main><footer><a href="/">Home</a></footer>`;
    assert.ok(extractArticle(page(tabs('panel'))).body.includes('Tank: 5 litres'));
    assert.ok(!extractArticle(page(tabs('gallery-strip'))).body.includes('Tank: 5 litres'));
  });
});
