import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { blockFeatures, UNIT_TAGS } from './block-features.js';
import { CANDIDATES, candidateChoice } from './candidates.js';
import { analysePage, extractArticle } from './extract-article.js';
import { candidateFeatures, pageFeatures } from './selector-features.js';

const PROSE =
  'Heavy rains have forced more than 12,000 families from their homes in the south, and aid teams are distributing tarpaulins, hygiene kits and drinking water in the worst-hit districts.';

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Floods</title>${head}</head><body>${body}</body></html>`;
}

const ARTICLE = page(
  `<nav><a href="/">Home</a> <a href="/news">News</a></nav><main><div class="story"><h1>Floods</h1><p>${PROSE}</p><p>${PROSE.replace('south', 'north')}</p></div>` +
    `<div class="more"><ul>${'<li><a href="/x">Another story of the week</a></li>'.repeat(6)}</ul></div></main>`,
  '<meta property="og:type" content="article">',
);

describe('the rendering candidates', () => {
  it('renders the rules choice when asked for the rules', () => {
    const a = extractArticle(ARTICLE);
    const b = extractArticle(ARTICLE, (p) => candidateChoice(p, 'rules'));
    assert.equal(b.body, a.body);
  });

  it('renders the whole body, links included, as the body candidate', () => {
    const r = extractArticle(ARTICLE, (p) => candidateChoice(p, 'body'));
    assert.ok(r.body.includes('Another story of the week'), r.body);
    assert.ok(r.body.includes('12,000 families'), r.body);
  });

  it('leaves out the blocks a strategy drops', () => {
    const r = extractArticle(ARTICLE, (p) => ({ ...candidateChoice(p, 'body'), drop: (el) => el.tag === 'ul' }));
    assert.ok(!r.body.includes('Another story'), r.body);
    assert.ok(r.body.includes('12,000 families'), r.body);
  });
});

describe('the selector features', () => {
  it('gives every candidate a vector of one length, read from the page and its declared type', () => {
    const a = analysePage(ARTICLE);
    const rules = candidateChoice(a, 'rules');
    const pf = pageFeatures(a);
    const vectors = CANDIDATES.map((c) => candidateFeatures(pf, candidateChoice(a, c), rules, a.body));
    assert.equal(new Set(vectors.map((v) => v.length)).size, 1);
    for (const v of vectors) for (const x of v) assert.ok(Number.isFinite(x) && x >= 0 && x <= 1, String(x));
    // og:type article is the 13th page feature.
    assert.equal(pf[12], 1);
  });

  it('measures a link list as links and a paragraph as prose', () => {
    const a = analysePage(ARTICLE);
    const choice = candidateChoice(a, 'body');
    const ctx = { body: a.body, choice, containers: new Set(choice.containers), product: a.product, discussion: a.discussion };
    const find = (tag: string): NonNullable<typeof a.top> => {
      const stack = [a.body];
      while (stack.length > 0) {
        const el = stack.pop()!;
        if (el.tag === tag) return el;
        for (const c of el.children) if (typeof c !== 'string') stack.push(c);
      }
      throw new Error(tag);
    };
    assert.ok(UNIT_TAGS.has('ul') && UNIT_TAGS.has('p'));
    const list = blockFeatures(find('ul'), ctx);
    const para = blockFeatures(find('p'), ctx);
    assert.equal(list.length, para.length);
    // Link density is the second feature, commas per 100 characters the third.
    assert.equal(list[1], 1);
    assert.equal(para[1], 0);
    assert.ok(para[2]! > 0);
  });
});
