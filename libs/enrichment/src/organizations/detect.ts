import { mapped, valuesOf } from '../arrays.js';
import type { PlaceMatch } from '../countries/detect.js';
import { CONNECTORS, sentenceInitial } from '../text/neighbouring-words.js';
import { PhraseTrie } from '../text/phrase-trie.js';
import { dictionarySet, fold, intern, phraseKeys, type Token, type TokenizedText } from '../text/tokenize.js';
import { INSTITUTION_HEADS, MINISTRY_HEADS, NAME_STOPS, PORTFOLIOS } from './institution-words.js';
import { KNOWN_ORGANIZATIONS } from './known-organizations.js';

export interface OrganizationTag {
  id: string;
  name: string;
}

interface KnownEntry {
  readonly id: string;
  readonly acronym: boolean;
}

function buildKnown(): PhraseTrie<KnownEntry> {
  const trie = new PhraseTrie<KnownEntry>();
  for (const [id, { forms }] of Object.entries(KNOWN_ORGANIZATIONS)) {
    for (const raw of forms.split(';')) {
      let f = raw.trim();
      const acronym = f.startsWith('^');
      if (acronym) f = f.slice(1);
      const optional = /\(([^)]*)\)/;
      const variants = optional.test(f) ? [f.replace(optional, '$1'), f.replace(optional, '')] : [f];
      for (const v of variants) trie.add(phraseKeys(v), { id, acronym });
    }
  }
  return trie;
}

const KNOWN_TRIE = buildKnown();
// Heads are dictionary words, so a token without a word id (most of them) is no head, and the others
// are tested by id: 1 at the word id of each head.
const HEAD_IDS: Uint8Array = (() => {
  const ids = [...dictionarySet(INSTITUTION_HEADS)].map(intern);
  const marks = new Uint8Array(Math.max(...ids) + 1);
  for (const id of ids) marks[id] = 1;
  return marks;
})();

const MAX_NAME_TOKENS = 12;

function orgSlug(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function acronymOk(doc: TokenizedText, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (doc.tokens[i]?.upper !== true) return false;
  return true;
}

/** "Ministère ... et de la Justice" continues; "... et la Commission nationale" starts another name. */
function conjunctionContinues(tokens: readonly Token[], i: number, lowercaseNames: boolean): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    const t = tokens[j];
    if (t === undefined || !t.join) return false;
    if (CONNECTORS.has(t.norm)) continue;
    if (INSTITUTION_HEADS.has(t.norm)) return false;
    if (t.cap) return true;
    return lowercaseNames && PORTFOLIO_KEYS.has(t.norm);
  }
  return false;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Extends an institution name from its head word: capitalised words and glue
 * words always; lowercase words too in French and Spanish, which capitalise
 * only the first word ("Comité interinstitutionnel pour l'aide aux victimes").
 */
function extendName(doc: TokenizedText, head: number, covered: Uint8Array, lowercaseNames: boolean): Span {
  const tokens = doc.tokens;
  let end = head + 1;
  let lastContent = head;
  // Once a proper noun has been reached ("... de Tapachula"), a lowercase word ends the name.
  let sawProper = false;
  let lowerRun = 0;
  for (let i = head + 1; i < tokens.length && i - head <= MAX_NAME_TOKENS; i++) {
    const t = tokens[i];
    if (t === undefined || !t.join || covered[i] === 1) break;
    const raw = doc.text.slice(t.start, t.end);
    if (t.norm === 'et' || t.norm === 'y' || t.norm === 'and') {
      if (!conjunctionContinues(tokens, i, lowercaseNames)) break;
      end = i + 1;
      continue;
    }
    if (CONNECTORS.has(t.norm) && raw !== 'a') {
      end = i + 1;
      continue;
    }
    if (NAME_STOPS.has(t.norm) || /^\d/.test(t.norm)) break;
    if (t.cap) {
      sawProper = true;
      lowerRun = 0;
      end = i + 1;
      lastContent = i;
      continue;
    }
    if (lowercaseNames && !sawProper && ++lowerRun <= 6) {
      end = i + 1;
      lastContent = i;
      continue;
    }
    break;
  }
  return { start: head, end: Math.min(end, lastContent + 1) };
}

/** English puts the head last ("Colombian National Police"): take capitalised words before it. */
function extendBack(doc: TokenizedText, head: number, covered: Uint8Array): number {
  let s = head;
  while (s > 0) {
    const cur = doc.tokens[s];
    const prev = doc.tokens[s - 1];
    if (cur === undefined || prev === undefined || !cur.join || covered[s - 1] === 1) break;
    if (!prev.cap || prev.upper || CONNECTORS.has(prev.norm) || sentenceInitial(doc, s - 1)) break;
    s--;
  }
  return s;
}

