import type { ParsedPage } from './dom.js';

/*
 * <noscript> holds either a notice ("You need to enable JavaScript to run this app"), a copy of
 * what the scripts show, or the page itself as served to clients without scripts (Discourse
 * renders a thread's posts there and nothing outside). Its content counts only in the last case:
 * when it holds more text than the rest of the page.
 */

const NOTICE_LEN = 200;

/**
 * Marks the <noscript> subtrees that are not the page's content as removed (stats computed);
 * true when text was removed, so that the stats need computing again.
 */
export function dropNoscriptCopies(page: ParsedPage): boolean {
  let inside = 0;
  for (const el of page.noscripts) inside += el.textLen;
  const keep = inside > page.root.textLen - inside;
  let dropped = false;
  for (const el of page.noscripts) {
    if (keep && el.textLen >= NOTICE_LEN) continue;
    el.removed = true;
    if (el.textLen > 0) dropped = true;
  }
  return dropped;
}
