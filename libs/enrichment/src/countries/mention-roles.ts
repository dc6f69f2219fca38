/**
 * What the words around a country mention say about its role (issue 15's guideline: the primary
 * country is where the reported action takes place). A country the title names as the giver of
 * money ("New Zealand commits 1 million NZD ...", "Qatar Red Crescent Society donates ...") is where
 * the money comes from, not where it is spent; the nationality of refugees or asylum seekers
 * ("Nigerian refugees in Cameroon", "réfugiés soudanais", "Sudanese asylum seekers") is the country
 * they fled, by definition not where they are. Displaced people are left out: they may be
 * displaced inside their own country.
 */
import type { TokenizedText } from '../text/tokenize.js';
import type { PlaceKind } from './gazetteer/gazetteer.js';

/** A country mention's token range [start, end) (detect.ts's PlaceMatch, without the import cycle). */
interface Mention {
  readonly code: string;
  readonly kind: PlaceKind;
  readonly start: number;
  readonly end: number;
}

/** Verbs of giving, folded (en, fr, es), in the third person a headline uses. */
const GIVING: ReadonlySet<string> = new Set([
  'donates',
  'commits',
  'pledges',
  'contributes',
  'gives',
  'grants',
  'allocates',
  'donne',
  'offre',
  'octroie',
  'alloue',
  'debloque',
  'verse',
  'contribue',
  'dona',
  'donan',
  'aporta',
  'otorga',
  'contribuye',
]);
/** Capitalised words allowed between the country and the verb: the donor's own name ("Qatar Red Crescent Society"). */
const MAX_NAME_WORDS = 3;

/** Countries the title names as the subject of a verb of giving. */
export function titleDonors(title: TokenizedText | null, matches: readonly Mention[]): Set<string> {
  const donors = new Set<string>();
  if (title === null) return donors;
  const t = title.tokens;
  for (const m of matches) {
    let k = m.end;
    while (k < t.length && k - m.end < MAX_NAME_WORDS && t[k]?.cap === true && !GIVING.has(t[k]?.norm ?? '')) k++;
    if (GIVING.has(t[k]?.norm ?? '')) donors.add(m.code);
  }
  return donors;
}

/** Folded words for refugees and asylum seekers ("asylum seekers", "demandeurs d'asile", "solicitantes de asilo"). */
const REFUGEE_WORDS: ReadonlySet<string> = new Set([
  'refugee',
  'refugees',
  'refugie',
  'refugies',
  'refugiee',
  'refugiees',
  'refugiado',
  'refugiados',
  'refugiada',
  'refugiadas',
  'asylum',
  'asile',
  'asilo',
]);

/** A demonym right next to a word for refugees or asylum seekers: the country they fled. */
export function refugeeNationality(doc: TokenizedText, m: Mention): boolean {
  if (m.kind !== 'demonym') return false;
  return REFUGEE_WORDS.has(doc.tokens[m.start - 1]?.norm ?? '') || REFUGEE_WORDS.has(doc.tokens[m.end]?.norm ?? '');
}
