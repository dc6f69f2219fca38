import { htmlToText } from './html/to-text.js';
import { looksLikeHtml } from './html/looks-like-html.js';
import { repairText } from './repair/repair-text.js';
import type { SourceTemplate } from './types.js';

/*
 * A source template counts, per normalised line, how many documents of one source contain it.
 * Lines present in most documents of a source are page furniture (menus, footers) even when
 * they look like text. Keys are 64-bit hashes so the persisted JSON stays small.
 */

/** Template applies only once it has seen this many documents (fewer gives no evidence). */
export const TEMPLATE_MIN_DOCUMENTS = 3;
const MIN_COUNT = 2;
const MIN_SHARE = 0.5;
// Bounds the persisted size; when exceeded, the rarest lines are forgotten first.
const MAX_KEYS = 5000;
const KEEP_AFTER_PRUNE = 4000;
const MAX_LINE_LENGTH = 600;

const DIGITS_RE = /\d+/g;
const SPACES_RE = /\s+/g;

function fnv1a(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Normalised key of a line: case, digits (dates, counters) and spacing do not matter. */
export function templateKey(line: string): string | null {
  const norm = line.toLowerCase().replace(DIGITS_RE, '0').replace(SPACES_RE, ' ').trim();
  if (norm.length === 0 || norm.length > MAX_LINE_LENGTH) return null;
  return fnv1a(norm, 0x811c9dc5).toString(36) + '.' + fnv1a(norm, 0x5bd1e995).toString(36);
}

export function emptyTemplate(): SourceTemplate {
  return { version: 1, documents: 0, lineCounts: {} };
}

function documentLines(text: string): string[] {
  const plain = looksLikeHtml(text) ? htmlToText(text).text : text;
  return repairText(plain).split('\n');
}

function prune(counts: Record<string, number>): Record<string, number> {
  const keys = Object.keys(counts);
  if (keys.length <= MAX_KEYS) return counts;
  // Drop the lowest counts until we are back under the target.
  const sorted = keys.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || (a < b ? -1 : 1));
  const kept: Record<string, number> = {};
  for (const key of sorted.slice(0, KEEP_AFTER_PRUNE)) kept[key] = counts[key] ?? 0;
  return kept;
}

/** Returns a new template that also counts the lines of this document (input may be HTML). */
export function learnTemplate(template: SourceTemplate, text: string): SourceTemplate {
  const seen = new Set<string>();
  for (const line of documentLines(text)) {
    const key = templateKey(line);
    if (key !== null) seen.add(key);
  }
  const counts: Record<string, number> = { ...template.lineCounts };
  for (const key of seen) counts[key] = (counts[key] ?? 0) + 1;
  return { version: 1, documents: template.documents + 1, lineCounts: prune(counts) };
}

/** Predicate telling whether a line is boilerplate for this source, or null when the template has too little evidence. */
export function templateMatcher(template: SourceTemplate | undefined): ((line: string) => boolean) | null {
  if (template === undefined || template.documents < TEMPLATE_MIN_DOCUMENTS) return null;
  const threshold = Math.max(MIN_COUNT, template.documents * MIN_SHARE);
  const counts = template.lineCounts;
  return (line: string): boolean => {
    const key = templateKey(line);
    if (key === null) return false;
    const count = counts[key];
    return count !== undefined && count >= threshold;
  };
}
