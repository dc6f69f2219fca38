import { wordCount } from '../title.js';
import { SITE_FURNITURE_PHRASES } from './site-furniture-phrases.js';

const PHRASES = new Set(SITE_FURNITURE_PHRASES);
// Menu entries on one line: "Home | About us | News", "Accueil • Actualités", "News / Events".
const SEGMENT_SPLIT_RE = /\s*[|•·]\s*|\s+[»›>/–—-]\s+|\t+|\s{3,}/u;
const COPYRIGHT_RE = /^(?:©|\(c\)|copyright\b)/iu;
const DIGITS_RE = /\d+/g;
const OUTER_PUNCTUATION_RE = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
const SENTENCE_END_RE = /[.!?…]["»”’)]*$/u;
// A copyright notice runs to a dozen words ("© 2024 International Organization for Migration. All rights reserved.").
const COPYRIGHT_MAX_WORDS = 15;
// A line of at least this many short segments is a menu even when its labels are not in the list.
const MENU_MIN_SEGMENTS = 3;
const MENU_MAX_SEGMENT_WORDS = 3;

function normalise(segment: string): string {
  return segment.toLowerCase().replace(/[’`]/g, "'").replace(DIGITS_RE, ' ').replace(OUTER_PUNCTUATION_RE, '').replace(/\s+/g, ' ').trim();
}

/*
 * normalise keeps every ASCII letter (lowercased), so a segment with more of them than the longest phrase
 * has is none of the phrases: told by counting, without normalising (a title or a sentence, mostly).
 */
const LONGEST_PHRASE = Math.max(...SITE_FURNITURE_PHRASES.map((phrase) => phrase.length));

function tooLongForPhrase(segment: string): boolean {
  let letters = 0;
  for (let i = 0; i < segment.length; i++) {
    const code = segment.charCodeAt(i) | 0x20;
    if (code >= 0x61 && code <= 0x7a && ++letters > LONGEST_PHRASE) return true;
  }
  return false;
}

function isFurnitureSegment(segment: string): boolean {
  if (COPYRIGHT_RE.test(segment) && wordCount(segment) <= COPYRIGHT_MAX_WORDS) return true;
  if (tooLongForPhrase(segment)) return false;
  const key = normalise(segment);
  return key === '' || PHRASES.has(key);
}

/**
 * True when a line is site furniture, not article text: menu entries, a copyright or legal notice,
 * account, language or sharing links, alone or several on one line ("Privacy policy | Terms of use").
 */
export function isSiteFurniture(line: string): boolean {
  const segments = line.split(SEGMENT_SPLIT_RE).filter((segment) => segment.trim() !== '');
  if (segments.length === 0) return true;
  if (segments.every(isFurnitureSegment)) return true;
  return (
    segments.length >= MENU_MIN_SEGMENTS &&
    segments.every((segment) => wordCount(segment.trim()) <= MENU_MAX_SEGMENT_WORDS && !SENTENCE_END_RE.test(segment.trim()))
  );
}
