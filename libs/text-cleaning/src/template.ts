import { prepareText, type PreparedText } from './prepare.js';
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
// Bounds the persisted size; when exceeded, the rarest lines are forgotten first, down to KEEP_AFTER_PRUNE.
export const MAX_KEYS = 5000;
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

/** Number of keys of each template's counts, kept beside it so learning never has to list them. */
const keyCounts = new WeakMap<SourceTemplate, number>();

/**
 * Forgets the rarest lines, a whole count at a time (no sort, no tie to break), until at most
 * KEEP_AFTER_PRUNE keys are left: boilerplate lines have high counts and are never the ones dropped.
 * Returns the number of keys kept.
 */
function prune(counts: Record<string, number>): number {
  const keys = Object.keys(counts);
  const atLeast: number[] = [];
  for (const key of keys) {
    const count = counts[key] ?? 0;
    atLeast[count] = (atLeast[count] ?? 0) + 1;
  }
  // atLeast[c] becomes the number of keys counted c times or more.
  for (let count = atLeast.length - 2; count >= 0; count--) atLeast[count] = (atLeast[count] ?? 0) + (atLeast[count + 1] ?? 0);
  let threshold = 0;
  while ((atLeast[threshold] ?? 0) > KEEP_AFTER_PRUNE) threshold++;
  for (const key of keys) if ((counts[key] ?? 0) < threshold) delete counts[key];
  return atLeast[threshold] ?? 0;
}

/**
 * Counts the lines of one more document into the template, in place, and returns it. The input may be
 * text, HTML or already prepared (prepareText), so the caller can clean the same lines afterwards.
 */
export function learnTemplate(template: SourceTemplate, input: string | PreparedText): SourceTemplate {
  const { lines } = typeof input === 'string' ? prepareText(input) : input;
  const seen = new Set<string>();
  for (const line of lines) {
    const key = templateKey(line);
    if (key !== null) seen.add(key);
  }
  const counts = template.lineCounts;
  let keys = keyCounts.get(template) ?? Object.keys(counts).length;
  for (const key of seen) {
    const count = counts[key];
    if (count === undefined) keys++;
    counts[key] = (count ?? 0) + 1;
  }
  template.documents++;
  if (keys > MAX_KEYS) keys = prune(counts);
  keyCounts.set(template, keys);
  return template;
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
