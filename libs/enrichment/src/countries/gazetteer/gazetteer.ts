import { expandForms, PhraseTrie } from '../../text/phrase-trie.js';
import { fold, phraseKeys } from '../../text/tokenize.js';
import { CITIES } from '../cities.js';
import { DEMONYM_OWNER, englishForms, frenchForms, handDemonyms, LANGUAGE_WORDS } from '../demonyms.js';
import { loadIsoNames, loadRegions, loadWorldCountries } from './package-data.js';

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

/** Hand aliases that win over package data (and settle names two packages disagree on). */
const ALIASES: Readonly<Record<string, string>> = {
  CG: 'Congo|Congo-Brazzaville|République du Congo|Republic of Congo|Republic of the Congo|República del Congo',
  CD:
    'RDC|R.D.C.|DRC|RD Congo|R.D. Congo|RDCongo|DR Congo|D.R. Congo|Congo-Kinshasa|RD del Congo|République démocratique du Congo|' +
    'République Démocratique du Congo|Democratic Republic of Congo|Democratic Republic of the Congo|República Democrática del Congo|Congo démocratique|Zaïre',
  MX: 'Etats-Unis du Mexique|États-Unis du Mexique|États-Unis mexicains|Estados Unidos Mexicanos|Estados Unidos de México|United Mexican States|Méjico',
  US: "Etats-Unis|États-Unis d'Amérique|Estados Unidos|Estados Unidos de América|EE.UU.|EE. UU.|EEUU|EUA|U.S.|U.S.A.|USA|US|United States|United States of America",
  CI: "Côte d'Ivoire|Cote d'Ivoire|Costa de Marfil|Ivory Coast",
  SS: 'Soudan du Sud|Sud-Soudan|Sudán del Sur|South Sudan|Sudán meridional',
  GN: 'Guinée-Conakry|Guinée Conakry|Guinea-Conakry|Guinea Conakry',
  GW: 'Guinée-Bissau|Guinea-Bisáu|Guinea-Bissau',
  GQ: 'Guinée équatoriale|Guinea Ecuatorial|Equatorial Guinea',
  MM: 'Birmanie|Birmania|Burma|Myanmar',
  TR: 'Türkiye|Turquie|Turquía|Turkiye',
  CZ: 'Tchéquie|Chequia|Czechia',
  SZ: 'Swaziland|Suazilandia|Eswatini',
  MK: 'Macédoine|Macedonia',
  KR: 'Corée du Sud|Corea del Sur|South Korea',
  KP: 'Corée du Nord|Corea del Norte|North Korea',
  SY: 'Syrie|Siria|Syria',
  RU: 'Russie|Rusia|Russia',
  IR: 'Iran|Irán',
  LA: 'Laos',
  VN: 'Viet Nam|Vietnam',
  TZ: 'Tanzanie|Tanzania',
  BO: 'Bolivie|Bolivia',
  MD: 'Moldova|Moldavie',
  TL: 'Timor oriental|Timor-Oriental|East Timor|Timor-Leste',
  CV: 'Cap-Vert|Le Cap-Vert|Cabo Verde|Cape Verde',
  PS: 'Palestine|Palestina|Territoire palestinien occupé|Territoires palestiniens|Territorio Palestino|Occupied Palestinian Territory|Palestinian Territories',
  GB: 'Angleterre|England|Inglaterra|Écosse|Scotland|Escocia|Grande-Bretagne|Gran Bretaña|Great Britain|Royaume-Uni|Reino Unido|UK|U.K.',
  NL: 'Pays-Bas|Países Bajos|Netherlands|Holland|Hollande|Holanda',
  NG: 'Nigéria|Nigeria|delta du Niger|Niger Delta|delta del Níger',
  SA: 'Arabie saoudite|Arabie Saoudite|Arabia Saudí|Arabia Saudita|Saudi Arabia',
  AE: 'Émirats arabes unis|Emiratos Árabes Unidos|UAE',
  BA: 'Bosnie|Bosnia',
  XK: 'Kosovo',
  CF: 'Centrafrique|RCA|République centrafricaine',
  EH: 'Sahara occidental|Western Sahara|Sáhara Occidental',
  BF: 'Burkina|Burkina Faso',
  HT: 'Haïti|Haiti|Haití',
  DO: 'République dominicaine|República Dominicana|Dominican Republic',
  LC: 'Sainte-Lucie|Santa Lucía|Saint Lucia|St Lucia|St. Lucia',
  TT: 'Trinité-et-Tobago|Trinidad y Tobago|Trinidad and Tobago|Tobago',
  KN: 'Saint-Kitts-et-Nevis|Saint-Christophe-et-Niévès|San Cristóbal y Nieves',
  VC: 'Saint-Vincent-et-les-Grenadines|San Vicente y las Granadinas',
  PE: 'Pérou|Perú|Peru',
  EC: 'Équateur|Ecuador',
  GF: 'Guyane française|Guyane',
  LY: 'Libye|Libia|Libya',
  BY: 'Biélorussie|Bélarus|Belarus',
};

/**
 * Names that are also first names or common words: accepted only with a
 * country-like neighbour ("in Chad", "au Niger") or other evidence for the
 * same country in the document.
 */
