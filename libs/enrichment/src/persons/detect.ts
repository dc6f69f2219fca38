import { itemAt } from '../arrays.js';
import { GAZETTEER } from '../countries/gazetteer/gazetteer.js';
import { dictionarySet, fold, phraseKeys, type Token, type TokenizedText } from '../text/tokenize.js';
import {
  CONTACT_WORDS,
  HONORIFIC_WORDS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ROLE_WORDS,
  SPEECH_VERBS_AFTER_NAME,
  SPEECH_VERBS_BEFORE_NAME,
  TITLE_BREAK_WORDS,
  TITLE_WORDS,
} from './person-words.js';

export interface PersonTag {
  name: string;
  role: string | null;
}

/**
 * People are found on the shared token stream: runs of two to four
 * capitalised words are candidate names, kept only in the constructions
 * press releases use for people — after a speech verb ("a déclaré X, chef de
 * mission", "said X, IOM Chief of Mission", "afirmó X"), before one ("X, Minister
 * of ..., said"), after a title ("la ministra X", "Minister of Justice, X"),
 * after "contact" — plus the structured press contacts.
 */

const keys = (list: string): string[][] => list.split('|').map(phraseKeys);

/** Phrases grouped by one of their words (the last, or the first): a name is compared only with those that can match there. */
type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

function indexBy(phrases: readonly string[][], at: 'first' | 'last'): PhraseIndex {
  const index = new Map<string, string[][]>();
  for (const p of phrases) {
    const key = at === 'first' ? p[0] : p[p.length - 1];
    // Every phrase has a word (a phrase without one could match nowhere by its words).
    if (key === undefined) throw new Error('person phrase without a word');
    const list = index.get(key);
    if (list === undefined) index.set(key, [p]);
    else list.push(p);
  }
  return index;
}

const SPEECH_BEFORE = indexBy(keys(SPEECH_VERBS_BEFORE_NAME), 'last');
const SPEECH_AFTER = indexBy(keys(SPEECH_VERBS_AFTER_NAME), 'first');
const CONTACT_BEFORE = indexBy(keys(CONTACT_WORDS), 'last');
const TITLE_HEADS: ReadonlySet<string> = new Set(TITLE_WORDS.map(fold));
const HONORIFICS: ReadonlySet<string> = new Set(HONORIFIC_WORDS);
const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);
const NOT_NAME: ReadonlySet<string> = dictionarySet(NOT_NAME_WORDS.map(fold));

