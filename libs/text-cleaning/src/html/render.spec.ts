import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { collapseSpaces } from './dom.js';
import { extractArticle } from './extract-article.js';

/* Sibling inline elements the page's CSS lays out apart are read with a space between them. */

const FILLER =
  'The relief convoy reached the northern districts on Tuesday after the floods, carrying tents, ' +
  'blankets and water purification tablets for the families still sheltering in schools.';

function page(card: string): string {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Kits</title></head><body><main><article>` +
    `<h1>Shelter kits</h1><p>${FILLER}</p><p>${card}</p><p>${FILLER}</p></article></main></body></html>`
  );
}

describe('inline siblings', () => {
  it('parts a brand from a product name and a rating from the next one', () => {
    const body = extractArticle(
      page('<a><span>Northwind</span><span>Field Tent 4</span></a> <span>5 of 5 stars</span><span>4 of 5 stars</span>'),
    ).body;
    assert.match(body, /Northwind Field Tent 4/);
    assert.match(body, /5 of 5 stars 4 of 5 stars/);
  });

  it('keeps a drop cap, an ordinal and split letters glued', () => {
    const body = extractArticle(
      page('<span>T</span><span>he kits</span> on <span>3</span><sup>rd</sup> Street, <b>H</b><i>7</i> units'),
    ).body;
    assert.match(body, /The kits on 3rd Street, H7 units/);
  });
});

describe('whitespace in text nodes', () => {
  it('folds runs and other whitespace to one space, keeps single spaces, and runs inside <pre>', () => {
    const body = extractArticle(
      page('Tents\n  for\tfour,\u00a0blankets  and water.</p><pre>a  b\n  c</pre><p>One space only, nothing to fold.'),
    ).body;
    assert.match(body, /Tents for four, blankets and water\./);
    assert.match(body, /a {2}b\nc/);
    assert.match(body, /One space only, nothing to fold\./);
  });
});

describe('collapseSpaces', () => {
  it('is the replacement of every whitespace run by one space, and returns a text with none to fold as is', () => {
    for (const text of ['', ' ', 'a b c', ' a b ', 'a  b', 'a\nb', 'a \tb', '\u00a0a', 'a\u2003b', '  ', 'a \n']) {
      assert.equal(collapseSpaces(text), text.replace(/\s+/g, ' '), JSON.stringify(text));
    }
    const prose = ['One', 'space', 'between', 'words.'].join(' ');
    assert.equal(collapseSpaces(prose), prose);
  });
});
