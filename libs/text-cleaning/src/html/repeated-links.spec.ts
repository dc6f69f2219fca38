import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

const STORIES = [
  ['Flooding displaces thousands in the river delta', 'Families left their villages as the water rose for a third week in a row.'],
  ['Clinics reopen after the storm season ends', 'Health workers returned to the coastal districts with vaccines and supplies.'],
  ['A new road links the valley to the market town', 'Farmers can now sell their harvest the same day instead of waiting a week.'],
  ['Schools welcome children back after repairs', 'Classrooms damaged last year have new roofs, desks and clean water points.'],
];

function listing(card: (i: number) => string): string {
  const cards = STORIES.map(
    ([title, blurb], i) => `<div class="card"><h2><a href="/news/${i}">${title}</a></h2><p>${blurb}</p>${card(i)}</div>`,
  ).join('');
  return `<!DOCTYPE html><html lang="en"><head><title>Latest news</title></head><body><main><h1>Latest news</h1>${cards}</main></body></html>`;
}

describe('a call to action printed on every card', () => {
  it("drops the same link text leading to each card's page, and keeps the cards", () => {
    const r = extractArticle(listing((i) => `<div class="more"><a href="/news/${i}">Read more</a></div>`));
    for (const [title, blurb] of STORIES) assert.ok(r.body.includes(title!) && r.body.includes(blurb!), r.body);
    assert.ok(!r.body.includes('Read more'), r.body);
  });

  it('keeps a repeated category leading to one place, a dated link and a link inside a sentence', () => {
    const r = extractArticle(
      listing(
        (i) =>
          `<div class="cat"><a href="/topics/floods">Emergencies</a></div><div class="when"><a href="/news/${i}#d">May ${i + 1}, 2025</a></div>` +
          `<div class="files">Situation report: <a href="/files/${i}.pdf">PDF</a></div>`,
      ),
    );
    assert.ok(r.body.includes('Emergencies'), r.body);
    assert.ok(r.body.includes('May 4, 2025'), r.body);
    assert.ok(r.body.includes('Situation report: PDF'), r.body);
  });
});