const SENTENCE_BREAK = /[.!?;:«»"“”\n]\s|\n\s*\n/;

function sameSentence(doc: TokenizedText, a: number, b: number): boolean {
  const x = doc.tokens[a];
  const y = doc.tokens[b];
  return x !== undefined && y !== undefined && !SENTENCE_BREAK.test(doc.text.slice(x.end, y.start));
}

/**
 * `!sameSentence(doc, k, k + 1)`. A break never spans a word (it is punctuation and spaces), so
 * tokens k and m > k are in the same sentence when no gap between them breaks: a backward walk
 * tests each gap once.
 */
function gapBreaks(doc: TokenizedText, k: number): boolean {
  const x = doc.tokens[k];
  const y = doc.tokens[k + 1];
  if (x === undefined || y === undefined) return true;
  // A single space cannot break (the pattern needs two characters): most gaps, without a slice.
  if (y.start - x.end === 1 && doc.text.charCodeAt(x.end) === 0x20) return false;
  return SENTENCE_BREAK.test(doc.text.slice(x.end, y.start));
}

/** Does the phrase `p` end exactly at token index `last` (inclusive)? */
function endsAt(doc: TokenizedText, p: readonly string[], last: number): boolean {
  const first = last - p.length + 1;
  if (first < 0) return false;
  return startsAt(doc, p, first) && (p.length === 1 || sameSentence(doc, first, last));
}

function startsAt(doc: TokenizedText, p: readonly string[], first: number): boolean {
  // No token there (a phrase running past the text's end) is told apart before `norm` is compared: comparing
  // undefined with a string deoptimised the optimised code, which had only seen strings there ("not a String").
  for (let k = 0; k < p.length; k++) {
    const t = itemAt(doc.tokens, first + k);
    if (t === undefined || t.norm !== p[k]) return false;
  }
  return true;
}

/** Does one of the indexed phrases end exactly at token `last`? */
function anyEndsAt(doc: TokenizedText, index: PhraseIndex, last: number): boolean {
  const word = doc.tokens[last]?.norm;
  const phrases = word === undefined ? undefined : index.get(word);
  return phrases !== undefined && phrases.some((p) => endsAt(doc, p, last));
}

/** Does one of the indexed phrases start at token `first`? */
function anyStartsAt(doc: TokenizedText, index: PhraseIndex, first: number): boolean {
  const word = doc.tokens[first]?.norm;
  const phrases = word === undefined ? undefined : index.get(word);
  return phrases !== undefined && phrases.some((p) => startsAt(doc, p, first));
}

function nameToken(t: Token | undefined): boolean {
  return t !== undefined && t.cap && !t.upper && t.end - t.start > 1 && (t.id < 0 || !NOT_NAME.has(t.norm));
}

/**
 * The run is a place ("Buenos Aires") or ends with a country name ("OIM Haïti",
 * "Guatemala Honduras"). A country word first or inside is a given name:
 * "Kenya Morales", "Marie-France Kaboré".
 */
function isPlace(doc: TokenizedText, start: number, end: number): boolean {
  const whole = GAZETTEER.trie.longest(doc.tokens, start, (e) => e.kind !== 'demonym');
  if (whole !== null && whole.end === end) return true;
  const m = GAZETTEER.trie.longest(doc.tokens, end - 1, (e) => e.kind === 'name' && !e.ambiguous);
  return m !== null && m.end === end;
}

/** Raw text from `from` until the next clause break, for a role after "Name,". */
function clauseAfter(text: string, from: number): { role: string; end: number } {
  let i = from;
  const limit = Math.min(text.length, from + 160);
  while (i < limit) {
    const c = text.charAt(i);
    if (',.;«»"“”()'.includes(c) || (c === '\n' && text.charAt(i + 1) === '\n')) break;
    i++;
  }
  return { role: text.slice(from, i), end: i };
}

function cleanRole(raw: string, requireKeyword: boolean): string | null {
  const role = raw.replace(/\s+/g, ' ').replace(/^[\s,:]+|[\s,:]+$/g, '');
  if (role === '' || role.split(' ').length > 14) return null;
  if (requireKeyword && !ROLE_WORDS.test(role)) return null;
  return role;
}

/** Name candidates: 2-4 capitalised words, particles allowed between them. */
function candidates(doc: TokenizedText): { start: number; end: number }[] {
  const t = doc.tokens;
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < t.length; i++) {
    if (!nameToken(t[i])) continue;
    let end = i + 1;
    let words = 1;
    while (words < 4) {
      const next = t[end];
      if (next === undefined || !next.join) break;
      if (nameToken(next)) {
        end++;
        words++;
        continue;
      }
      // One or two particles between name words: "Carlos de la Fuente", "Jan van der Berg".
      let p = end;
      while (p < end + 2 && PARTICLES.has(itemAt(t, p)?.norm ?? '') && !(itemAt(t, p)?.cap ?? true) && (itemAt(t, p)?.join ?? false)) p++;
      const after = itemAt(t, p);
      if (p > end && after !== undefined && after.join && nameToken(after)) {
        end = p + 1;
        words++;
        continue;
      }
      break;
    }
    if (words >= 2 && !isPlace(doc, i, end)) out.push({ start: i, end });
    i = end - 1;
  }
  return out;
}

const TITLE_BREAKS: ReadonlySet<string> = new Set(TITLE_BREAK_WORDS);

