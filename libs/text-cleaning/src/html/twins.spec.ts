import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

/* Responsive twins (twins.ts): one item rendered twice for two screen sizes is read once. */

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Events</title></head><body>${body}</body></html>`;
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

const EVENTS = [
  ['Water and sanitation workshop for field teams', 'Tuesday, 10:00 AM', 'Hosted by the regional relief network'],
  ['Logistics planning for winter convoys', 'Wednesday, 2:00 PM', 'Hosted by the transport cluster'],
  ['First aid refresher for volunteers', 'Thursday, 9:30 AM', 'Hosted by the health desk'],
  ['Cash assistance programmes explained', 'Friday, 11:00 AM', 'Hosted by the finance team'],
];

describe('responsive twins', () => {
  it("reads once an event card printed in a mobile and a desktop layout, keeping the fuller one's words", () => {
    const cards = EVENTS.map(
      ([name, date, host]) =>
        `<li><div class="card"><div class="card-mobile"><h3>${name}</h3><p>${date}</p><p>${host}</p></div>` +
        `<div class="card-desktop"><h3>${name}</h3><p>${date}</p></div></div></li>`,
    ).join('');
    const r = extractArticle(page(`<main><h1>Online events this week</h1><ul class="results">${cards}</ul></main>`));
    for (const [name, , host] of EVENTS) {
      assert.equal(count(r.body, name!), 1, r.body);
      assert.equal(count(r.body, host!), 1, r.body);
    }
  });

  it('keeps an item listed twice in one template, list items that differ by a word, and code shown per version', () => {
    const job = '<li class="job"><a href="/j/1">Warehouse coordinator, northern hub</a><span>Posted today</span></li>';
    const code = (v: string, t: string): string => `<div class="tab-${v}"><p>Example for ${v}:</p><pre>${t}</pre></div>`;
    const r = extractArticle(
      page(
        `<main><h1>Jobs and notes</h1><p>Open positions at the relief network, updated every morning by the human resources desk of the network.</p>` +
          `<ul class="jobs">${job}${job}</ul><ol><li>Accepted by the customs office at the border.</li><li>Not accepted by the customs office at the border.</li></ol>` +
          `<div class="tabs">${code('python39', 'x: Union[int, str] = load_value(source)')}${code('python310', 'x: int | str = load_value(source)')}</div></main>`,
      ),
    );
    assert.equal(count(r.body, 'Warehouse coordinator'), 2, r.body);
    assert.ok(r.body.includes('Not accepted by the customs'), r.body);
    assert.ok(r.body.includes('Union[int, str]') && r.body.includes('int | str'), r.body);
  });
});
