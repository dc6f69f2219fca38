/*
 * What an extraction got wrong on one page, for reading the losses: reference paragraphs it
 * missed (most of their words absent from the output) and output paragraphs that are not in the
 * reference (most of their words absent from it).
 */
import { wordBag, wordTokens } from './word-score.js';

const MATCHED_SHARE = 0.5;
const LINE_CHARS = 150;

interface Side {
  lines: string[];
  paragraphs: number;
  words: number;
}

function unmatched(text: string, other: Map<string, number>, sign: string, maxLines: number): Side {
  const side: Side = { lines: [], paragraphs: 0, words: 0 };
  for (const para of text.split(/\n+/)) {
    const tokens = wordTokens(para);
    if (tokens.length === 0) continue;
    const found = tokens.filter((t) => other.has(t)).length;
    if (found / tokens.length >= MATCHED_SHARE) continue;
    side.paragraphs++;
    side.words += tokens.length;
    if (side.lines.length < maxLines) {
      const flat = para.replace(/\s+/g, ' ').trim();
      side.lines.push(`${sign} ${flat.length > LINE_CHARS ? `${flat.slice(0, LINE_CHARS)}…` : flat}`);
    }
  }
  return side;
}

/** Lines describing the missed ("-") and extra ("+") paragraphs, a summary line first. */
export function paragraphDiff(predicted: string, reference: string, maxLines = 6): string[] {
  const missing = unmatched(reference, wordBag(predicted), '-', maxLines);
  const extra = unmatched(predicted, wordBag(reference), '+', maxLines);
  const summary =
    `missed ${missing.paragraphs} paragraph(s), ${missing.words} words; extra ${extra.paragraphs} paragraph(s), ${extra.words} words; ` +
    `output ${wordTokens(predicted).length} words, reference ${wordTokens(reference).length}`;
  return [summary, ...missing.lines, ...extra.lines];
}
