import { isLetterCode } from '../word-scan.js';

/*
 * Old French pages often lose "œ" (encoded as a cp1252 byte, then dropped or replaced by "?"
 * or U+FFFD): "mis en uvre", "au cur de". We restore it from a list of French œ words.
 *  - A damaged form that is not a word in any of our languages ("uvre", "nud") is always fixed.
 *  - A damaged form that could be a real word ("cur", "ufs") is fixed only in French text.
 *  - "sur"/"surs" (real word, and a misspelling of "sûrs") only after a determiner, where the
 *    real word cannot stand ("ma sur", "ses surs", never "sur la table", "ils sont surs").
 */

// Inflected forms included explicitly: no stemming, so each entry is an exact token.
const UNAMBIGUOUS: readonly string[] = [
  'œuvre',
  'œuvres',
  'œuvrer',
  'œuvrent',
  'œuvrant',
  'œuvré',
  'œuvrée',
  'œuvrés',
  'œuvrées',
  'œuvrons',
  'manœuvre',
  'manœuvres',
  'manœuvrer',
  'désœuvré',
  'désœuvrés',
  'désœuvrement',
  'nœud',
  'nœuds',
  'vœux',
  'bœuf',
  'bœufs',
  'chœur',
  'chœurs',
  'rancœur',
  'rancœurs',
  'fœtus',
  'œsophage',
  'œcuménique',
  'œcuméniques',
  'œcuménisme',
  'écœurant',
  'écœurante',
  'œillet',
  'œillets',
  'œdème',
  'œdèmes',
  'cœurs',
];

// Real words elsewhere (English "cur"), so French text is required.
const FRENCH_ONLY: readonly string[] = ['cœur', 'œufs'];

function damagedMap(words: readonly string[]): Map<string, string> {
  return new Map(words.map((w) => [w.replace('œ', ''), w]));
}

const UNAMBIGUOUS_MAP = damagedMap(UNAMBIGUOUS);
const FRENCH_ONLY_MAP = damagedMap(FRENCH_ONLY);
const PLACEHOLDER_MAP = new Map([...UNAMBIGUOUS, ...FRENCH_ONLY, 'sœur', 'vœu', 'œil'].map((w) => [w.replace('œ', '\u0000'), w]));
/*
 * Candidates are found by short "cores" (one cheap literal alternation instead of whole-word
 * patterns with Unicode classes), then the enclosing word is looked up. Every damaged form
 * contains a core; forms not covered by the hand-picked list become their own core.
 */
const CORES_RE: RegExp = (() => {
  const picked = ['uvr', 'nud', 'vux', 'buf', 'chur', 'ftus', 'sophag', 'cumén', 'illet', 'dème', 'cur', 'ufs'];
  const keys = [...UNAMBIGUOUS_MAP.keys(), ...FRENCH_ONLY_MAP.keys()];
  const cores = [...picked, ...keys.filter((k) => !picked.some((c) => k.includes(c)))];
  // "[uU]vr": capitalised forms catch sentence starts ("Uvre", "Cur"). No "i" flag: it is slower.
  const alternatives = cores.map((c) => `[${c.charAt(0)}${c.charAt(0).toUpperCase()}]${c.slice(1)}`);
  return new RegExp(alternatives.join('|'), 'g');
})();
// "sur" is a real word and "surs" a common misspelling of "sûrs": "sœur(s)" is restored only
// after a determiner, where neither can stand.
const SUR_RE = / (ma|ta|sa|notre|votre|leur) (s)ur(?=[\s.,;:!?)»”]|$)/gi;
const SURS_RE = / (mes|tes|ses|nos|vos|leurs|les|des) (s)urs(?=[\s.,;:!?)»”]|$)/gi;
// Both patterns above need a determiner then " sur": one scan tells when neither can match (most texts). It
// looks for " sur" and then behind it for the determiner, not for any of fourteen words at every space
// (4.0 against 5.6 µs a bench release with the gate below; the same verdicts).
const DETERMINER_SUR_RE = / sur(?<= (?:ma|ta|sa|notre|votre|leur|mes|tes|ses|nos|vos|leurs|les|des) sur)/i;
const FRENCH_HINT_RE = / (?:les|des|une|est|dans|pour|avec|sont) /gi;
const FRENCH_MIN_HINTS = 3;

