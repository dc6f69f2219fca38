/**
 * Subdivisions named in an enumeration that a plural administrative word introduces or closes:
 * "los 6 departamentos más afectados ...: Canelones, Colonia, Rocha, San José y Soriano",
 * "the provinces of Kwilu, Kasai and Tanganyika", "Kisoro, Kanungu and Bundibugyo districts".
 * Each name counts as a subdivision, as one next to "departamento" does (detect.ts reads a
 * subdivision only next to an administrative word). Issue 15, wave 8: worked out on the training
 * set, where a Uruguayan report listing its departments was read as Costa Rica ("San José").
 */
import { itemAt } from '../arrays.js';
import { gapBefore } from '../text/neighbouring-words.js';
import type { TokenizedText } from '../text/tokenize.js';

/** Folded plural words for kinds of subdivision. */
const ADMIN_PLURALS: ReadonlySet<string> = new Set([
  'departments',
  'departements',
  'departamentos',
  'provinces',
  'provincias',
  'regions',
  'regiones',
  'states',
  'estados',
  'etats',
  'districts',
  'distritos',
  'governorates',
  'gouvernorats',
  'gobernaciones',
  'counties',
  'cantons',
  'cantones',
  'prefectures',
  'municipalities',
  'municipios',
  'communes',
  'comunas',
]);
const LIST_AND: ReadonlySet<string> = new Set(['y', 'e', 'et', 'and']);
const OF: ReadonlySet<string> = new Set(['of', 'de', 'des', 'du']);
/** An enumeration holds at most this many items; a sentence is read this far back for its introducing word. */
const MAX_ITEMS = 12;
const MAX_SENTENCE = 40;

const COMMA = /^\s*,\s*$/;

/** First token of the capitalised name ending at token `j` (words joined by single spaces). */
function nameStart(doc: TokenizedText, j: number): number {
  let k = j;
  while (k > 0 && doc.tokens[k - 1]?.cap === true && gapBefore(doc, k) === ' ') k--;
  return k;
}

/** Last token + 1 of the capitalised name starting at token `j`. */
function nameEnd(doc: TokenizedText, j: number): number {
  let k = j + 1;
  while (itemAt(doc.tokens, k)?.cap === true && gapBefore(doc, k) === ' ') k++;
  return k;
}

/** A plural administrative word in the sentence before token `j` (included). */
function introducedBefore(doc: TokenizedText, j: number): boolean {
  for (let k = j; k >= 0 && j - k < MAX_SENTENCE; k--) {
    if (ADMIN_PLURALS.has(doc.tokens[k]?.norm ?? '')) return true;
    if (/[.!?;\n]/.test(gapBefore(doc, k))) return false;
  }
  return false;
}

/** The next item's first token after the item ending at `last` (", B", " y B", ", and B"), else null. */
function nextItem(doc: TokenizedText, last: number): number | null {
  const next = doc.tokens[last];
  if (next === undefined) return null;
  const g = gapBefore(doc, last);
  let j = last;
  if (COMMA.test(g)) {
    if (LIST_AND.has(next.norm) && gapBefore(doc, last + 1) === ' ') j++;
  } else if (g === ' ' && LIST_AND.has(next.norm)) j++;
  else return null;
  return itemAt(doc.tokens, j)?.cap === true ? j : null;
}

/**
 * Whether the name at tokens [start, end) is an item of an enumeration (two names or more) of
 * subdivisions. A single name after a plural word is not an enumeration: "les Etats du Bahr el
 * Ghazal du Nord, de Warrap et d'Unité" (South Sudan; each item has its own "de") would read
 * Chad's Barh El Gazel.
 */
export function inSubdivisionList(doc: TokenizedText, start: number, end: number): boolean {
  const t = doc.tokens;
  // Back to the enumeration's first item.
  let first = start;
  let items = 1;
  while (items < MAX_ITEMS) {
    const gap = gapBefore(doc, first);
    let j = first - 1;
    if (COMMA.test(gap)) {
      // the previous item ends at j
    } else if (gap === ' ' && LIST_AND.has(t[j]?.norm ?? '') && /^\s*,?\s*$/.test(gapBefore(doc, j))) j--;
    else break;
    if (t[j]?.cap !== true) break;
    first = nameStart(doc, j);
    items++;
  }
  // Forward to its last item, and the word after it.
  let last = end;
  for (let j = nextItem(doc, last); j !== null && items < MAX_ITEMS; j = nextItem(doc, last)) {
    last = nameEnd(doc, j);
    items++;
  }
  if (items < 2) return false;
  const gap = gapBefore(doc, first);
  // "...: A, B y C" after a plural administrative word in the same sentence.
  if (/:\s*$/.test(gap) && introducedBefore(doc, first - 1)) return true;
  // "the provinces of A, B and C", "los departamentos de A y B".
  if (gap === ' ' && OF.has(t[first - 1]?.norm ?? '') && ADMIN_PLURALS.has(t[first - 2]?.norm ?? '')) return true;
  // A closing plural word: "A, B and C districts".
  return gapBefore(doc, last) === ' ' && ADMIN_PLURALS.has(t[last]?.norm ?? '');
}
