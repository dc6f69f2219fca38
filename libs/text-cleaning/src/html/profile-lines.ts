import { collapseSpaces, keptText, type HtmlElement } from './dom.js';

/*
 * A poster's facts printed as lines rather than a definition list (vBulletin's postbit:
 * <div>Join Date: Mar 2016</div><div>Location: SIN</div><div>Posts: 1,077</div>): a block whose
 * element children are all short "Label: value" lines, two of them or more, one of them the date the
 * poster joined, and line breaks.
 * post-profiles.ts drops it only when one template of it sits beside many posts.
 */

// A line longer than this is prose, not a fact about a poster.
const MAX_LINE_LEN = 60;
// The whole block stays short.
const MAX_BLOCK_LEN = 250;
// A label of one to three words, a colon, then a value.
const LABEL_LINE_RE = /^\p{L}[\p{L}'’]*(?: [\p{L}'’]+){0,2}:\s*\S/u;
// One of them dates the poster's joining: a product card's "Color: Red" lines never do.
const JOINED_LINE_RE = /^(join date|joined|registered|member since):/i;
const SPACE_RE = /^\s*$/;
const LINE_TAGS: ReadonlySet<string> = new Set(['div', 'p', 'span', 'li']);

function lineKind(c: HtmlElement): 'joined' | 'label' | 'empty' | null {
  if (c.tag === 'br') return 'empty';
  if (!LINE_TAGS.has(c.tag) || c.textLen > MAX_LINE_LEN) return null;
  if (c.textLen === 0) return 'empty';
  const line = collapseSpaces(keptText(c)).trim();
  if (!LABEL_LINE_RE.test(line)) return null;
  return JOINED_LINE_RE.test(line) ? 'joined' : 'label';
}

/** True for a short block made only of "Label: value" lines (two or more, one a join date). */
export function isProfileLines(el: HtmlElement): boolean {
  if (el.textLen === 0 || el.textLen > MAX_BLOCK_LEN || el.tag !== 'div') return false;
  let labels = 0;
  let joined = false;
  for (const c of el.children) {
    if (typeof c === 'string') {
      if (!SPACE_RE.test(c)) return false;
      continue;
    }
    if (c.removed) continue;
    const kind = lineKind(c);
    if (kind === null) return false;
    if (kind !== 'empty') labels++;
    if (kind === 'joined') joined = true;
  }
  return joined && labels >= 2;
}
