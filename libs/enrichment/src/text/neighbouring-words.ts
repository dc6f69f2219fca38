import { itemAt } from '../arrays.js';
import type { Token, TokenizedText } from './tokenize.js';

/**
 * Small lexical context tests shared by the detectors (all on folded tokens).
 */

/** Lowercase glue inside names: "Ciudad de México", "Port-au-Prince", "Bureau of Population". */
export const CONNECTORS: ReadonlySet<string> = new Set([
  'de',
  'del',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  'of',
  'the',
  'and',
  'et',
  'y',
  'e',
  'es',
  'au',
  'aux',
  's',
  'da',
  'do',
  'dos',
  'das',
  'el',
  'los',
  'las',
  'en',
  'for',
  'pour',
  'para',
  'on',
  'contre',
  'contra',
  'against',
  'sur',
  'in',
  'a',
  'al',
  'van',
  'von',
  'der',
  'den',
  'di',
  'bin',
  'ben',
  'ibn',
  'al',
]);

/** Words after which a capitalised word is a place rather than a name. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'to',
  'from',
  'of',
  'across',
  'throughout',
  'into',
  'within',
  'inside',
  'outside',
  'for',
  'at',
  'via',
  'with',
  'and',
  'en',
  'au',
  'aux',
  'du',
  'de',
  'd',
  'des',
  'le',
  'la',
  'l',
  'vers',
  'depuis',
  'entre',
  'pour',
  'par',
  'dans',
  'avec',
  'et',
  'a',
  'al',
  'del',
  'el',
  'desde',
  'hacia',
  'para',
  'por',
  'con',
  'y',
  'sur',
  'hasta',
]);

/** Nouns that may follow a place name in title case ("Lagos State", "Goma Airport"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'state',
  'city',
  'province',
  'district',
  'region',
  'county',
  'airport',
  'port',
  'camp',
  'border',
  'office',
  'bay',
  'island',
  'islands',
  'department',
  'governorate',
  'area',
  'ville',
  'region',
  'aeroport',
  'frontiere',
  'bureau',
  'estado',
  'ciudad',
  'provincia',
  'departamento',
  'aeropuerto',
  'puerto',
  'campamento',
  'frontera',
  'oficina',
  'metropolitan',
  'municipality',
  'municipio',
  'commune',
]);

const SENTENCE_BREAK = /[.!?:;\n"«»“”([•–—]/;

/** True when nothing but the start of a sentence (or of the text) precedes token i. */
export function sentenceInitial(doc: TokenizedText, i: number): boolean {
  if (i === 0) return true;
  const prev = itemAt(doc.tokens, i - 1);
  const cur = itemAt(doc.tokens, i);
  if (prev === undefined || cur === undefined) return true;
  return SENTENCE_BREAK.test(doc.text.slice(prev.end, cur.start));
}

/** The raw characters between token i-1 and token i. */
export function gapBefore(doc: TokenizedText, i: number): string {
  const prev = itemAt(doc.tokens, i - 1);
  const cur = itemAt(doc.tokens, i);
  if (cur === undefined) return '';
  return doc.text.slice(prev === undefined ? 0 : prev.end, cur.start);
}

/** A capitalised word that reads as part of a proper name (not an acronym, not glue). */
export function nameLike(t: Token | undefined): boolean {
  return t !== undefined && t.cap && !t.upper && !CONNECTORS.has(t.norm);
}

/**
 * Is the span [start, end) glued to another capitalised word, as in
 * "Fabio Valencia" or "Santiago Pérez"? A sentence-initial neighbour does not
 * count (it is capitalised anyway), nor does a following place noun.
 */
export function gluedToName(doc: TokenizedText, start: number, end: number): boolean {
  const t = doc.tokens;
  const first = t[start];
  if (first !== undefined && first.join && nameLike(t[start - 1]) && !sentenceInitial(doc, start - 1)) return true;
  const next = t[end];
  return next !== undefined && next.join && nameLike(next) && !PLACE_HEADS.has(next.norm) && gapBefore(doc, end).trim() === '';
}
