/*
 * The WCXB annotators' snippets: per page, `with` sentences that must be in the extraction and
 * `without` phrases that must not. Evaluation data only (the extractor never reads them).
 *
 * Matching: both sides become WCXB's word tokens (word-score.ts: lower-cased Unicode \w+ runs, so
 * case, whitespace, punctuation and dash or quote styles do not count) and a snippet is found where
 * its tokens occur as one contiguous run. A `with` sentence is found when it occurs once. A
 * `without` phrase leaks when it occurs more often in the output than in the page's reference text:
 * "Home" or "Contact us" may also be words of the content itself, and are then no leak.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { table } from './bench-util.js';
import type { BenchPage } from './extraction-data.js';
import { wordTokens } from './word-score.js';

export interface PageSnippets {
  with: string[];
  without: string[];
}

const SnippetTruth = z.object({
  ground_truth: z.object({ with: z.array(z.string()).nullish(), without: z.array(z.string()).nullish() }),
});

/** The snippets of each WCXB page (ground-truth/<id>.json), empty lists where a file has none. */
export function loadSnippets(dir: string, pages: readonly BenchPage[]): PageSnippets[] {
  return pages.map((p) => {
    const truth = SnippetTruth.parse(JSON.parse(readFileSync(join(dir, 'ground-truth', `${p.id}.json`), 'utf8')));
    return { with: truth.ground_truth.with ?? [], without: truth.ground_truth.without ?? [] };
  });
}

/** A text's word tokens joined by single spaces and framed by spaces, so that a phrase matches whole tokens only. */
export function tokenLine(text: string): string {
  return ` ${wordTokens(text).join(' ')} `;
}

/** Occurrences of `phrase` (a token line) in `line`, not overlapping; a phrase without a token never occurs. */
export function occurrences(line: string, phrase: string): number {
  if (phrase.trim() === '') return 0;
  let n = 0;
  // The phrase's closing space is the next occurrence's opening one.
  for (let i = line.indexOf(phrase); i >= 0; i = line.indexOf(phrase, i + phrase.length - 1)) n++;
  return n;
}

export interface SnippetOutcome {
  /** Indexes into the page's `with` list of the sentences missing from the output. */
  missed: number[];
  /** Indexes into the page's `without` list of the phrases leaking into the output. */
  leaked: number[];
  /** Snippets that count (with at least one word token). */
  withCount: number;
  withoutCount: number;
}

/** Which of a page's snippets the output misses and leaks (see the file comment for the matching). */
export function judgeSnippets(output: string, reference: string, snippets: PageSnippets): SnippetOutcome {
  const out = tokenLine(output);
  const ref = tokenLine(reference);
  const outcome: SnippetOutcome = { missed: [], leaked: [], withCount: 0, withoutCount: 0 };
  snippets.with.forEach((s, i) => {
    const phrase = tokenLine(s);
    if (phrase.trim() === '') return;
    outcome.withCount++;
    if (occurrences(out, phrase) === 0) outcome.missed.push(i);
  });
  snippets.without.forEach((s, i) => {
    const phrase = tokenLine(s);
    if (phrase.trim() === '') return;
    outcome.withoutCount++;
    if (occurrences(out, phrase) > occurrences(ref, phrase)) outcome.leaked.push(i);
  });
  return outcome;
}

export interface SnippetShares {
  pages: number;
  withCount: number;
  /** Share of `with` sentences found (over all the sentences of the pages, not averaged per page). */
  found: number;
  withoutCount: number;
  /** Share of `without` phrases that leak. */
  leaked: number;
  /** Pages with at least one leak. */
  leakyPages: number;
}

export function shareSnippets(outcomes: readonly SnippetOutcome[]): SnippetShares {
  let withCount = 0;
  let missed = 0;
  let withoutCount = 0;
  let leaked = 0;
  let leakyPages = 0;
  for (const o of outcomes) {
    withCount += o.withCount;
    missed += o.missed.length;
    withoutCount += o.withoutCount;
    leaked += o.leaked.length;
    if (o.leaked.length > 0) leakyPages++;
  }
  return {
    pages: outcomes.length,
    withCount,
    found: withCount === 0 ? 1 : 1 - missed / withCount,
    withoutCount,
    leaked: withoutCount === 0 ? 0 : leaked / withoutCount,
    leakyPages,
  };
}

/** Per system, per page type (and "all"), the shares of `with` found and `without` leaked. */
export function snippetTable(
  systems: readonly { name: string; texts: readonly string[] }[],
  pages: readonly BenchPage[],
  snippets: readonly PageSnippets[],
): string {
  const types = [...new Set(pages.map((p) => p.type))];
  const header = ['type (pages)', ...systems.flatMap((s) => [`${s.name}: with found`, 'without leaked'])];
  const rows: string[][] = [header];
  const outcomes = systems.map((s) => pages.map((p, i) => judgeSnippets(s.texts[i] ?? '', p.reference, snippets[i]!)));
  for (const type of [...types, 'all']) {
    const idx = pages.flatMap((p, i) => (type === 'all' || p.type === type ? [i] : []));
    const shares = outcomes.map((o) => shareSnippets(idx.map((i) => o[i]!)));
    const first = shares[0]!;
    rows.push([
      `${type} (${idx.length}; ${first.withCount} with, ${first.withoutCount} without)`,
      ...shares.flatMap((s) => [s.found.toFixed(3), s.leaked.toFixed(3)]),
    ]);
  }
  return table(rows);
}
