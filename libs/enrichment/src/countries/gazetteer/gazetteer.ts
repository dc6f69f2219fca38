import { expandForms, PhraseTrie } from '../../text/phrase-trie.js';
import { fold, phraseKeys } from '../../text/tokenize.js';
import { CITIES } from '../cities.js';
import { DEMONYM_OWNER, englishForms, frenchForms, handDemonyms, LANGUAGE_WORDS } from '../demonyms.js';
import { loadIsoNames, loadRegions, loadWorldCountries } from './package-data.js';
import { typedSharedSubdivisions } from './subdivision-types.js';
import { ALIASES, AMBIGUOUS_NAMES, BLOCKING_PHRASES, DISPLAY_NAMES, GENERIC_REGION_WORDS, PERSON_LIKE_CITY_NAMES } from './place-names.js';

/**
 * The gazetteer: every way of naming a country in fr/en/es (names, official
 * names, aliases, demonyms, cities), compiled once at module load into a
 * token trie. Conflicts are settled here, at build time, so matching is a
 * plain lookup.
 */

/**
 * `region`: a subdivision (ISO 3166-2), counted next to an administrative word, or alone in a
 * release that names no country (see detect.ts).
 */
export type PlaceKind = 'name' | 'demonym' | 'city' | 'region' | 'block';

/**
 * Case rule on the matched tokens: `first` = first token capitalised,
 * `words` = every non-connector token capitalised (multi-word cities),
 * `upper` = acronym in capitals, `any` = French/Spanish demonyms.
 */
export type CaseRule = 'any' | 'first' | 'words' | 'upper';

export interface PlaceEntry {
  /** ISO 3166-1 alpha-2; empty for blocking phrases ("Latin America", "Lake Chad"). */
  readonly code: string;
  readonly kind: PlaceKind;
  readonly caseRule: CaseRule;
  /** Also a common first name or word (Chad, Jordan, Georgia): needs country-like context. */
  readonly ambiguous: boolean;
  /** Also a person's first name or surname: rejected when glued to another capitalised name. */
  readonly personLike: boolean;
  /** Headquarters city: as a dateline it names the office, not the subject. */
  readonly office: boolean;
  /** Demonym that is also a language name ("en français"). */
  readonly language: boolean;
  readonly rank: number;
}

export interface CountryInfo {
  readonly code: string;
  readonly name: string;
  readonly latlng: readonly [number, number] | null;
}

const RANK = { block: 100, alias: 90, unName: 50, stateName: 40, territoryName: 30, city: 20, demonym: 10, region: 5 } as const;

const PERSON_LIKE_CITIES: ReadonlySet<string> = new Set(PERSON_LIKE_CITY_NAMES.map(fold));
const GENERIC_WORDS: ReadonlySet<string> = new Set(GENERIC_REGION_WORDS.split(' '));