const PORTFOLIO_KEYS: ReadonlySet<string> = new Set(PORTFOLIOS.map(([k]) => k));
/** Portfolio keys padded with spaces once, so a lookup builds no string per portfolio. */
const PADDED_PORTFOLIOS: readonly (readonly [string, string])[] = PORTFOLIOS.map(([k, id]) => [` ${k} `, id]);

function portfolioOf(keys: string): string | null {
  let best: { at: number; id: string } | null = null;
  const padded = ` ${keys} `;
  for (const [k, id] of PADDED_PORTFOLIOS) {
    const at = padded.indexOf(k);
    if (at >= 0 && (best === null || at < best.at)) best = { at, id };
  }
  return best?.id ?? null;
}

function spanText(doc: TokenizedText, s: Span): string {
  const a = doc.tokens[s.start];
  const b = doc.tokens[s.end - 1];
  return a === undefined || b === undefined ? '' : doc.text.slice(a.start, b.end).replace(/\s+/g, ' ');
}

/** Country of a ministry: a country word inside or just before the name, else the release's primary country. */
function ministryCountry(span: Span, places: readonly PlaceMatch[], primary: string | null): string {
  for (const p of places) {
    if (p.start >= span.start - 3 && p.end <= span.end + 1 && (p.kind === 'demonym' || p.start >= span.start)) return p.code;
  }
  return primary ?? 'XX';
}

export interface OrganizationDetection {
  readonly organizations: OrganizationTag[];
  /** Per document, 1 for tokens inside an organisation's name. */
  readonly covered: readonly Uint8Array[];
}

/** Organisations and the tokens their names cover (so names are not read as topical text). */
export function findOrganizations(
  docs: readonly TokenizedText[],
  language: string,
  placesByDoc: readonly (readonly PlaceMatch[])[],
  primary: string | null,
): OrganizationDetection {
  const out = new Map<string, OrganizationTag>();
  const lowercaseNames = language === 'fr' || language === 'es';
  const coveredByDoc = mapped(docs, (doc) => new Uint8Array(doc.tokens.length));
  docs.forEach((doc, d) => {
    const tokens = doc.tokens;
    const covered = coveredByDoc[d] ?? new Uint8Array(tokens.length);
    const places = placesByDoc[d] ?? [];
    const accept = (e: KnownEntry, s: number, en: number): boolean => (e.acronym ? acronymOk(doc, s, en) : tokens[s]?.cap === true);
    for (let i = 0; i < tokens.length;) {
      const m = KNOWN_TRIE.longest(tokens, i, accept);
      if (m === null) {
        i++;
        continue;
      }
      for (let k = i; k < m.end; k++) covered[k] = 1;
      const known = KNOWN_ORGANIZATIONS[m.value.id];
      if (known !== undefined && !out.has(m.value.id)) out.set(m.value.id, { id: m.value.id, name: known.name });
      i = m.end;
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined || t.id < 0 || HEAD_IDS[t.id] !== 1 || covered[i] === 1) continue;
      const ministry = MINISTRY_HEADS.has(t.norm);
      if (!t.cap && !(ministry && lowercaseNames)) continue;
      const fwd = extendName(doc, i, covered, lowercaseNames);
      const span = { start: lowercaseNames ? i : extendBack(doc, i, covered), end: fwd.end };
      if (span.end - span.start < 2) continue;
      const keys = mapped(tokens.slice(span.start, span.end), (x) => x.norm).join(' ');
      const name = spanText(doc, span);
      const portfolio = ministry ? portfolioOf(keys) : null;
      const id = portfolio !== null ? `MINISTRY:${ministryCountry(span, places, primary)}:${portfolio}` : `ORG:${orgSlug(name)}`;
      if (!out.has(id)) out.set(id, { id, name });
      for (let k = span.start; k < span.end; k++) covered[k] = 1;
      i = span.end - 1;
    }
  });
  return { organizations: valuesOf(out), covered: coveredByDoc };
}

export function detectOrganizations(
  docs: readonly TokenizedText[],
  language: string,
  placesByDoc: readonly (readonly PlaceMatch[])[],
  primary: string | null,
): OrganizationTag[] {
  return findOrganizations(docs, language, placesByDoc, primary).organizations;
}
