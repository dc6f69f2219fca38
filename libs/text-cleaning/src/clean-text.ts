import { parseContacts } from './contacts/parse.js';
import { splitContactBlock } from './contacts/find-block.js';
import { splitDateline } from './dateline.js';
import { detectLanguage } from './language/detect.js';
import { findArticleStart } from './navigation.js';
import { hasNormalLines, prepareText, type PreparedText } from './prepare.js';
import { reflowParagraphs } from './reflow.js';
import { templateMatcher } from './template.js';
import { splitGluedHeadline } from './glued-headline.js';
import { isMetaLine, splitEmphasisLead, wordCount } from './title.js';
import { parseWrittenDate } from './published-date.js';
import type { CleanTextOptions, CleanedText, CleaningWarning, Contact } from './types.js';

/** Fewer words than this in the body is implausible for a press release. */
export const SHORT_BODY_WORDS = 40;
// Lines after the contact block are kept as body only when they read like prose (notes to editors).
const TRAILING_PROSE_WORDS = 12;

function countNonBlank(lines: readonly string[]): number {
  let n = 0;
  for (const l of lines) if (l.trim() !== '') n++;
  return n;
}

/**
 * Cleans one press release given as a text dump or HTML (or already prepared, see prepareText): drops
 * site navigation and template lines, finds the headline and dateline, cuts and parses the contact
 * block, reflows paragraphs.
 */
export function cleanText(input: string | PreparedText, options: CleanTextOptions = {}): CleanedText {
  const prepared = typeof input === 'string' ? prepareText(input) : input;
  const { lines, titleHint, declaredDate } = prepared;
  const isTemplateLine = templateMatcher(options.template, prepared);

  const start = findArticleStart(lines, { isTemplateLine, titleHint });
  let title = start.titleLine >= 0 ? (lines[start.titleLine] ?? '').trim() : titleHint;
  if (title === '') title = null;
  let removedLines = start.removed;
  const publishedAt = declaredDate ?? writtenDate(lines.slice(start.titleLine + 1, start.bodyStart));

  let bodyLines = lines.slice(start.bodyStart);
  // A headline glued to its emphasised standfirst: the headline is the title, the standfirst
  // opens the body. Tried on the title line, or on the first body line when no title was found.
  if (title !== null && start.titleLine >= 0) {
    const glued = splitEmphasisLead(title);
    if (glued !== null) {
      title = glued.title;
      bodyLines = [glued.lead, '', ...bodyLines];
    }
  } else if (title === null) {
    const firstAt = bodyLines.findIndex((l) => l.trim() !== '');
    const glued = firstAt < 0 ? null : splitEmphasisLead((bodyLines[firstAt] ?? '').trim());
    if (glued !== null) {
      title = glued.title;
      bodyLines = [glued.lead, ...bodyLines.slice(firstAt + 1)];
    }
  }
  let contacts: Contact[] = [];
  const split = splitContactBlock(bodyLines);
  if (split !== null) {
    // Recurring lines inside the block are kept: the same press officer signs every release.
    contacts = parseContacts(split.block.join('\n'));
    const trailing: string[] = [];
    for (const line of split.after) {
      if (wordCount(line, TRAILING_PROSE_WORDS) >= TRAILING_PROSE_WORDS) trailing.push(line);
      else if (line.trim() !== '') removedLines++;
    }
    bodyLines = trailing.length > 0 ? [...split.before, '', ...trailing] : split.before;
  }
  if (isTemplateLine !== null) {
    const kept = bodyLines.filter((l) => l.trim() === '' || !isTemplateLine(l));
    removedLines += countNonBlank(bodyLines) - countNonBlank(kept);
    bodyLines = kept;
  }

  // The body lines are prepared lines, or trimmed pieces of them (title lead, contact split): still normal.
  const paragraphs = reflowParagraphs(bodyLines, hasNormalLines(prepared));
  let dateline: string | null = null;
  const first = paragraphs[0];
  if (first !== undefined) {
    const d = splitDateline(first);
    dateline = d.dateline;
    paragraphs[0] = d.rest;
    // Without a headline line, a headline may be glued to the body (flattened feeds): decided
    // here, once, so the enricher reads the title and the dateline instead of guessing them.
    const glued = title === null && dateline === null ? splitGluedHeadline(first) : null;
    if (glued !== null) {
      title = glued.title;
      dateline = glued.dateline;
      paragraphs[0] = glued.rest;
    }
  }
  const body = paragraphs.filter((p) => p.length > 0).join('\n\n');

  const language = detectLanguage(title === null ? body : `${title}\n${body}`).language;
  const warnings: CleaningWarning[] = [];
  const words = wordCount(body, SHORT_BODY_WORDS);
  if (words === 0) warnings.push('empty-body');
  else if (words < SHORT_BODY_WORDS) warnings.push('short-body');
  if (title === null) warnings.push('no-title');
  if (language === 'und') warnings.push('language-undetermined');

  return { title, dateline, body, contacts, language, warnings, publishedAt, removedLines };
}

/** The date printed on a meta line between the headline and the body ("Publié le 3 mars 2014"). */
function writtenDate(metaLines: readonly string[]): string | null {
  for (const line of metaLines) {
    if (!isMetaLine(line.trim())) continue;
    const date = parseWrittenDate(line);
    if (date !== null) return date;
  }
  return null;
}