const AMBIGUOUS: Readonly<Record<string, string>> = {
  TD: 'Chad',
  JO: 'Jordan',
  GE: 'Georgia',
  NE: 'Niger|Níger',
  JE: 'Jersey',
  MU: 'Maurice',
  DM: 'Dominique',
  GD: 'Grenade|Granada',
  SV: 'Salvador',
  RE: 'Reunion|Réunion|Reunión',
  GP: 'Guadalupe',
  TT: 'Trinidad',
};

/** Phrases that contain a country word but do not refer to the country. */
const BLOCKS: readonly string[] = [
  'Amérique latine', 'Amérique centrale', 'Amérique du Sud', 'Amérique du Nord', 'Latin America', 'Central America',
  'South America', 'North America', 'Latin American(s)', 'Central American(s)', 'South American(s)', 'North American(s)',
  'latino-américain(e)(s)', 'nord-américain(e)(s)', 'sud-américain(e)(s)', 'centre-américain(e)(s)',
  'centraméricain(e)(s)', 'América Latina', 'América Central', 'América del Sur', 'América del Norte',
  'golfe de Guinée', 'Gulf of Guinea', 'golfo de Guinea', 'golfe du Mexique', 'Gulf of Mexico', 'golfo de México',
  'Indian Ocean', 'océan Indien', 'Indian Ocean', 'mer de Chine', 'South China Sea', 'mar de China',
  'lac Tchad', 'Lake Chad', 'lago Chad', 'bassin du lac Tchad', 'fleuve Niger', 'Niger River', 'río Níger',
  'bassin du Congo', 'Congo Basin', 'cuenca del Congo', 'fleuve Congo', 'Congo River', 'río Congo',
  'franc(s) suisse(s)', 'Swiss franc(s)', 'dollar(s) américain(s)', 'dollar(s) US', 'dollar(s) des États-Unis',
  'US dollar(s)', 'U.S. dollar(s)', 'dólar(es) estadounidense(s)', 'dólar(es) americano(s)', 'dólar(es) de los Estados Unidos',
  'peso(s) mexicano(s)', 'peso(s) colombiano(s)', 'peso(s) argentino(s)', 'peso(s) chileno(s)', 'peso(s) dominicano(s)',
  'New Mexico', 'Nouveau-Mexique', 'Nuevo México', 'New Jersey', 'Nueva Jersey', 'New South Wales',
  'Mexican-American', 'Indian Ocean', 'West Indies', 'Antilles', 'Guinea pig',
];

/** City names that are also frequent first names or surnames. */
const PERSON_LIKE_CITIES = new Set(
  [
    'Santiago', 'San José', 'Colombo', 'Laredo', 'Santa Ana', 'Kingston', 'Washington', 'Phoenix', 'Sydney', 'Paris',
    'Alexandria', 'Nassau', 'Dover', 'Lyon', 'Houston', 'Dallas', 'Denver', 'Santa Marta', 'Juárez', 'Lagos',
    'Cartagena', 'Nogales', 'Matamoros', 'Reynosa', 'Moroni', 'Boston', 'Milan', 'Florence', 'Lima', 'Georgetown',
    'Hidalgo', 'Amman', 'Bamenda',
  ].map(fold),
);

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

/** Words that make a subdivision name generic when it has no other ("South West", "Central", "Capital"). */
const GENERIC_REGION_WORDS: ReadonlySet<string> = new Set(
  (
    'north south east west northern southern eastern western central centre center upper lower middle nord sud est ouest ' +
    'norte sur este oeste centro centre capital city region island islands coast coastal highlands lakes plateau mountain ' +
    'mountains river littoral interior metropolitan greater great new'
  ).split(' '),
);

function genericRegion(name: string): boolean {
  return fold(name)
    .split(/[^a-z]+/)
    .filter((w) => w !== '')
    .every((w) => GENERIC_REGION_WORDS.has(w));
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

  for (const p of BLOCKS) for (const f of expandForms(p)) add(f, entry('', 'block', 'any', RANK.block));

  for (const [code, names] of Object.entries(AMBIGUOUS)) {
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
  for (const [code, regions] of loadRegions()) {
    for (const r of regions) if (!genericRegion(r)) add(r, entry(code, 'region', 'words', RANK.region));
  }

  const trie = new PhraseTrie<PlaceEntry>();
  for (const [key, list] of pending) {
    const chosen = resolve(key, list);
    if (chosen !== null) trie.add(chosen.keys, chosen.entry);
  }

  const countries = new Map<string, CountryInfo>();
  for (const c of world) {
    countries.set(c.cca2, { code: c.cca2, name: DISPLAY_NAME[c.cca2] ?? c.common, latlng: c.latlng });
  }
  return { trie, countries };
}

/** English display names where world-countries' common name is not the UN usage. */
const DISPLAY_NAME: Readonly<Record<string, string>> = {
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  CI: "Côte d'Ivoire",
  PS: 'Palestine',
  TR: 'Türkiye',
};

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
  return { keys: chosen.keys, entry: { ...chosen.entry, caseRule: permissive, language, office, personLike } };
}

export const GAZETTEER: Gazetteer = build();

export function countryInfo(code: string): CountryInfo | undefined {
  return GAZETTEER.countries.get(code);
}

export function countryName(code: string): string {
  return GAZETTEER.countries.get(code)?.name ?? code;
}
