/*
 * In a forum thread, a paragraph that repeats one rendered earlier is a reply quoting an earlier
 * post; on a product page, a block the page prints twice (once for phones, once for desktops, or a
 * carousel's cloned slides): the first occurrence stays. Short paragraphs ("Reply", "Like", a
 * date, a price) are left alone. Not applied to other pages: documentation repeats its notes and
 * parameter descriptions on purpose, and WCXB's references keep them (documentation F1 -0.0055 when
 * applied everywhere, -0.004 on every page rendered as a region).
 */

const SPACES_RE = /\s+/g;
const MIN_REPEATED_LEN = 40;

export function dropRepeatedParagraphs(paragraphs: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const p of paragraphs) {
    if (p.length < MIN_REPEATED_LEN) {
      kept.push(p);
      continue;
    }
    const key = p.replace(SPACES_RE, ' ').toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(p);
  }
  return kept;
}
