import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classWords, furnitureKind } from './boilerplate.js';
import { parseHtml, type HtmlElement } from './dom.js';
import { computeStats } from './stats.js';

function firstElement(html: string): HtmlElement {
  const parsed = parseHtml(html);
  computeStats(parsed.root);
  const el = parsed.root.children.find((c) => typeof c !== 'string');
  assert.ok(el !== undefined && typeof el !== 'string');
  return el;
}

describe('a negating word in a class name', () => {
  it('negates every word after it in that class, not in the next one', () => {
    assert.deepEqual(classWords('hide-read-more-ad'), ['hide', '~read', '~more', '~ad']);
    assert.deepEqual(classWords('no-sidebar footer'), ['no', '~sidebar', 'footer']);
    assert.deepEqual(classWords('site-footer'), ['site', 'footer']);
  });

  it('keeps a grid named "hide-read-more-ad" (a state of the grid, not an advert)', () => {
    assert.equal(furnitureKind(firstElement('<div class="grid-items hide-read-more-ad"><a href="/a">A story</a></div>')), null);
    assert.equal(furnitureKind(firstElement('<div class="grid-items read-more-ad"><a href="/a">A story</a></div>')), 'name');
  });
});
