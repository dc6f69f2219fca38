import type { ParsedPage } from './dom.js';
import { removeSubtree } from './stats.js';

/*
 * <noscript> holds either a notice ("You need to enable JavaScript to run this app"), a copy of
 * what the scripts show, or the page itself as served to clients without scripts (Discourse
 * renders a thread's posts there and nothing outside). Its content counts only in the last case:
 * when it holds more text than the rest of the page.
 */

const NOTICE_LEN = 200;

/** Marks the <noscript> subtrees that are not the page's content as removed (stats computed, then out of date). */
export function dropNoscriptCopies(page: ParsedPage): void {
  let inside = 0;
  for (const el of page.noscripts) inside += el.textLen;
  const keep = inside > page.root.textLen - inside;
  for (const el of page.noscripts) {
    if (keep && el.textLen >= NOTICE_LEN) continue;
    removeSubtree(el);
  }
}
