import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';
import { isMachineIdRun } from './machine-ids.js';

/* Paragraphs made of machine identifiers (machine-ids.ts): a scrambled label is not text. */

const IDS = [
  'A6b4f817e-1bc7-4f5f-a4f7-68184bc11dc0',
  'S42bf1e13-8a44-4c69-bf2b-71f76bb4cce8',
  'E2edeb801-98b5-4f37-a934-fbe69cb2abfe',
  '1bc538bd-aafd-465e-9c6d-c46f01457c76p',
];

describe('machine identifiers', () => {
  it('drops a run of UUIDs with letters between them, not a sentence quoting one or two', () => {
    assert.equal(isMachineIdRun(IDS.join(' ')), true);
    assert.equal(isMachineIdRun(`Your order ${IDS[0]!.slice(1)} ships on Monday from our warehouse.`), false);
    // Three identifiers inside a long paragraph of prose: mostly words, kept.
    const prose =
      `The dataset ${IDS[0]} joins ${IDS[1]} and ${IDS[2]}, each a survey of households in the districts the floods ` +
      'reached in the spring, with their water sources, their harvests and the help they received.';
    assert.equal(isMachineIdRun(prose), false);
  });

  it("leaves a product's scrambled sponsored label out of its text", () => {
    const desc =
      'A stainless steel kettle that boils a litre of water in three minutes, with a gauge on its side and a lid that opens with one hand. It switches itself off once the water boils.';
    const html = `<!DOCTYPE html><html><head><title>Kettle</title></head><body><main><h1>Kettle</h1><p>${desc}</p>
      <div class="label">${IDS.map((id) => `<span>${id}</span>`).join(' ')}</div><p>Ships in two days.</p></main></body></html>`;
    const r = extractArticle(html);
    assert.ok(r.body.includes(desc));
    assert.ok(r.body.includes('Ships in two days.'));
    assert.ok(!r.body.includes('1bc7-4f5f'), r.body);
  });
});

describe('the machine identifier pre-test', () => {
  it('finds identifiers in capitals, glued to letters or hyphens, and nothing in hyphenated prose', () => {
    const upper = IDS.map((id) => id.toUpperCase()).join(' ');
    assert.equal(isMachineIdRun(upper), true);
    assert.equal(isMachineIdRun(IDS.map((id) => `-${id}-`).join('')), true);
    // Hex words and codes between hyphens that do not make the 8-4-4-4-12 shape.
    const hyphens = 'deface-cafe-bead dead-beefcafe-babe-face-deadbeef-caf-e '.repeat(4);
    assert.equal(isMachineIdRun(hyphens), false);
  });
});