function matchCase(template: string, word: string): string {
  if (template.length > 1 && template === template.toUpperCase()) return word.toUpperCase();
  const first = template[0];
  if (first !== undefined && first !== first.toLowerCase()) {
    // The œ may be the lost first letter: "Uvre" at sentence start was "Œuvre".
    return word.charAt(0).toUpperCase() + word.slice(1);
  }
  return word;
}

function looksFrench(text: string): boolean {
  const hints = text.matchAll(FRENCH_HINT_RE);
  for (let hits = 0; hits < FRENCH_MIN_HINTS; hits++) {
    if (hints.next().done) return false;
  }
  return true;
}

/** A whole word: no letter around it, and no hyphen/apostrophe making it part of a compound. */
function isWholeWord(text: string, start: number, end: number): boolean {
  // No read past either end (NaN there): V8 deoptimises the caller on the first one and recompiles it.
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  const after = end < text.length ? text.charCodeAt(end) : 0;
  if (isLetterCode(before) || isLetterCode(after) || after === 0x2d) return false;
  return before !== 0x2d && before !== 0x27 && before !== 0x2019;
}

function wordBounds(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && isLetterCode(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && isLetterCode(text.charCodeAt(end))) end++;
  return [start, end];
}

function applyReplacements(text: string, replacements: ReadonlyMap<number, Replacement>): string {
  if (replacements.size === 0) return text;
  const sorted = [...replacements.values()].sort((a, b) => a.start - b.start);
  let result = '';
  let pos = 0;
  for (const r of sorted) {
    result += text.slice(pos, r.start) + r.text;
    pos = r.end;
  }
  return result + text.slice(pos);
}

interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** "mis en ?uvre": a "?" or U+FFFD inside a word stands for the lost œ. */
function restorePlaceholders(text: string): string {
  const replacements = new Map<number, Replacement>();
  for (const mark of ['?', '\uFFFD']) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      if (!isLetterCode(text.charCodeAt(at + 1))) continue;
      const [start] = wordBounds(text, at);
      const [, end] = wordBounds(text, at + 1);
      const before = text.slice(start, at);
      const after = text.slice(at + 1, end);
      const repaired = PLACEHOLDER_MAP.get(`${before.toLowerCase()}\u0000${after.toLowerCase()}`);
      if (repaired !== undefined) replacements.set(start, { start, end, text: matchCase(before + after, repaired) });
    }
  }
  return applyReplacements(text, replacements);
}

/** Restores œ lost in French words ("mis en uvre" -> "mis en œuvre"). */
export function restoreLostOe(text: string): string {
  const source = text.includes('?') || text.includes('\uFFFD') ? restorePlaceholders(text) : text;
  let french: boolean | null = null; // computed only if a French-only candidate shows up
  const replacements = new Map<number, Replacement>();
  for (const m of source.matchAll(CORES_RE)) {
    const [start, end] = wordBounds(source, m.index ?? 0);
    if (replacements.has(start) || !isWholeWord(source, start, end)) continue;
    const word = source.slice(start, end);
    const lower = word.toLowerCase();
    const sure = UNAMBIGUOUS_MAP.get(lower);
    if (sure !== undefined) {
      replacements.set(start, { start, end, text: matchCase(word, sure) });
      continue;
    }
    const maybe = FRENCH_ONLY_MAP.get(lower);
    // All-caps tokens are more likely acronyms than damaged words.
    if (maybe === undefined || (word.length > 1 && word === word.toUpperCase())) continue;
    french ??= looksFrench(source);
    if (french) replacements.set(start, { start, end, text: matchCase(word, maybe) });
  }
  let out = applyReplacements(source, replacements);
  if (out.includes(' sur') && DETERMINER_SUR_RE.test(out)) {
    const current = out;
    // The patterns start with a space, so the determiner is a whole word.
    const restore = (whole: string, det: string, s: string, plural: string): string => {
      french ??= looksFrench(current);
      return french ? ` ${det} ${s}œur${plural}` : whole;
    };
    out = current.replace(SUR_RE, (whole: string, det: string, s: string) => restore(whole, det, s, ''));
    out = out.replace(SURS_RE, (whole: string, det: string, s: string) => restore(whole, det, s, 's'));
  }
  return out;
}
