import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fasteners catalog</title>${head}</head><body>${body}</body></html>`;
}

const LETTERS: Record<string, string[]> = {
  A: ['Adapters', 'Adjusters', 'Aligners', 'Anchors'],
  B: ['Bands', 'Belt Keepers', 'Binders', 'Bolts', 'Braces', 'Buckles'],
  C: ['Caps', 'Catches', 'Clamps', 'Clasps', 'Clevises', 'Clips', 'Closures'],
  H: ['Hangers', 'Hasps', 'Hinges', 'Holders', 'Hook and Loop Fasteners', 'Hooks'],
  S: ['Screws', 'Shims', 'Spacers', 'Springs', 'Staples', 'Straps', 'Studs'],
};

function index(): string {
  const groups = Object.entries(LETTERS)
    .map(
      ([letter, names]) =>
        `<div class="letter"><h3>${letter}</h3><ul>${names.map((n) => `<li><a href="/c/${n}">${n}</a></li>`).join('')}</ul></div>`,
    )
    .join('');
  return `<div class="intro"><h2>Catalog collection</h2><div>Find item details, spec sheets and CAD models.</div></div><div class="cats">${groups}</div>`;
}

describe('a page with almost no text outside links', () => {
  it('renders its index of links with its intro', () => {
    const r = extractArticle(page(`<main>${index()}</main>`));
    assert.ok(r.body.includes('Find item details'), r.body);
    for (const names of Object.values(LETTERS)) for (const n of names) assert.ok(r.body.includes(n), r.body);
  });

  it('leaves a page that declares a product to its own rules (a shell whose only text is its footer)', () => {
    const links = ['Help Center', 'Disputes and Reports', 'Return and refund policy', 'Report infringement', 'Transparency Center'];
    const items = links.map((l) => `<li><a href="/h/${l}">${l}</a></li>`).join('');
    const footer = `<footer><div>Help and contact, copyright 2026 Example Trading Ltd, registered in England and Wales.</div><ul>${items}</ul></footer>`;
    const r = extractArticle(page(`<div id="root"></div>${footer}`, '<meta property="og:type" content="product">'));
    for (const l of links) assert.ok(!r.body.includes(l), r.body);
  });
});
