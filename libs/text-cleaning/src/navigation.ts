import { endsSentence, isMetaLine, looksLikeBodyText, looksLikeHeadline, wordCount } from './title.js';

/*
 * Scraped pages start with site navigation: menu entries as short lines, bullets, lone "-",
 * entries repeated (link text + heading), and headings glued to their description
 * ("Qui sommes nous" then "Qui sommes nousL'Organisation..."). The article starts at the
 * headline, the first line after that zone.
 */

export type NavigationReason = 'mark' | 'bullet' | 'duplicate' | 'glued' | 'breadcrumb' | 'template' | 'short';

export interface ArticleStart {
  /** Index of the headline in the lines array, or -1. */
  titleLine: number;
  /** Index of the first body line. */
  bodyStart: number;
  /** Non-blank lines before the body dropped as navigation or meta (the headline excluded). */
  removed: number;
}

export interface ArticleStartOptions {
  isTemplateLine?: ((line: string) => boolean) | null;
  /** Headline known from elsewhere (HTML <h1>): located in the lines if present. */
  titleHint?: string | null;
}

const MARK_RE = /^[-–—•*·|>»›_=~]+$/u;
const BULLET_RE = /^[-•*·▪–]\s+\S/u;
const BREADCRUMB_SPLIT_RE = /\s[>»›|/]\s/u;
const GLUED_MIN_EXTRA = 10;
const SHORT_MAX_WORDS = 4;
const SHORT_MAX_LENGTH = 40;
const SPACES_RE = /\s+/g;

function normalise(line: string): string {
  return line.replace(SPACES_RE, ' ').trim().toLowerCase();
}

/** Lines are compared case-insensitively; computed once per line, not per comparison. */
function sameLine(a: string | undefined, b: string): boolean {
  return a !== undefined && a.length === b.length && a.toLowerCase() === b.toLowerCase();
}

function isGlued(line: string, prev: string): boolean {
  if (prev.length < 3 || line.length < prev.length + GLUED_MIN_EXTRA || !line.startsWith(prev)) return false;
  const after = line.charAt(prev.length);
  if (after !== ' ') return /[\p{L}\p{N}'"«“]/u.test(after);
  // With a space, only a short heading followed by a capitalised description.
  return wordCount(prev) <= 5 && !endsSentence(prev) && /^ [\p{Lu}"«“]/u.test(line.slice(prev.length, prev.length + 2));
}

function isBreadcrumb(line: string): boolean {
  const parts = line.split(BREADCRUMB_SPLIT_RE);
  return parts.length >= 3 && parts.every((p) => wordCount(p) <= 6);
}

/** Why a line belongs to the navigation zone, or null when it does not. */
export function navigationReason(
  line: string,
  prev: string | undefined,
  next: string | undefined,
  isTemplateLine?: ((line: string) => boolean) | null,
): NavigationReason | null {
  if (MARK_RE.test(line)) return 'mark';
  if (BULLET_RE.test(line)) return 'bullet';
  if (sameLine(prev, line) || sameLine(next, line)) return 'duplicate';
  if (prev !== undefined && isGlued(line, prev)) return 'glued';
  if (isTemplateLine?.(line)) return 'template';
  if (isBreadcrumb(line)) return 'breadcrumb';
  if (wordCount(line) <= SHORT_MAX_WORDS && line.length <= SHORT_MAX_LENGTH && !endsSentence(line)) return 'short';
  return null;
}

function nonBlankIndexes(lines: readonly string[]): number[] {
  const idx: number[] = [];
  for (let i = 0; i < lines.length; i++) if ((lines[i] ?? '').trim() !== '') idx.push(i);
  return idx;
}

/** Skips meta and furniture lines right under the headline; returns the new position in idx. */
function skipMetaLines(
  lines: readonly string[],
  idx: readonly number[],
  from: number,
  isTemplateLine: ((line: string) => boolean) | null | undefined,
): number {
  let j = from;
  while (j < idx.length - 1) {
    const line = (lines[idx[j] ?? 0] ?? '').trim();
    const furniture = MARK_RE.test(line) || isTemplateLine?.(line) === true || (wordCount(line) <= 2 && !endsSentence(line));
    if (!furniture && !isMetaLine(line)) break;
    j++;
  }
  return j;
}

/** Locates the headline and the start of the body after the navigation zone. */
export function findArticleStart(lines: readonly string[], options: ArticleStartOptions = {}): ArticleStart {
  const { isTemplateLine, titleHint } = options;
  const idx = nonBlankIndexes(lines);
  const at = (j: number): string | undefined => {
    const i = idx[j];
    return i === undefined ? undefined : (lines[i] ?? '').trim();
  };
  const bodyFrom = (titleJ: number, startJ: number): ArticleStart => {
    const j = skipMetaLines(lines, idx, startJ, isTemplateLine);
    // Every non-blank line before the body except the headline was dropped.
    const removed = j - (titleJ >= 0 ? 1 : 0);
    return { titleLine: titleJ >= 0 ? (idx[titleJ] ?? -1) : -1, bodyStart: idx[j] ?? lines.length, removed };
  };

  if (titleHint) {
    const hint = normalise(titleHint);
    for (let j = 0; j < idx.length; j++) {
      if (normalise(at(j) ?? '') === hint) return bodyFrom(j, j + 1);
    }
  }

  const reasons: (NavigationReason | null)[] = [];
  let z = 0;
  while (z < idx.length) {
    const reason = navigationReason(at(z) ?? '', at(z - 1), at(z + 1), isTemplateLine);
    if (reason === null) break;
    reasons.push(reason);
    z++;
  }
  // Everything looked like navigation: the text is a fragment, keep it whole.
  if (z >= idx.length) z = 0;

  const line = at(z);
  if (titleHint) return bodyFrom(-1, z);
  if (line !== undefined && looksLikeHeadline(line, at(z + 1))) return bodyFrom(z, z + 1);
  // A short headline was taken for a menu entry: it stands right before the running text.
  const prevReason = reasons[z - 1];
  const prev = at(z - 1);
  if (
    line !== undefined &&
    prev !== undefined &&
    (prevReason === 'short' || prevReason === 'duplicate') &&
    looksLikeBodyText(line, at(z + 1)) &&
    looksLikeHeadline(prev, line)
  ) {
    return bodyFrom(z - 1, z);
  }
  return bodyFrom(-1, z);
}
