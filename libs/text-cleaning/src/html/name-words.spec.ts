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

describe('an id written from the section heading', () => {
  it('is not a name: its words ("related") are the subject of the section', () => {
    const el = firstElement(
      '<section id="why-related-names-matter"><h2>Why related_names matter</h2><p>Name each per class.</p></section>',
    );
    assert.equal(furnitureKind(el), null);
  });

  it('is a name when its words are not all in the heading, or it has under three words', () => {
    assert.equal(furnitureKind(firstElement('<section id="related-posts-block"><h2>Be careful with related names</h2></section>')), 'name');
    assert.equal(furnitureKind(firstElement('<section id="related-names"><h2>Related names</h2></section>')), 'name');
  });
});

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
