import { classWords } from './boilerplate.js';
import type { HtmlElement } from './dom.js';
import { STATE_WORDS } from './state-words.js';

/*
 * Tab panels printed side by side: the chosen panel differs from its siblings only by a state word
 * in its class ("content active" beside "content"); the other panels (a product's specifications
 * beside its description) belong to the same content, whatever their paragraphs score.
 */

function baseWords(el: HtmlElement): string {
  const words = classWords(el.attr('class')).filter((w) => w !== '' && !STATE_WORDS.has(w));
  return words.join(' ');
}

/** The other panels of the tab set whose panel `top` is (same tag, class equal but for state words). */
export function siblingPanels(top: HtmlElement): HtmlElement[] {
  const panels: HtmlElement[] = [];
  const parent = top.parent;
  if (parent === null || top.attr('class') === undefined) return panels;
  for (const sib of parent.children)
    if (typeof sib !== 'string' && sib !== top && !sib.removed && isSiblingPanel(top, sib)) panels.push(sib);
  return panels;
}

function isSiblingPanel(top: HtmlElement, sib: HtmlElement): boolean {
  if (sib.tag !== top.tag || sib.textLen === 0) return false;
  const topClass = top.attr('class') ?? '';
  const sibClass = sib.attr('class') ?? '';
  if (topClass === sibClass) return false;
  const base = baseWords(top);
  return base !== '' && base === baseWords(sib);
}
