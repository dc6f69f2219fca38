import { namedByShortWord } from './boilerplate.js';
import type { HtmlElement } from './dom.js';
import { distinctParents, groupBy, templateOf } from './grid.js';
import { restoreSubtree } from './stats.js';

/*
 * One template, one decision. A word of short blocks ("meta", "info", "date") names furniture only
 * under a length bound, so the blocks of one template can fall on both sides of it: a listing prints
 * each entry's title and authors in a "meta" box, and only the entries that carry a long comment
 * stay. When blocks of a template removed for such a word have kin of the same template kept for
 * their length, the template holds the listing's entries, and the removed ones are put back.
 */

// Blocks of one template, removed and kept together, that make a repeated template (as extract-article.ts).
const MIN_TEMPLATE = 4;

/**
 * Puts back blocks removed for a word of short blocks when blocks of their template were kept, and
 * returns them: their insides were not pruned yet.
 */
export function restoreSplitTemplates(removed: readonly HtmlElement[], body: HtmlElement): HtmlElement[] {
  const groups = groupBy(
    removed.filter((el) => el.removed && (el.attr('class') ?? '').trim() !== '' && namedByShortWord(el)),
    templateOf,
  );
  const restored: HtmlElement[] = [];
  if (groups.size === 0) return restored;
  // Only elements of the removed blocks' classes can be their kin: the template is built for those alone.
  const classes = new Set<string | undefined>();
  for (const group of groups.values()) classes.add(group[0]!.attr('class'));
  const kept = new Map<string, number>();
  const stack: HtmlElement[] = [body];
  while (stack.length > 0) {
    const el = stack.pop()!;
    const key = classes.has(el.attr('class')) ? templateOf(el) : '';
    if (groups.has(key)) kept.set(key, (kept.get(key) ?? 0) + 1);
    for (const c of el.children) if (typeof c !== 'string' && !c.removed) stack.push(c);
  }
  for (const [key, group] of groups) {
    const n = kept.get(key) ?? 0;
    // One part of each entry sits in its own parent; the values of one table are siblings.
    if (n === 0 || n + group.length < MIN_TEMPLATE || distinctParents(group) < group.length) continue;
    for (const el of group) restoreSubtree(el);
    restored.push(...group);
  }
  return restored;
}
