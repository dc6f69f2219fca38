import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Recent papers</title></head><body>${body}</body></html>`;
}

const TITLES = [
  'Towards provably unbiased judges of language models',
  'Distributed partial information puzzles under epistemic asymmetry',
  'Dissociating direct access from inference in introspection',
  'A stress test for the reliability of automated judges',
  'Sparse activations and attention sinks in large transformers',
];
const COMMENT =
  'Comments: thirty pages, eight figures and eleven tables, with an appendix that reports every ablation of the method ' +
  'on the four benchmarks, the prompts used for each judge, and the raw scores of all the runs we made.';

function entry(title: string, i: number, long: boolean): string {
  return (
    `<dt><a href="/abs/${i}">paper ${i}</a></dt><dd><div class="meta"><div class="list-title">Title: ${title}</div>` +
    `<div class="list-subjects">Subjects: Artificial Intelligence</div>${long ? `<div class="list-comments">${COMMENT}</div>` : ''}</div></dd>`
  );
}

describe('one template, one decision for blocks named by a word of short blocks', () => {
  it('puts back a listing\'s short entries named "meta" when entries of their template were kept for their length', () => {
    const entries = TITLES.map((t, i) => entry(t, i, i % 2 === 0)).join('');
    const r = extractArticle(page(`<main><h1>Recent papers</h1><dl>${entries}</dl></main>`));
    for (const t of TITLES) assert.ok(r.body.includes(t), r.body);
  });

  it('leaves out short values of one table, siblings in one parent, beside a long value of their template', () => {
    const values = ['cat_thumb_bone.jpg', 'cat_thumb_sand.jpg', 'cat_thumb_olive.jpg', COMMENT]
      .map((v) => `<dt>name</dt><dd class="view-info-value">${v}</dd>`)
      .join('');
    const prose = TITLES.map(
      (t) => `<p>${t}, as the study of the past year shows, is a question that many readers asked us about.</p>`,
    ).join('');
    const r = extractArticle(page(`<main><h1>Recent papers</h1>${prose}<dl>${values}</dl></main>`));
    assert.ok(!r.body.includes('cat_thumb_bone'), r.body);
  });
});
