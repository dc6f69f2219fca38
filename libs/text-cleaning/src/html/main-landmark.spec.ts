import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analysePage } from './extract-article.js';
import { keptText, parseHtml } from './dom.js';
import { holdsMainLandmark } from './main-landmark.js';

const STORIES = [
  'The river council opened a new flood shelter in the northern district on Monday morning.',
  'Volunteers distributed water filters to two hundred families along the eastern bank of the river.',
  'The regional clinic extended its opening hours for the vaccination campaign through the rainy season.',
  'A school rebuilt after the storm welcomed its first pupils back with a new library and garden.',
];
const INTRO =
  '<p>Our correspondents report each week from the districts along the river, where the floods of this spring left many homes empty.</p>';

function page(wrapperClass: string): string {
  const cards = STORIES.map((s, i) => `<div class="teaser"><a href="/s/${i}">${s}</a></div>`).join('');
  return (
    `<!DOCTYPE html><html><head><title>News</title></head><body><div class="intro">${INTRO.repeat(5)}</div>` +
    `<div class="${wrapperClass}"><main><h2>Latest news</h2>${cards}</main><div class="sidebar"><p>Sign up for our weekly letter.</p></div></div>` +
    '</body></html>'
  );
}

describe('a block named like furniture around <main>', () => {
  it('is a layout wrapper: the main column stays, the sidebar inside it still goes', () => {
    const kept = keptText(analysePage(page('content-sidebar-wrap')).body);
    for (const s of STORIES) assert.ok(kept.includes(s), kept);
    assert.ok(!kept.includes('weekly letter'), kept);
  });

  it('is furniture without a <main> inside', () => {
    const kept = keptText(analysePage(page('content-sidebar-wrap').replace(/main>/g, 'div>')).body);
    assert.ok(!kept.includes(STORIES[0]!), kept);
  });

  it('finds <main> and role="main" below a block, not elsewhere', () => {
    const parsed = parseHtml(
      '<div id="a"><div><main>x</main></div></div><div id="b"><div role="main">y</div></div><div id="c"><p>z</p></div>',
    );
    const [a, b, c] = parsed.root.children.filter((el) => typeof el !== 'string');
    assert.equal(holdsMainLandmark(a!), true);
    assert.equal(holdsMainLandmark(b!), true);
    assert.equal(holdsMainLandmark(c!), false);
  });
});
