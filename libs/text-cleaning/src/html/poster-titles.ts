import { collectOutermost, type HtmlElement } from './dom.js';
import { removeSubtree } from './stats.js';

/*
 * A poster's rank printed under their name on every post of a thread ("Member", "Senior Member",
 * "VIP Member"): forum software marks it as the person's schema.org `jobTitle` in microdata. It is a
 * detail of the author card, not the thread's text.
 */

const MAX_TITLE_LEN = 60;

function isPosterTitle(el: HtmlElement): boolean {
  const prop = el.attr('itemprop');
  return prop !== undefined && el.textLen <= MAX_TITLE_LEN && prop.split(/\s+/).includes('jobTitle');
}

/** Removes the posters' titles inside the chosen containers. */
export function dropPosterTitles(roots: Iterable<HtmlElement>): void {
  for (const el of collectOutermost(roots, (e) => (isPosterTitle(e) ? 'take' : 'descend'))) removeSubtree(el);
}
