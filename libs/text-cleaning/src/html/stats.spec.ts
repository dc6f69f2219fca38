import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml, type HtmlElement } from './dom.js';
import { computeStats, measureText, refreshStats, removeSubtree } from './stats.js';

const HTML = `<html><body><div id="a"><p>First paragraph, with a comma.</p><ul><li><a href="/x">A link</a></li></ul>
  <div id="b"><p>Second paragraph that is long enough to count as prose rather than a caption or a label.</p><img></div></div>
  <div id="c"><h2>Heading</h2><p>Third, last.</p><a href="#top">Back to top</a></div></body></html>`;

const FIELDS = [
  'textLen',
  'linkLen',
  'commas',
  'paragraphs',
  'images',
  'listItems',
  'inputs',
  'headingLen',
  'listLen',
  'pLen',
  'longPLen',
  'hasBlock',
] as const;

function snapshot(el: HtmlElement, out: unknown[] = []): unknown[] {
  if (el.removed) return out;
  out.push(FIELDS.map((f) => el[f]));
  for (const c of el.children) if (typeof c !== 'string') snapshot(c, out);
  return out;
}

function byId(el: HtmlElement, id: string): HtmlElement {
  if (el.attr('id') === id) return el;
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    const found = byId(c, id);
    if (found.attr('id') === id) return found;
  }
  return el;
}

describe('refreshStats', () => {
  it('gives the stats a full computation gives after removals', () => {
    const incremental = parseHtml(HTML).root;
    computeStats(incremental);
    removeSubtree(byId(incremental, 'b'));
    removeSubtree(byId(incremental, 'c'));
    refreshStats(incremental);

    const full = parseHtml(HTML).root;
    byId(full, 'b').removed = true;
    byId(full, 'c').removed = true;
    computeStats(full);
    assert.deepEqual(snapshot(incremental), snapshot(full));
    assert.ok(incremental.textLen > 0 && incremental.textLen < 100, 'the removed text no longer counts');
  });
});

/** measureText by its definition: runs of these spaces count as one, leading and trailing ones not at all. */
function referenceMeasure(text: string): { len: number; commas: number } {
  const collapsed = text.replace(/[ \n\t\r\f\u00a0]+/g, ' ').replace(/^ | $/g, '');
  return { len: collapsed.length, commas: collapsed.replace(/[^,\uff0c\u3001]/g, '').length };
}

describe('measureText', () => {
  it('measures every text as its definition does, plain prose (the shortcut) or not', () => {
    const units = ['a', 'é', ' ', ' ', ',', ',', '\n', '\t', '\r', '\f', '\u00a0', '\v', '\uff0c', '\u3001', '\u2003'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const texts = ['', ' ', 'Prose, plain.', ' lead', 'trail ', 'two  spaces', 'a\u00a0b', 'x\uff0cy', 'a,b,,c'];
    for (let i = 0; i < 5000; i++) {
      let text = '';
      const length = next(12);
      for (let j = 0; j < length; j++) text += units[next(units.length)] ?? '';
      texts.push(text);
    }
    for (const text of texts)
      assert.deepEqual(measureText(text), referenceMeasure(text), JSON.stringify([...text].map((c) => c.charCodeAt(0))));
  });
});
