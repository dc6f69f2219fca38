import { collectOutermost, type HtmlElement } from './dom.js';
import { distinctParents, groupBy, templateOf } from './grid.js';
import { removeSubtree } from './stats.js';
import { isProfileLines } from './profile-lines.js';

/*
 * A forum post's author card: beside each post, forum software prints the author's facts as a
 * definition list of short pairs ("Joined" Jun 4, 2024; "Messages" 28; "Posts: 4032"). The same
 * list template under many posts, each list in its own parent, is that card, not the thread's
 * text (WCXB's references keep the author's name and the post's date, not the author's
 * statistics). A list of one parent (a product's specifications) or with a long term or value (a
 * glossary, a documentation page's parameters) is left alone.
 */

// A term or value longer than this is content, not a fact about a poster.
const MAX_ITEM_LEN = 60;
// The whole card stays short.
const MAX_CARD_LEN = 250;
// One card per post in this many posts.
const MIN_POSTS = 3;
// Lines that date the poster's joining (profile-lines.ts) are a card even under one post.
const MIN_DATED_POSTS = 1;

function isShortPairList(dl: HtmlElement): boolean {
  if (dl.textLen === 0 || dl.textLen > MAX_CARD_LEN) return false;
  let items = 0;
  let values = 0;
  for (const c of dl.children) {
    if (typeof c === 'string') continue;
    if (c.removed) continue;
    if (c.tag !== 'dt' && c.tag !== 'dd') return false;
    if (c.textLen > MAX_ITEM_LEN) return false;
    items++;
    if (c.tag === 'dd') values++;
  }
  return items >= 2 && values >= 1;
}

/** Removes the author cards of a thread's posts: short-pair <dl>s of one template in MIN_POSTS parents or more. */
export function dropPostProfiles(root: HtmlElement): void {
  const cards = collectOutermost([root], (el) =>
    el.tag === 'dl' ? (isShortPairList(el) ? 'take' : 'skip') : isProfileLines(el) ? 'take' : 'descend',
  );
  dropPerPostBlocks(cards, (group) => (group[0]!.tag === 'dl' ? MIN_POSTS : MIN_DATED_POSTS));
}

/** Removes the blocks of each template printed under `min(group)` posts or more, each in its own parent. */
export function dropPerPostBlocks(blocks: Iterable<HtmlElement>, min: (group: readonly HtmlElement[]) => number): void {
  for (const group of groupBy(blocks, templateOf).values()) {
    const n = min(group);
    if (group.length < n || distinctParents(group) < n) continue;
    for (const el of group) removeSubtree(el);
  }
}
