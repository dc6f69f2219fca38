import { emptyList, itemAt, kept, mapped, sortedInPlace, valuesOf } from '../arrays.js';
import { CONNECTORS, gapBefore, gluedToName, PLACE_PREPOSITIONS, sentenceInitial } from '../text/neighbouring-words.js';
import { firstFoldedCode, tokenize, type TokenizedText } from '../text/tokenize.js';
import { inSubdivisionList } from './enumerations.js';
import { originMention, titleDonors, titlePlace } from './mention-roles.js';
import { countryName, GAZETTEER, type PlaceEntry, type PlaceKind } from './gazetteer/gazetteer.js';

export interface CountryTag {
  code: string;
  name: string;
  role: 'primary' | 'mentioned';
  mentions: number;
}

export interface PlaceMatch {
  readonly code: string;
  readonly kind: PlaceKind;
  /** Token range [start, end). */
  readonly start: number;
  readonly end: number;
  readonly office: boolean;
}

interface Candidate extends PlaceMatch {
  readonly entry: PlaceEntry;
}

const LANGUAGE_BEFORE = new Set(['en', 'in', 'el', 'le', 'l', 'al']);
const LANGUAGE_AFTER = new Set([
  'language',
  'languages',
  'speaking',
  'speaker',
  'speakers',
  'langue',
  'langues',
  'idioma',
  'idiomas',
  'lengua',
  'version',
  'translation',
  'traduction',
  'traduccion',
  'sign',
]);

/** Mostly capitals ("HELP US REACH HAITI"): short acronyms like US/UK mean nothing there. */
function shouting(doc: TokenizedText): boolean {
  let words = 0;
  let upper = 0;
  for (const t of doc.tokens) {
    if (t.end - t.start < 2 || firstFoldedCode(doc.text, t) < 0x61) continue; // short words and numbers
    words++;
    if (t.upper) upper++;
  }
  return words >= 3 && upper / words > 0.6;
}

function caseOk(doc: TokenizedText, e: PlaceEntry, start: number, end: number, loud: () => boolean): boolean {
  const t = doc.tokens;
  switch (e.caseRule) {
    case 'any':
      return true;
    case 'first':
      return t[start]?.cap === true;
    case 'upper':
      if (end - start === 1 && loud()) return false;
      for (let i = start; i < end; i++) if (t[i]?.upper !== true) return false;
      return true;
    case 'words':
      for (let i = start; i < end; i++) {
        const tok = t[i];
        if (tok === undefined) return false;
        if (!tok.cap && !(i > start && (CONNECTORS.has(tok.norm) || tok.norm.length === 1))) return false;
      }
      return true;
  }
}

/** Greedy longest-match scan; blocking phrases consume their tokens and vanish. */
function scan(doc: TokenizedText, from: number, bareRegions = false): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  // Whether the text shouts, read only for a one-word capitals entry (few texts have one): a pass over every token.
  let shouts: boolean | null = null;
  const loud = (): boolean => (shouts ??= shouting(doc));
  // A subdivision is only read next to an administrative word; elsewhere a shorter match may apply.
  const accept = (e: PlaceEntry, s: number, en: number): boolean =>
    caseOk(doc, e, s, en, loud) && (e.kind !== 'region' || bareRegions || administrative(doc, s, en));
  for (let i = from; i < tokens.length;) {
    const m = GAZETTEER.trie.longest(tokens, i, accept);
    if (m === null) {
      i++;
      continue;
    }
    const e = m.value;
    if (e.kind !== 'block') out.push({ code: e.code, kind: e.kind, start: i, end: m.end, office: e.office, entry: e });
    i = m.end;
  }
  return out;
}

