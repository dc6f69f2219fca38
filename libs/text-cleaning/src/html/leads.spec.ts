import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml, type HtmlElement } from './dom.js';
import { extractArticle } from './extract-article.js';
import { leadParagraphs } from './leads.js';
import { computeStats } from './stats.js';

const STORY = [
  'The river rose by two metres overnight and the town council opened the school gym to families from the lower streets.',
  'Volunteers carried sandbags until dawn, and the regional authority said the water should fall again by Thursday afternoon.',
  'Farmers upstream reported flooded fields and lost feed, and asked for an early payment of the seasonal support scheme.',
  'The council will meet again on Friday to decide how the repairs to the bridge and the lower streets are paid for.',
  'Shops on the main square stayed shut on Wednesday, and the baker handed out bread to the families in the school gym.',
  'Engineers will inspect the old stone bridge once the water has gone down, and the road over it stays closed until then.',
].map((p) => `<p>${p}</p>`);
// A subtitle in the headline's own block is the headline's.
const SUBTITLE = 'Water reached the school gates on Tuesday evening, hours before the forecast had said.';
const LEAD = 'Families from the lower streets spent the night in the school gym as the water kept rising.';

function page(head: string, top = ''): string {
  const article =
    `${top}<div class="title-wrap"><h1>The river rose</h1></div>${head}` +
    `<div class="columns"><div class="main-col"><div class="entry-content">${STORY.join('')}</div></div></div>`;
  return `<!DOCTYPE html><html><head><title>Flood</title></head><body><main><div class="page">${article}</div></main></body></html>`;
}

describe('an article lead between its headline and its body', () => {
  it('is rendered before the body', () => {
    const r = extractArticle(page(`<div class="summary"><div class="inner"><p>${LEAD}</p></div></div>`));
    assert.ok(r.body.startsWith('Families from the lower streets'), r.body);
    assert.ok(r.body.includes('town council'), r.body);
  });

  it('is not a tagline above the headline', () => {
    const r = extractArticle(page('', `<div class="tagline"><div class="inner"><p>${LEAD}</p></div></div>`));
    assert.ok(!r.body.includes('spent the night'), r.body);
    assert.ok(r.body.includes('town council'), r.body);
  });

  for (const [what, block] of [
    ['a short byline', '<div class="meta"><div><p>By Maria Lopez, 3 March 2026, in the regional desk</p></div></div>'],
    ['a list of features', `<div class="plans"><ul><li><p>${LEAD}</p></li></ul></div>`],
    ['an affiliate note', `<div class="affiliate-note"><div><p>${LEAD}</p></div></div>`],
  ] as const) {
    it(`is not ${what}`, () => {
      const r = extractArticle(page(block));
      assert.ok(!r.body.includes('Maria Lopez') && !r.body.includes('spent the night'), r.body);
      assert.ok(r.body.includes('town council'), r.body);
    });
  }

  it('is not a subtitle in the headline block', () => {
    const html =
      `<div class="page"><div class="title-wrap"><h1>The river rose</h1><p>${SUBTITLE}</p></div>` +
      `<div class="summary"><p>${LEAD}</p></div><div class="entry-content">${STORY.join('')}</div></div>`;
    const parsed = parseHtml(html);
    computeStats(parsed.root);
    const byClass = (el: HtmlElement, cls: string): HtmlElement | null => {
      if (el.attr('class') === cls) return el;
      for (const c of el.children) {
        const hit = typeof c === 'string' ? null : byClass(c, cls);
        if (hit !== null) return hit;
      }
      return null;
    };
    const h1 = byClass(parsed.root, 'title-wrap')!.children.find((c): c is HtmlElement => typeof c !== 'string' && c.tag === 'h1')!;
    const leads = leadParagraphs(h1, [byClass(parsed.root, 'entry-content')!]);
    assert.deepEqual(
      leads.map((el) => el.parent?.attr('class')),
      ['summary'],
    );
  });
});