function roleBefore(doc: TokenizedText, start: number): string | null {
  // "Ministre de la Justice, Ana López" / "Minister Ana López" / "la directora de la OIM, Ana López"
  for (let k = start - 1; k >= 0 && k >= start - 9; k--) {
    const tok = doc.tokens[k];
    // Gaps k+1.. were tested on the way: only this one is new.
    if (tok === undefined || gapBreaks(doc, k)) return null;
    if (TITLE_BREAKS.has(tok.norm) && doc.text.slice(tok.start, tok.end) !== 'à') return null;
    if ((tok.norm === 'et' || tok.norm === 'and' || tok.norm === 'y') && doc.tokens[k + 1]?.norm !== 'de') return null;
    if (TITLE_HEADS.has(tok.norm)) {
      const last = doc.tokens[start - 1];
      if (last === undefined) return null;
      return cleanRole(doc.text.slice(tok.start, last.end), false);
    }
  }
  return null;
}

export interface PersonMatch extends PersonTag {
  /** Token range of the name in the document. */
  readonly start: number;
  readonly end: number;
}

/** People named in the text, with where their names are (so places inside names can be ignored). */
export function findPersons(doc: TokenizedText): PersonMatch[] {
  const out: PersonMatch[] = [];
  const t = doc.tokens;
  for (const c of candidates(doc)) {
    const add = (name: string, role: string | null): void => {
      out.push({ name: name.replace(/\s+/g, ' ').trim(), role, start: c.start, end: c.end });
    };
    const first = t[c.start];
    const last = t[c.end - 1];
    if (first === undefined || last === undefined) continue;
    const name = doc.text.slice(first.start, last.end);
    // Skip an honorific or article between the verb/title and the name.
    let before = c.start - 1;
    while (before >= 0 && HONORIFICS.has(t[before]?.norm ?? '') && c.start - before <= 3) before--;

    const afterGap = doc.text.slice(last.end, t[c.end]?.start ?? doc.text.length);
    const commaAfter = /^\s*,/.test(afterGap);
    const clause = commaAfter ? clauseAfter(doc.text, last.end + afterGap.indexOf(',') + 1) : null;

    if (anyEndsAt(doc, CONTACT_BEFORE, before) || anyEndsAt(doc, CONTACT_BEFORE, c.start - 1)) {
      add(name, 'press contact');
      continue;
    }
    if (anyEndsAt(doc, SPEECH_BEFORE, before)) {
      add(name, clause === null ? null : cleanRole(clause.role, true));
      continue;
    }
    // "X, Ministre de ..., a déclaré" / "X, IOM Chief of Mission, said"
    if (clause !== null && doc.text.charAt(clause.end) === ',') {
      let next = c.end;
      while (next < t.length && (t[next]?.start ?? 0) <= clause.end) next++;
      if (next < t.length && anyStartsAt(doc, SPEECH_AFTER, next)) {
        const role = cleanRole(clause.role, true);
        if (role !== null) {
          add(name, role);
          continue;
        }
      }
    }
    // "X a déclaré", "X said"
    if (!commaAfter && anyStartsAt(doc, SPEECH_AFTER, c.end) && (t[c.end]?.join ?? false)) {
      add(name, roleBefore(doc, c.start));
      continue;
    }
    const titled = roleBefore(doc, c.start);
    if (titled !== null) add(name, titled);
  }
  return out;
}

/** Quoted and titled people plus the structured press contacts, one entry per name. */
export function detectPersons(
  doc: TokenizedText,
  contacts: readonly { name: string | null; office: string | null }[],
  found: readonly PersonTag[] = findPersons(doc),
): PersonTag[] {
  const out = new Map<string, PersonTag>();
  const add = (name: string, role: string | null): void => {
    const clean = name.replace(/\s+/g, ' ').trim();
    const key = fold(clean);
    const prev = out.get(key);
    if (prev === undefined) out.set(key, { name: clean, role });
    else if (prev.role === null && role !== null) prev.role = role;
  };
  for (const p of found) add(p.name, p.role);
  for (const c of contacts) if (c.name !== null && c.name.trim() !== '') add(c.name, 'press contact');
  return [...out.values()];
}
