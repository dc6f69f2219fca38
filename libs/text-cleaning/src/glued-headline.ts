/*
 * Feeds that flatten a page (ReliefWeb dumps) glue the headline to the body, with no line break:
 * "Le HCR évacue 74 réfugiés vulnérables depuis la Libye vers le Niger Le HCR, l'Agence ...",
 * "... pour 2018 1 décembre 2017 – L'ONU a réclamé ...". The cleaner splits such a headline off
 * once, with the dateline between them, so the enricher reads a title instead of guessing one.
 */
import { gluedDateline } from './dateline.js';
import { gluedHeadline, wordCount } from './title.js';
import { isSpaceCode } from './word-scan.js';

/** How far into the first paragraph a glued headline and its dateline may reach. */
const HEAD_LENGTH = 320;
/** The body after a glued headline is a paragraph, not a fragment. */
const MIN_REST_WORDS = 8;
const MAX_HEADLINE_WORDS = 30;
const MIN_HEADLINE_WORDS = 3;
const DASH_RE = /\s*[–—]\s*|\s+--?\s+/gu;
/**
 * Capitalised words that open a sentence rather than continue a headline: articles, pronouns,
 * prepositions and conjunctions in French, English and Spanish.
 */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  (
    'le la les un une des ce cette ces il elle ils elles nous on dans depuis selon après apres pour par plus parmi au aux en ' +
    'lors grâce grace face alors si quand lorsque malgré malgre the a an this these those it they we in on at since after ' +
    'according more over some for with as during following while when although despite amid amidst el los las unos unas ' +
    'este esta ' +
    'estos estas desde según segun con por para tras más mas durante ante bajo cuando pese'
  ).split(' '),
);

export interface GluedHeadline {
  title: string;
  /** The dateline between the headline and the body, when there is one ("Bamako", "Cox's Bazar"). */
  dateline: string | null;
  rest: string;
}

/** "Le", "The", "L’OIM": a word that opens a sentence. */
function opensSentence(word: string): boolean {
  return /^[LD]['’]\p{L}/u.test(word) || SENTENCE_OPENERS.has(word.replace(/[^\p{L}]+$/u, '').toLowerCase());
}

/**
 * Where a dateline may start inside the text before a dash: a word after a space, except a
 * title-case word right after another capitalised word, which may be the headline's own
 * ("... in South Sudan JUBA / ADDIS ABABA": not "Sudan", but "JUBA").
 */
function datelineStarts(before: string): number[] {
  const starts: number[] = [];
  // Each run of non-space characters after a space, and the run before it, found in one scan (the
  // patterns /(?<=\s)(\S+)/ and /(\S+)\s+$/ on every prefix read the head once per word).
  let previousStart = -1;
  let previousEnd = -1;
  for (let i = 0; i < before.length;) {
    if (isSpaceCode(before.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < before.length && !isSpaceCode(before.charCodeAt(i))) i++;
    if (start > 0) {
      const previous = previousStart < 0 ? '' : before.slice(previousStart, previousEnd);
      const word = before.slice(start, i);
      const titleCase = /^\p{Lu}\p{Ll}/u.test(word);
      if (!(titleCase && /^\p{Lu}/u.test(previous) && !/[,;:)]$/u.test(previous))) starts.push(start);
    }
    previousStart = start;
    previousEnd = i;
  }
  return starts;
}

/** "Headline PLACE, DATE – body": at the first dash after a headline, the longest run of words before it that reads as a dateline. */
function splitAtDateline(paragraph: string): GluedHeadline | null {
  for (const dash of paragraph.slice(0, HEAD_LENGTH).matchAll(DASH_RE)) {
    const before = paragraph.slice(0, dash.index);
    const rest = paragraph.slice(dash.index + dash[0].length).trim();
    if (wordCount(rest, MIN_REST_WORDS) < MIN_REST_WORDS) continue;
    for (const start of datelineStarts(before)) {
      const dateline = gluedDateline(before.slice(start));
      const title = dateline === null ? null : gluedHeadline(before.slice(0, start));
      if (dateline !== null && title !== null) return { title, dateline: dateline.place, rest };
    }
  }
  return null;
}

/**
 * "... in Djibouti Djibouti – The Ministry ...": a dash after a capitalised word, before a
 * sentence, ends the headline with the place kept in it (only a gazetteer could tell a place from
 * a title-case headline word). The sentence opens with an opener or has a lowercase second word.
 */
function splitAtPlaceDash(paragraph: string): GluedHeadline | null {
  for (const dash of paragraph.slice(0, HEAD_LENGTH).matchAll(DASH_RE)) {
    const before = paragraph.slice(0, dash.index);
    const rest = paragraph.slice(dash.index + dash[0].length).trim();
    const [first = '', second = ''] = rest.split(/\s+/u, 2);
    if (!/\p{Lu}[\p{L}\p{M}'’.]*$/u.test(before) || !/^["'«“]?\p{Lu}/u.test(first)) continue;
    if (!opensSentence(first) && !/^\p{Ll}/u.test(second)) continue;
    const title = gluedHeadline(before);
    if (title !== null && wordCount(rest, MIN_REST_WORDS) >= MIN_REST_WORDS) return { title, dateline: null, rest };
  }
  return null;
}

/**
 * "Headline Le Haut Commissariat a lancé ...": the first capitalised sentence opener after a word
 * that can end a headline. A sentence ending before it means the paragraph opens with prose.
 */
function splitAtSentenceOpener(paragraph: string): GluedHeadline | null {
  const words = [...paragraph.slice(0, HEAD_LENGTH).matchAll(/\S+/gu)];
  for (let i = 1; i < Math.min(words.length, MAX_HEADLINE_WORDS + 1); i++) {
    const word = words[i];
    const previous = words[i - 1]?.[0] ?? '';
    // A lowercase word ending a sentence: the paragraph opens with prose ("No." or "U.S." do not count).
    if (word === undefined || /\p{Ll}{2}[.!?…]["'»”’)]*$/u.test(previous)) return null;
    if (i < MIN_HEADLINE_WORDS || !/^\p{Lu}/u.test(word[0])) continue;
    if (!opensSentence(word[0])) continue;
    if (/[,;:–—-]$/u.test(previous)) continue;
    const title = gluedHeadline(paragraph.slice(0, word.index));
    if (title === null) continue;
    const rest = paragraph.slice(word.index);
    return wordCount(rest, MIN_REST_WORDS) >= MIN_REST_WORDS ? { title, dateline: null, rest } : null;
  }
  return null;
}

/**
 * A headline glued to the start of the body: split at a dash after it (and its dateline), or
 * else at a word that opens a sentence. Null when the paragraph does not start with a headline-like run of words.
 */
export function splitGluedHeadline(paragraph: string): GluedHeadline | null {
  return splitAtDateline(paragraph) ?? splitAtPlaceDash(paragraph) ?? splitAtSentenceOpener(paragraph);
}
