import type { HtmlElement } from './dom.js';

/*
 * WAI-ARIA's tab pattern puts the tabs in the `role="tablist"` element and their panels outside
 * it: a tab bar holds only the tabs' labels. Bootstrap's and other accordions mark their list of
 * sections `role="tablist"` too, with each section's panel inside it (a `role="tabpanel"` block,
 * or text beside the `role="tab"` headings, not inside them): there the list is content (service pages' FAQs).
 */

// Text outside the tabs that is more than a stray label or a count.
const MIN_TEXT_BESIDE_TABS = 80;

/** Whether a `role="tablist"` element holds panels (see above), not only tabs. */
export function holdsPanels(list: HtmlElement): boolean {
  let beside = 0;
  // Each element with whether it sits in a tab (its text is the tab's label).
  const stack: [HtmlElement, boolean][] = [[list, false]];
  while (stack.length > 0) {
    const [el, inTab] = stack.pop()!;
    for (const c of el.children) {
      if (typeof c === 'string') {
        if (!inTab) beside += c.trim().length;
        continue;
      }
      if (c.textLen === 0) continue;
      const role = c.attr('role');
      if (role === 'tabpanel') return true;
      stack.push([c, inTab || role === 'tab']);
    }
  }
  return beside >= MIN_TEXT_BESIDE_TABS;
}