/** Rules that need only the local context: currency prefixes, language names, glued person names. */
function locallyValid(doc: TokenizedText, c: Candidate, excluded?: ReadonlySet<number>): boolean {
  const t = doc.tokens;
  const last = t[c.end - 1];
  // "US$ 1.5 millones" is a currency, not a mention of the United States.
  if (c.entry.caseRule === 'upper' && last !== undefined && last.end < doc.text.length && doc.text.charAt(last.end) === '$') return false;
  if (c.entry.language) {
    const prev = itemAt(t, c.start - 1);
    const next = t[c.end];
    if (prev !== undefined && LANGUAGE_BEFORE.has(prev.norm)) return false;
    if (next !== undefined && LANGUAGE_AFTER.has(next.norm)) return false;
  }
  // Person-like names ("Santiago Pérez") and multi-word city names that are only the start of a
  // longer place name ("San Pedro Carchá") are dropped when glued to another capitalised word.
  if ((c.entry.personLike || (c.kind === 'city' && c.end - c.start > 1)) && gluedToName(doc, c.start, c.end)) return false;
  if (excluded !== undefined) for (let k = c.start; k < c.end; k++) if (excluded.has(k)) return false;
  // "Villa Santa Lucía" (Chile), "Puerto Colombia", "Región de Los Lagos": a capitalised settlement
  // word or article makes a longer local place name.
  const before = t[c.start - 1];
  if (before !== undefined && before.cap && gapBefore(doc, c.start) === ' ') {
    if (SETTLEMENT_WORDS.has(before.norm)) return false;
    if (NAME_ARTICLES.has(before.norm) && !sentenceInitial(doc, c.start - 1)) return false;
  }
  return true;
}

/** Folded words that say the next or previous name is a subdivision ("département du", "Lagos State"). */
const ADMIN_WORDS: ReadonlySet<string> = new Set([
  'department',
  'departement',
  'departamento',
  'province',
  'provincia',
  'region',
  'state',
  'estado',
  'etat',
  'district',
  'distrito',
  'gobernacion',
  'governorate',
  'gouvernorat',
  'county',
  'canton',
  'prefecture',
  'oblast',
  'division',
  'comuna',
]);
const ADMIN_GLUE: ReadonlySet<string> = new Set(['of', 'de', 'del', 'du', 'la', 'l', 'd']);

/** A subdivision name counts only as "departamento de Casanare", "Región de Los Lagos", "Kasai Province". */
function administrative(doc: TokenizedText, start: number, end: number): boolean {
  const t = doc.tokens;
  let k = start - 1;
  while (k >= 0 && start - k <= 2 && ADMIN_GLUE.has(t[k]?.norm ?? '')) k--;
  const before = itemAt(t, k);
  if (before !== undefined && ADMIN_WORDS.has(before.norm) && !/[.!?;:\n]/.test(doc.text.slice(before.end, t[start]?.start ?? 0)))
    return true;
  const after = itemAt(t, end);
  return (
    (after !== undefined && after.cap && ADMIN_WORDS.has(after.norm) && gapBefore(doc, end) === ' ') || inSubdivisionList(doc, start, end)
  );
}

/** Capitalised words that start a settlement's name ("Villa", "Puerto", "Ciudad"). */
const SETTLEMENT_WORDS: ReadonlySet<string> = new Set(['villa', 'puerto', 'ciudad', 'pueblo', 'colonia', 'fort', 'real']);
/** Plural articles that, capitalised mid-sentence, start a place name ("Los Lagos", "Las Tunas"). */
const NAME_ARTICLES: ReadonlySet<string> = new Set(['los', 'las']);

