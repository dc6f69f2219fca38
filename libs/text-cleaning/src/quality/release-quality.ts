import { isSiteFurniture } from './site-furniture.js';
import { characterProfile, letterCount, wordLetterShare } from './text-signals.js';

/*
 * Whether a fetched body is text, and whether a cleaned release holds article text: pure decisions the
 * cleaner (and the offline CLI) take before a release goes on. Each refusal is a reason string, the first
 * word its kind: "not-text", "no-article-text" or "empty-body". Thresholds are far from every real release
 * measured (tests/bench/release-quality.bench.ts prints the margins).
 */

// Real text has almost none (at most 0.3% over the corpus and 1,678 benchmark pages); binary decoded as
// windows-1252 has about 13%, decoded as UTF-8 over 40% replacement characters.
export const MAX_CONTROL_SHARE = 0.05;
export const MAX_UNDECODABLE_SHARE = 0.05;
// Below this share of letters in words, a text without a detected language is an encoded blob or binary.
export const MIN_WORD_LETTER_SHARE = 0.5;
// Letters of article text left once site furniture is set aside; a navigation-only page has none.
export const MIN_ARTICLE_LETTERS = 20;

const percent = (part: number, whole: number): string => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

// Any character characterProfile counts: a body without one (nearly every body) needs no count (one native scan
// instead of a loop in JavaScript, half the time).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NEVER_IN_TEXT_RE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd\ue000-\uf8ff]/;

/** Why a fetched body is not text (binary, undecodable), or null. Reads a bounded sample of the body. */
export function notTextReason(body: string): string | null {
  if (!NEVER_IN_TEXT_RE.test(body)) return null;
  const profile = characterProfile(body);
  if (profile.controls > profile.chars * MAX_CONTROL_SHARE)
    return `not-text: ${percent(profile.controls, profile.chars)} control characters (binary content)`;
  if (profile.undecodable > profile.chars * MAX_UNDECODABLE_SHARE)
    return `not-text: ${percent(profile.undecodable, profile.chars)} undecodable characters (U+FFFD, private use)`;
  return null;
}

export interface CleanedForQuality {
  title: string | null;
  body: string;
  /** ISO 639-1 code, or "und" when no language was detected. */
  language: string;
}

export interface ArticleSignals {
  /** Letters outside site furniture (menus, legal notices), title included; counted up to what suffices. */
  articleLetters: number;
  /** Share of the letters in word-like tokens, for a text without a detected language (null otherwise). */
  wordLetterShare: number | null;
}

function contentLines(cleaned: CleanedForQuality): string[] {
  return [cleaned.title ?? '', ...cleaned.body.split('\n')].map((line) => line.trim()).filter((line) => line !== '');
}

/** The same lines as contentLines, one at a time, so a caller that has seen enough stops without splitting the rest. */
function* eachContentLine(cleaned: CleanedForQuality): Generator<string> {
  const title = (cleaned.title ?? '').trim();
  if (title !== '') yield title;
  const { body } = cleaned;
  for (let start = 0; start <= body.length;) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    const line = body.slice(start, end).trim();
    if (line !== '') yield line;
    start = end + 1;
  }
}

/** The measures notArticleReason decides on (the quality bench prints their margins over real releases). */
export function articleSignals(cleaned: CleanedForQuality, enough = Number.POSITIVE_INFINITY): ArticleSignals {
  // Only a text without a language needs all its lines (for the word share); the letter count stops at `enough`.
  const lines = cleaned.language === 'und' ? contentLines(cleaned) : eachContentLine(cleaned);
  let articleLetters = 0;
  for (const line of lines) {
    if (!isSiteFurniture(line)) articleLetters += letterCount(line);
    if (articleLetters >= enough) break;
  }
  return { articleLetters, wordLetterShare: Array.isArray(lines) ? wordLetterShare(lines.join('\n')) : null };
}

/**
 * Why a cleaned release is not one to index, or null: an empty body; no language and letters that do
 * not form words (an encoded blob); or nothing but site furniture (menus, copyright and legal notices),
 * as a navigation-only page gives, with a title like "© 2024 All rights reserved".
 */
export function notArticleReason(cleaned: CleanedForQuality): string | null {
  // /\S/ matches what trim() keeps: no copy of the body just to test it.
  if (!/\S/.test(cleaned.body)) return 'empty-body: no article text left after cleaning';
  const signals = articleSignals(cleaned, MIN_ARTICLE_LETTERS);
  if (signals.wordLetterShare !== null && signals.wordLetterShare < MIN_WORD_LETTER_SHARE) {
    return `not-text: no language detected, and only ${(100 * signals.wordLetterShare).toFixed(0)}% of the letters form words`;
  }
  if (signals.articleLetters >= MIN_ARTICLE_LETTERS) return null;
  const shown = contentLines(cleaned)
    .slice(0, 3)
    .map((line) => (line.length > 60 ? `${line.slice(0, 60)}…` : line));
  return `no-article-text: only site navigation or legal notices (${signals.articleLetters} letters of other text): ${JSON.stringify(shown.join(' / '))}`;
}
