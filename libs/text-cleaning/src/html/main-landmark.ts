import type { HtmlElement } from './dom.js';

/*
 * The page's <main> (or role="main") is its main content as HTML defines it: a block named like
 * furniture that holds it is a layout wrapper ("content-sidebar-wrap" around the main column and
 * the sidebar), not furniture. The pruning goes on inside it, where the sidebar is met by itself.
 */

/** True when `el` holds a <main> element or a role="main" landmark below it. */
export function holdsMainLandmark(el: HtmlElement): boolean {
  const stack: HtmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && !c.removed) stack.push(c);
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (e.tag === 'main' || e.attr('role') === 'main') return true;
    for (const c of e.children) if (typeof c !== 'string' && !c.removed) stack.push(c);
  }
  return false;
}
