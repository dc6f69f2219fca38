import type { HtmlElement, ParsedPage } from './dom.js';

/*
 * An accordion (an FAQ, a list of features) prints each question as a heading that is, or is inside, the
 * <button> opening its answer: `<h3><button aria-expanded>Question</button></h3>` or
 * `<button aria-controls="a1"><h3>Question</h3></button>`. Buttons are interface text the parser skips
 * (dom.ts), which lost the questions whose answers the page keeps: a disclosure trigger tied to a heading
 * stays. The other triggers (a navigation tree's folders, "Menu", "Show more") go before any pass reads
 * the tree.
 */

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function holdsHeading(el: HtmlElement): boolean {
  for (const c of el.children) if (typeof c !== 'string' && (HEADINGS.has(c.tag) || holdsHeading(c))) return true;
  return false;
}

/** True for a disclosure trigger that is a heading's whole label: inside a heading, or holding one. */
export function isHeadingTrigger(trigger: HtmlElement): boolean {
  return (trigger.parent !== null && HEADINGS.has(trigger.parent.tag)) || holdsHeading(trigger);
}

/** Takes out of the tree the disclosure triggers tied to no heading (call before computing the stats). */
export function keepHeadingTriggers(page: ParsedPage): void {
  for (const trigger of page.triggers) {
    if (isHeadingTrigger(trigger)) continue;
    const siblings = trigger.parent?.children ?? [];
    const i = siblings.indexOf(trigger);
    if (i >= 0) siblings.splice(i, 1);
  }
}
