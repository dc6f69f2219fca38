import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

/* A role="tablist" accordion whose sections are not <p> paragraphs (accordion-panels.ts). */

// The intro outweighs the accordion: a block holding half the page's text would be kept as a wrapper.
const INTRO =
  '<p>A smart thermostat learns when the house is empty and lowers the heating until you come home in the evening.</p>' +
  '<p>It shows how much energy the house used each day and warns you when the filter of the furnace needs a change.</p>' +
  '<p>Customers of the utility pay less for a thermostat bought from a listed store, and an installer can fit it for free.</p>';

function page(main: string): string {
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Thermostats</title></head><body>' +
    '<nav><a href="/">Home</a> <a href="/save">Save energy</a></nav>' +
    `<main><h1>Smart thermostats</h1>${INTRO}${main}</main>` +
    '<footer><a href="/terms">Terms</a></footer></body></html>'
  );
}

const ANSWERS = [
  'Buy a qualifying thermostat from a listed store, then send the receipt within ninety days of the purchase.',
  'Most thermostats pay for themselves within two winters in a house heated by gas or by a heat pump.',
];

describe('extractArticle on role=tablist accordions', () => {
  it('keeps the sections of a tablist whose panels sit inside it (role=tabpanel or text beside the tabs)', () => {
    const withPanels = `<div class="accordion" role="tablist">${ANSWERS.map(
      (a, i) => `<div role="tab"><h2>Question ${i + 1}</h2><div class="collapse" role="tabpanel">${a}</div></div>`,
    ).join('')}</div>`;
    const beside = `<div class="panel-group" role="tablist">${ANSWERS.map(
      (a, i) => `<div class="panel"><div role="tab"><a href="#c${i}">Question ${i + 1}</a></div><div class="collapse">${a}</div></div>`,
    ).join('')}</div>`;
    for (const list of [withPanels, beside]) {
      const body = extractArticle(page(list)).body;
      for (const a of ANSWERS) assert.ok(body.includes(a), body);
    }
  });

  it("leaves out a tab bar: the tabs' labels only, its panels outside it", () => {
    const bar =
      '<div role="tablist"><button role="tab">Heating and cooling rebates for every household</button>' +
      '<button role="tab">Appliance rebates</button><button role="tab">Lawn and garden</button></div>';
    const body = extractArticle(page(bar)).body;
    assert.ok(!body.includes('Appliance rebates'), body);
    assert.ok(body.includes('learns when the house is empty'), body);
  });
});