const ARTICLE = /^(?:les?|la|l['’]|the|el|los|las)\s+/i;

interface Pending {
  keys: string[];
  entry: PlaceEntry;
}

function entry(code: string, kind: PlaceKind, caseRule: CaseRule, rank: number, extra: Partial<PlaceEntry> = {}): PlaceEntry {
  return { code, kind, caseRule, rank, ambiguous: false, personLike: false, office: false, language: false, ...extra };
}

function isAcronym(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length <= 4 && letters === letters.toUpperCase();
}

function nameRule(s: string): CaseRule {
  return isAcronym(s) ? 'upper' : 'first';
}

function genericRegion(name: string): boolean {
  return fold(name)
    .split(/[^a-z]+/)
    .filter((w) => w !== '')
    .every((w) => GENERIC_WORDS.has(w));
}

export interface Gazetteer {
  readonly trie: PhraseTrie<PlaceEntry>;
  readonly countries: ReadonlyMap<string, CountryInfo>;
}

function build(): Gazetteer {
  const world = loadWorldCountries();
  const iso = { en: loadIsoNames('en'), fr: loadIsoNames('fr'), es: loadIsoNames('es') };
  const byCode = new Map(world.map((c) => [c.cca2, c]));
  const pending = new Map<string, Pending[]>();

  const add = (phrase: string, e: PlaceEntry): void => {
    if (phrase.includes(',') || phrase.includes('(')) return; // inverted or annotated forms never occur in prose
    const variants = [phrase];
    const stripped = phrase.replace(ARTICLE, '');
    // "aux Comores" drops the article of a country name; a city's lone remainder ("Paz" of La Paz,
    // "Alto" of El Alto, "Chiles" of Los Chiles) is an ordinary word, so cities keep their article.
    const loneWord = (e.kind === 'city' || e.kind === 'region') && !/\s/.test(stripped.trim());
    if (stripped !== phrase && stripped !== '' && !loneWord) variants.push(stripped);
    for (const v of variants) {
      const keys = phraseKeys(v);
      if (keys.length === 0) continue;
      const k = keys.join(' ');
      const list = pending.get(k);
      if (list === undefined) pending.set(k, [{ keys, entry: e }]);
      else list.push({ keys, entry: e });
    }
  };

  const nameRank = (code: string): number => {
    const c = byCode.get(code);
    if (c === undefined) return RANK.territoryName;
    return c.unMember ? RANK.unName : c.independent ? RANK.stateName : RANK.territoryName;
  };

  for (const p of BLOCKING_PHRASES) for (const f of expandForms(p)) add(f, entry('', 'block', 'any', RANK.block));

  for (const [code, names] of Object.entries(AMBIGUOUS_NAMES)) {
    for (const n of names.split('|')) {
      add(n, entry(code, 'name', 'first', RANK.alias, { ambiguous: true, personLike: true }));
    }
  }
  for (const [code, names] of Object.entries(ALIASES)) {
    for (const n of names.split('|')) add(n, entry(code, 'name', nameRule(n), RANK.alias));
  }

  for (const table of [iso.en, iso.fr, iso.es]) {
    for (const [code, names] of table) {
      for (const n of names) add(n, entry(code, 'name', nameRule(n), nameRank(code)));
    }
  }
  for (const c of world) {
    for (const n of [c.common, c.official, ...c.translations.fra, ...c.translations.spa]) {
      add(n, entry(c.cca2, 'name', nameRule(n), nameRank(c.cca2)));
    }
    for (const cap of c.capitals) {
      add(cap, entry(c.cca2, 'city', 'words', c.unMember ? RANK.city : RANK.city - 5, { personLike: PERSON_LIKE_CITIES.has(fold(cap)) }));
    }
    // French and English demonyms from the package, with derived plurals.
    const fra = c.demonyms.fra;
    for (const f of frenchForms(fra.m, fra.f)) {
      add(f, entry(c.cca2, 'demonym', 'any', RANK.demonym, { language: LANGUAGE_WORDS.has(f) }));
    }
    const eng = c.demonyms.eng;
    for (const f of englishForms(eng.m, eng.f)) {
      add(f, entry(c.cca2, 'demonym', 'first', RANK.demonym, { language: LANGUAGE_WORDS.has(fold(f)) }));
    }
  }
  for (const d of handDemonyms()) {
    const rule: CaseRule = d.lang === 'en' ? 'first' : 'any';
    for (const f of d.forms) add(f, entry(d.code, 'demonym', rule, RANK.demonym + 1, { language: LANGUAGE_WORDS.has(fold(f)) }));
  }
  for (const [code, list] of Object.entries(CITIES)) {
    for (const place of list.split(';')) {
      const trimmed = place.trim();
      if (trimmed === '') continue;
      const office = trimmed.startsWith('@');
      for (const v of (office ? trimmed.slice(1) : trimmed).split('|')) {
        add(v.trim(), entry(code, 'city', 'words', RANK.city + 1, { office, personLike: PERSON_LIKE_CITIES.has(fold(v.trim())) }));
      }
    }
  }

  // Subdivisions lose to every other entry of the same words and are dropped when two countries
  // share the name (Amazonas, Florida, La Paz): only an unambiguous subdivision names a country.
  const regions = loadRegions();
  for (const [code, names] of regions) {
    for (const r of names) if (!genericRegion(r)) add(r, entry(code, 'region', 'words', RANK.region));
  }
  // A shared name with the kind only one of its countries has ("departamento de Bolívar"): a place in it.
  const specific = new Map([...regions].map(([code, names]) => [code, names.filter((r) => !genericRegion(r))]));
  for (const [phrase, code] of typedSharedSubdivisions(specific, (n) => phraseKeys(n).join(' ')))
    add(phrase, entry(code, 'city', 'any', RANK.city));

  const trie = new PhraseTrie<PlaceEntry>();
  for (const [key, list] of pending) {
    const chosen = resolve(key, list);
    if (chosen !== null) trie.add(chosen.keys, chosen.entry);
  }

  const countries = new Map<string, CountryInfo>();
  for (const c of world) {
    countries.set(c.cca2, { code: c.cca2, name: DISPLAY_NAMES[c.cca2] ?? c.common, latlng: c.latlng });
  }
  return { trie, countries };
}

/**
 * One entry per key: highest rank wins; equal-rank demonyms shared by two
 * countries go to the owner in DEMONYM_OWNER or are dropped; case rules of
 * equal entries are merged to the most permissive (French "colombien" and
 * English "Colombian" are different keys, but "malgache" is both fr and es).
 */
function resolve(key: string, list: readonly Pending[]): Pending | null {
  let best: Pending | undefined;
  for (const p of list) if (best === undefined || p.entry.rank > best.entry.rank) best = p;
  if (best === undefined) return null;
  const top = list.filter((p) => p.entry.rank === best.entry.rank);
  const codes = new Set(top.map((p) => p.entry.code));
  let chosen = best;
  if (codes.size > 1) {
    const owner = DEMONYM_OWNER[key];
    const own = owner === undefined ? undefined : top.find((p) => p.entry.code === owner);
    if (own !== undefined) chosen = own;
    else if (best.entry.kind !== 'name') return null; // genuinely ambiguous
  }
  const same = list.filter((p) => p.entry.code === chosen.entry.code && p.entry.kind === chosen.entry.kind);
  // "Suisse" is a name and "suisse" a demonym of the same country: lowercase is fine then.
  const anyCase = list.some((p) => p.entry.code === chosen.entry.code && p.entry.caseRule === 'any');
  const permissive = anyCase ? 'any' : chosen.entry.caseRule;
  const language = same.some((p) => p.entry.language);
  const office = same.some((p) => p.entry.office);
  const personLike = same.some((p) => p.entry.personLike);
  const e = chosen.entry;
  // Spelled out in `entry`'s order rather than spread: the entries a trie holds then share one hidden class,
  // where the spread's copies did not, and the matchers that read them deoptimised on the odd one ("wrong map").
  const resolved: PlaceEntry = {
    code: e.code,
    kind: e.kind,
    caseRule: permissive,
    rank: e.rank,
    ambiguous: e.ambiguous,
    personLike,
    office,
    language,
  };
  return { keys: chosen.keys, entry: resolved };
}

export const GAZETTEER: Gazetteer = build();

export function countryInfo(code: string): CountryInfo | undefined {
  return GAZETTEER.countries.get(code);
}

export function countryName(code: string): string {
  return GAZETTEER.countries.get(code)?.name ?? code;
}