/** Country-like neighbourhood for ambiguous names: "in Chad", "Chad's", "Niger, Chad and Mali". */
function placeContext(doc: TokenizedText, c: Candidate, accepted: ReadonlySet<Candidate>): boolean {
  const t = doc.tokens;
  const prev = itemAt(t, c.start - 1);
  if (prev !== undefined && PLACE_PREPOSITIONS.has(prev.norm) && !/[.!?;:\n]/.test(gapBefore(doc, c.start))) {
    return true;
  }
  const next = t[c.end];
  if (next !== undefined && next.norm === 's' && /^['’]$/.test(gapBefore(doc, c.end))) return true;
  for (const a of accepted) {
    if (a.kind !== 'name' || a === c) continue;
    const before = a.end <= c.start && c.start - a.end <= 2;
    const after = c.end <= a.start && a.start - c.end <= 2;
    if (!before && !after) continue;
    const from = t[before ? a.end - 1 : c.end - 1];
    const to = t[before ? c.start : a.start];
    if (from !== undefined && to !== undefined && !/[.!?;:\n]/.test(doc.text.slice(from.end, to.start))) return true;
  }
  return false;
}

export function findPlaces(doc: TokenizedText, from = 0, evidence: ReadonlySet<string> = new Set()): PlaceMatch[] {
  return resolveAmbiguous([{ doc, candidates: scan(doc, from) }], evidence)[0] ?? [];
}

/**
 * Ambiguous names are decided after the unambiguous pass so that evidence
 * from anywhere in the release (a demonym, a capital, the dateline) counts.
 */
function resolveAmbiguous(
  parts: readonly { doc: TokenizedText; candidates: Candidate[]; excluded?: ReadonlySet<number> | undefined }[],
  extraEvidence: ReadonlySet<string>,
): PlaceMatch[][] {
  const evidence = new Set(extraEvidence);
  const valid = mapped(parts, ({ doc, candidates, excluded }) => kept(candidates, (c) => locallyValid(doc, c, excluded)));
  for (const list of valid) for (const c of list) if (!c.entry.ambiguous) evidence.add(c.code);
  return mapped(parts, ({ doc }, k) => {
    const list = valid[k] ?? [];
    const accepted = new Set(list.filter((c) => !c.entry.ambiguous));
    // Fixpoint so that lists of ambiguous names ("Chad, Jordan and Georgia") support each other.
    for (let changed = true; changed;) {
      changed = false;
      for (const c of list) {
        if (accepted.has(c)) continue;
        if (evidence.has(c.code) || placeContext(doc, c, accepted)) {
          accepted.add(c);
          changed = true;
        }
      }
    }
    return mapped(
      kept(list, (c) => accepted.has(c)),
      (c) => placeMatch(c, c.code),
    );
  });
}

/**
 * Short forms shared by two countries: a bare "Congo" is the Republic of the Congo by default, but
 * in a text that names the DR Congo in full ("RDC", "DRC") and the Republic nowhere else, the bare
 * word is the usual shorthand for the DR Congo ("fresh Congo violence", "the Congo side").
 */
const SHORTHANDS: readonly { word: string; from: string; to: string }[] = [{ word: 'congo', from: 'CG', to: 'CD' }];

/** A match with another country: the same fields in the same order as every other match (one hidden class). */
function placeMatch({ kind, start, end, office }: PlaceMatch, code: string): PlaceMatch {
  return { code, kind, start, end, office };
}

function resolveShorthands(docs: readonly TokenizedText[], matches: PlaceMatch[][]): PlaceMatch[][] {
  let out = matches;
  for (const { word, from, to } of SHORTHANDS) {
    const bare = (m: PlaceMatch, d: number): boolean => m.code === from && m.end - m.start === 1 && docs[d]?.tokens[m.start]?.norm === word;
    const hasTo = out.some((list) => list.some((m) => m.code === to));
    const otherFrom = out.some((list, d) => list.some((m) => m.code === from && !bare(m, d)));
    if (!hasTo || otherFrom) continue;
    out = mapped(out, (list, d) => mapped(list, (m) => (bare(m, d) ? placeMatch(m, to) : m)));
  }
  return out;
}

export interface Dateline {
  readonly code: string;
  readonly office: boolean;
  /** The other countries a dateline of several offices names ("BAMAKO / GENÈVE": CH). */
  readonly others: readonly string[];
}

// Memo of dateline countries: a source's releases repeat the same few datelines ("GENÈVE").
const DATELINES = new Map<string, Dateline | null>();
const DATELINES_MAX = 5_000;

/** Country of a dateline ("BOGOTÁ, Colombia", "Genève"): a country name beats a city. */
export function datelineCountry(dateline: string): Dateline | null {
  let found = DATELINES.get(dateline);
  if (found === undefined) {
    found = datelineCountryUncached(dateline);
    if (DATELINES.size >= DATELINES_MAX) DATELINES.clear();
    DATELINES.set(dateline, found);
  }
  return found;
}

function datelineCountryUncached(dateline: string): Dateline | null {
  const doc = tokenize(dateline);
  const places = resolveAmbiguous([{ doc, candidates: scan(doc, 0) }], new Set())[0] ?? [];
  const pick = places.find((p) => p.kind === 'name') ?? places.find((p) => p.kind === 'city') ?? places[0];
  if (pick === undefined) return null;
  const others = [...new Set(places.map((p) => p.code))].filter((c) => c !== pick.code);
  // Frozen: the memo hands the same object to every release with this dateline.
  return Object.freeze({ code: pick.code, office: places.some((p) => p.office && p.code === pick.code), others: Object.freeze(others) });
}

export interface CountryDetection {
  readonly countries: CountryTag[];
  readonly primary: string | null;
  /** The country a "Haïti : ..." title announces, when it does. */
  readonly titleSubject: string | null;
  /** Every country found with its weight (demonyms count less, refugees' nationality nothing) and whether the title names it, heaviest first. */
  readonly weights: readonly CountryWeight[];
  readonly dateline: Dateline | null;
  readonly bodyMatches: readonly PlaceMatch[];
  readonly titleMatches: readonly PlaceMatch[];
}

export interface CountryWeight {
  readonly code: string;
  readonly weight: number;
  readonly inTitle: boolean;
}

/** Demonyms often give a nationality ("migrants vénézuéliens") rather than the place of the story. */
const WEIGHT: Readonly<Record<PlaceKind, number>> = { name: 1, city: 1, region: 1, demonym: 0.6, block: 0 };

interface Stat {
  code: string;
  mentions: number;
  weight: number;
  inTitle: boolean;
  first: number;
}

/**
 * `personTokens`: body token indices inside people's names ("Kenya Morales",
 * "Marie-France Kaboré"), which are not country mentions.
 */
export function detectCountries(
  title: TokenizedText | null,
  body: TokenizedText,
  dateline: string | null,
  personTokens?: ReadonlySet<number>,
): CountryDetection {
  const datelinePlace = dateline === null ? null : datelineCountry(dateline);
  const parts: { doc: TokenizedText; candidates: Candidate[]; excluded?: ReadonlySet<number> | undefined }[] = [
    { doc: body, candidates: scan(body, 0), excluded: personTokens },
  ];
  if (title !== null) parts.push({ doc: title, candidates: scan(title, 0) });
  const docs = title === null ? [body] : [body, title];
  let resolved = resolveShorthands(docs, resolveAmbiguous(parts, datelinePlace === null ? new Set() : new Set([datelinePlace.code])));
  if (datelinePlace === null && resolved.every((r) => r.length === 0)) resolved = bareSubdivisions(parts);
  const bodyMatches = resolved[0] ?? emptyList<PlaceMatch>();
  const titleMatches = resolved[1] ?? emptyList<PlaceMatch>();

  const stats = new Map<string, Stat>();
  const bump = (doc: TokenizedText, m: PlaceMatch, inTitle: boolean, order: number): void => {
    let s = stats.get(m.code);
    if (s === undefined) {
      s = { code: m.code, mentions: 0, weight: 0, inTitle: false, first: order };
      stats.set(m.code, s);
    }
    s.mentions++;
    // Refugees' nationality is still a mention, but says where the story is not.
    if (originMention(doc, m)) return;
    s.weight += WEIGHT[m.kind];
    if (inTitle) s.inTitle = true;
    if (order < s.first) s.first = order;
  };
  // Title matches sort before body matches for "first mention".
  if (title !== null) titleMatches.forEach((m, i) => bump(title, m, true, i - 1e6));
  bodyMatches.forEach((m, i) => bump(body, m, false, i));

  const subject = titleSubject(title, titleMatches);
  const weights = sortedInPlace(
    mapped(valuesOf(stats), ({ code, weight, inTitle }) => ({ code, weight, inTitle })),
    (a, b) => b.weight - a.weight,
  );
  // A donor the title names is not where the action is, unless it is the only country found.
  const donors = titleDonors(title, titleMatches);
  const candidates = kept(valuesOf(stats), (s) => !donors.has(s.code));
  // A title taking people to a country, or holding its event there, names where the action is.
  const primary =
    subject ?? titlePlace(title, titleMatches) ?? choosePrimary(candidates.length > 0 ? candidates : [...stats.values()], datelinePlace);
  // A dateline names countries too (labelling guidelines: "datelines included"), a headquarters
  // one as well: it only weighs nothing in the choice of the primary country above.
  const named = datelinePlace === null ? [] : [datelinePlace.code, ...datelinePlace.others];
  for (const code of named) {
    const s = stats.get(code);
    if (s === undefined) stats.set(code, { code, mentions: 1, weight: 1, inTitle: false, first: -2e6 });
    else s.mentions++;
  }
  const ordered = sortedInPlace(
    valuesOf(stats),
    (a, b) => Number(b.code === primary) - Number(a.code === primary) || b.mentions - a.mentions || a.first - b.first,
  );
  const countries = mapped(ordered, (s) => ({
    code: s.code,
    name: countryName(s.code),
    role: s.code === primary ? ('primary' as const) : ('mentioned' as const),
    mentions: s.mentions,
  }));
  return { countries, primary, titleSubject: subject, weights, dateline: datelinePlace, bodyMatches, titleMatches };
}

/**
 * Local news often names no country at all, only its provinces ("En Aguazul, Casanare, ...",
 * "Kwilu : ..."). When nothing else was found, subdivisions count without an administrative
 * word, but only if every one of them belongs to the same country.
 */
function bareSubdivisions(parts: readonly { doc: TokenizedText; excluded?: ReadonlySet<number> | undefined }[]): PlaceMatch[][] {
  const found = mapped(parts, ({ doc, excluded }) =>
    kept(scan(doc, 0, true), (c) => c.kind === 'region' && locallyValid(doc, c, excluded)),
  );
  const codes = new Set(found.flat().map((c) => c.code));
  if (codes.size !== 1) return mapped(parts, () => emptyList<PlaceMatch>());
  return mapped(found, (list) => mapped(list, (c) => placeMatch(c, c.code)));
}

/**
 * Titles of the form "Haïti : ..." / "Niger – ..." announce their subject
 * country explicitly; that beats every other signal.
 */
function titleSubject(title: TokenizedText | null, matches: readonly PlaceMatch[]): string | null {
  if (title === null) return null;
  const sep = /^[^:–—|]{2,60}?\s*[:–—|]\s/.exec(title.text);
  if (sep === null) return null;
  const limit = sep[0].length;
  const m = matches.find((p) => p.kind === 'name' && (title.tokens[p.end - 1]?.end ?? Infinity) <= limit);
  return m?.code ?? null;
}

function byStrength(a: Stat, b: Stat): number {
  return b.weight - a.weight || Number(b.inTitle) - Number(a.inTitle) || a.first - b.first;
}

/**
 * The dateline country wins unless the release is plainly about another one:
 * the title names another country and not the dateline's, or another country
 * is mentioned far more often. A headquarters dateline (Geneva, New York) only
 * says where the office is, so any country mentioned more than it takes over.
 */
function choosePrimary(stats: readonly Stat[], datelinePlace: Dateline | null): string | null {
  if (stats.length === 0) return datelinePlace?.code ?? null;
  const TITLE_BONUS = 2;
  const score = (s: Stat): number => s.weight + (s.inTitle ? TITLE_BONUS : 0);
  // At equal score the title decides: a title's "..., Syria" over the same weight in the body.
  const ranked = sortedInPlace([...stats], (a, b) => score(b) - score(a) || Number(b.inTitle) - Number(a.inTitle) || byStrength(a, b));
  if (datelinePlace === null) return ranked[0]?.code ?? null;

  const d = stats.find((s) => s.code === datelinePlace.code);
  const dWeight = d?.weight ?? 0;
  const dInTitle = d?.inTitle ?? false;
  const others = stats.filter((s) => s.code !== datelinePlace.code);
  const titled = sortedInPlace(
    others.filter((s) => s.inTitle),
    byStrength,
  );
  if (!dInTitle && titled[0] !== undefined) return titled[0].code;
  const challenger = sortedInPlace(others, byStrength)[0];
  if (challenger === undefined) return datelinePlace.code;
  if (dInTitle && !challenger.inTitle) return datelinePlace.code;
  const wins = datelinePlace.office ? challenger.weight > dWeight : challenger.weight >= 2 * dWeight + 2;
  return wins ? challenger.code : datelinePlace.code;
}
