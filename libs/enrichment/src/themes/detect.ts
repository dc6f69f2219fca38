import { mapped, sortedInPlace, valuesOf } from '../arrays.js';
import { expandForms, PhraseTrie } from '../text/phrase-trie.js';
import { dictionarySet, intern, phraseKeys, type TokenizedText } from '../text/tokenize.js';
import { THEME_BLOCKS, THEMES, type ThemeId } from './vocabulary.js';

export interface ThemeTag {
  id: ThemeId;
  score: number;
  reliefwebTheme: string;
  evidence: string[];
}

interface Term {
  readonly theme: number; // index into THEMES; -1 for blocking phrases
  readonly weight: number;
  /** Accent-sensitive form (lowercased tokens) or null. */
  readonly exact: readonly string[] | null;
  /** Acronym that must be written in capitals (AIDS, IDP, DTM). */
  readonly upper: boolean;
}

/** Terms sharing one key are grouped so a phrase can feed several themes ("victimes de traite"). */
interface Group {
  readonly key: string;
  readonly terms: readonly Term[];
}

function buildTrie(): PhraseTrie<Group> {
  const groups = new Map<string, { keys: string[]; terms: Term[] }>();
  const add = (raw: string, theme: number, weight: number): void => {
    let phrase = raw.trim();
    if (phrase === '') return;
    const exact = phrase.startsWith('=');
    const upper = phrase.startsWith('^');
    if (exact || upper) phrase = phrase.slice(1);
    for (const form of expandForms(phrase)) {
      const keys = phraseKeys(form);
      if (keys.length === 0) continue;
      const k = keys.join(' ');
      const term: Term = {
        theme,
        weight,
        exact: exact
          ? form
              .toLowerCase()
              .split(/[^\p{L}\p{N}]+/u)
              .filter((s) => s !== '')
          : null,
        upper,
      };
      const g = groups.get(k);
      if (g === undefined) groups.set(k, { keys, terms: [term] });
      else if (!g.terms.some((t) => t.theme === theme && t.weight >= weight && t.exact === null)) g.terms.push(term);
    }
  };
  THEMES.forEach((def, i) => {
    for (const w of [3, 2, 1] as const) {
      const list = def.terms[w];
      if (list !== undefined) for (const p of list.split(';')) add(p, i, w);
    }
  });
  for (const p of THEME_BLOCKS) add(p, -1, 0);
  const trie = new PhraseTrie<Group>();
  for (const [key, { keys, terms }] of groups) {
    // A blocking phrase only blocks where no theme claims the same words.
    const themed = terms.filter((t) => t.theme >= 0);
    trie.add(keys, { key, terms: themed.length > 0 ? themed : terms });
  }
  return trie;
}

const TRIE = buildTrie();
const BY_ID = new Map(THEMES.map((t) => [t.id, t]));

function termOk(doc: TokenizedText, t: Term, start: number, end: number): boolean {
  if (t.exact !== null) {
    for (let i = start; i < end; i++) {
      const tok = doc.tokens[i];
      if (tok === undefined || doc.text.slice(tok.start, tok.end).toLowerCase() !== t.exact[i - start]) return false;
    }
  }
  if (t.upper) {
    for (let i = start; i < end; i++) {
      const tok = doc.tokens[i];
      if (tok === undefined) return false;
      const raw = doc.text.slice(tok.start, tok.end);
      if (raw.replace(/[^\p{Lu}]/gu, '').length < Math.min(2, raw.length)) return false;
    }
  }
  return true;
}

interface ThemeTally {
  weight: number;
  titleWeight: number;
  hits: number;
  titleHit: boolean;
  /** A hit in the lead (first paragraph, capped), which says what the release is about. */
  leadHit: boolean;
  maxWeight: number;
  /**
   * Body sentences with a hit (how much of the text the theme runs through). The body is scanned in
   * order, so a sentence is new when it differs from the last one counted: no set is needed.
   */
  sentences: number;
  lastSentence: number;
  /** Group key -> [surface form, accumulated weight]. */
  evidence: Map<string, [string, number]>;
}

/** An empty tally, made at a theme's first hit. */
function newTally(): ThemeTally {
  return {
    weight: 0,
    titleWeight: 0,
    hits: 0,
    titleHit: false,
    leadHit: false,
    maxWeight: 0,
    sentences: 0,
    lastSentence: -1,
    evidence: new Map(),
  };
}

/** Hits in the title weigh this much more than in the body. */
const TITLE_FACTOR = 2.5;
/** Reference length (tokens) below which no length discount applies. */
const REF_TOKENS = 150;
/** Score saturation constant: weighted density at which score reaches ~63 %. */
const SATURATION = 6;
const MIN_SCORE = 0.35;
const MAX_EVIDENCE = 5;
const ORG_NAME_FACTOR = 0.5;
/** The lead: the body's first paragraph, at most this many tokens (a headline glued to the body included). */
const LEAD_TOKENS = 60;
/** Hits in the lead weigh this much more than later body hits. */
const LEAD_FACTOR = 2;
/** A theme scoring below this fraction of the release's top theme, with no title or lead hit, is dropped. */
const RELATIVE_FLOOR = 0.45;

function surfaceOf(doc: TokenizedText, from: number, to: number): string {
  const a = doc.tokens[from];
  const b = doc.tokens[to - 1];
  if (a === undefined || b === undefined) return '';
  const surface = doc.text.slice(a.start, b.end).toLowerCase();
  // One word holds no space to collapse.
  return to - from === 1 ? surface : surface.replace(/\s+/g, ' ');
}

/** Start offsets of the text's sentences after the first (a stop, "!" or "?" then a space, or a blank line). */
const SENTENCE_END = /[.!?]["»”)]?\s+|\n\s*\n/g;

function sentenceStarts(text: string): number[] {
  const out: number[] = [];
  // test on one hoisted global regex: a match's end is its lastIndex, so no match array is made (every
  // match is at least two characters long, so lastIndex always moves on).
  SENTENCE_END.lastIndex = 0;
  while (SENTENCE_END.test(text)) out.push(SENTENCE_END.lastIndex);
  return out;
}

/** Scans one text; returns its number of sentences. */
function scan(doc: TokenizedText, tallies: (ThemeTally | undefined)[], inTitle: boolean, skip: Uint8Array | undefined): number {
  const tokens = doc.tokens;
  const leadEnd = inTitle ? 0 : leadTokens(doc);
  const starts = inTitle ? [] : sentenceStarts(doc.text);
  let sentence = 0;
  const accept = (g: Group, s: number, e: number): boolean => {
    for (const t of g.terms) if (termOk(doc, t, s, e)) return true;
    return false;
  };
  for (let i = 0; i < tokens.length;) {
    const m = TRIE.longest(tokens, i, accept);
    if (m === null) {
      i++;
      continue;
    }
    // "la traite des personnes": a short phrase must not steal the head of a
    // longer one starting on its second word.
    if (m.end - i > 1) {
      const next = TRIE.longest(tokens, i + 1, accept);
      if (next !== null && next.end > m.end) {
        i++;
        continue;
      }
    }
    // Words inside an organisation's name ("Commission des droits de l'homme") say less about the
    // release's topic than the same words in running text: they count half.
    // The lead boost does not apply to organisation names: an agency named first says nothing more.
    const inName = skip !== undefined && skip[i] === 1;
    const at = tokens[i]?.start ?? 0;
    while (sentence < starts.length && (starts[sentence] ?? Infinity) <= at) sentence++;
    const inLead = !inTitle && !inName && i < leadEnd;
    const factor = inName ? ORG_NAME_FACTOR : inLead ? LEAD_FACTOR : 1;
    let lastTheme = -2;
    for (const t of m.value.terms) {
      // Terms of one group are stored theme by theme; count each theme once per match.
      if (t.theme < 0 || t.theme === lastTheme || !termOk(doc, t, i, m.end)) continue;
      lastTheme = t.theme;
      const tally = (tallies[t.theme] ??= newTally());
      tally.hits++;
      if (t.weight > tally.maxWeight) tally.maxWeight = t.weight;
      if (inTitle) {
        tally.titleWeight += t.weight * TITLE_FACTOR * factor;
        tally.titleHit = true;
      } else {
        tally.weight += t.weight * factor;
        if (sentence !== tally.lastSentence) {
          tally.sentences++;
          tally.lastSentence = sentence;
        }
        if (inLead) tally.leadHit = true;
      }
      const ev = tally.evidence.get(m.value.key);
      if (ev !== undefined) ev[1] += t.weight;
      else tally.evidence.set(m.value.key, [surfaceOf(doc, i, m.end), t.weight]);
    }
    i = m.end;
  }
  return starts.length + 1;
}

/** Number of lead tokens: those of the first paragraph, at most LEAD_TOKENS. */
export function leadTokens(doc: TokenizedText): number {
  const brk = doc.text.indexOf('\n\n');
  // Every token starts before the text's end (an integer, where Infinity made this code deoptimise once).
  const end = brk < 0 ? doc.text.length : brk;
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.tokens[mid]?.start ?? Infinity) < end) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, LEAD_TOKENS);
}

/** Options of `themeCandidates` and `detectThemes` (scoring and the hand rule are described there). */
export interface ThemeOptions {
  /** Tokens inside organisation names (1), whose theme words count half. */
  readonly skipBody?: Uint8Array | undefined;
  readonly skipTitle?: Uint8Array | undefined;
  /** Score threshold (diagnostics may lower it). */
  readonly minScore?: number;
}

/**
 * Words that make a text about people on the move. Themes in NEEDS_MIGRATION are only tagged when
 * such words occur: health, HIV or vaccination news without migrants or displaced people is
 * general health news, not "migration health".
 */
const MIGRATION_WORDS: ReadonlySet<string> = dictionarySet([
  'migrant',
  'migrants',
  'migrante',
  'migrantes',
  'migration',
  'migrations',
  'migracion',
  'migraciones',
  'migratoire',
  'migratoires',
  'migratory',
  'migratorio',
  'migratoria',
  'migratorios',
  'migratorias',
  'refugie',
  'refugies',
  'refugiee',
  'refugiees',
  'refugee',
  'refugees',
  'refugiado',
  'refugiados',
  'refugiada',
  'refugiadas',
  'deplace',
  'deplaces',
  'deplacee',
  'deplacees',
  'displaced',
  'desplazado',
  'desplazados',
  'desplazada',
  'desplazadas',
  'displacement',
  'deplacement',
  'deplacements',
  'desplazamiento',
  'desplazamientos',
  'idp',
  'idps',
  'pdi',
  'pdis',
  'asylum',
  'asile',
  'asilo',
  'returnee',
  'returnees',
  'retourne',
  'retournes',
  'retornado',
  'retornados',
  'retornadas',
]);
const NEEDS_MIGRATION: ReadonlySet<ThemeId> = new Set(['migration-health']);

const MIN_MIGRATION_WORDS = 1;

/** 1 at the word id of each migration word (they are interned), so a token is tested without hashing its string. */
const MIGRATION_IDS: Uint8Array = (() => {
  const ids = [...MIGRATION_WORDS].map(intern);
  const marks = new Uint8Array(Math.max(...ids) + 1);
  for (const id of ids) marks[id] = 1;
  return marks;
})();

/** Migration words in the texts, counted up to MIN_MIGRATION_WORDS (all the gate needs to know). */
function migrationWords(docs: readonly (TokenizedText | null)[]): number {
  let n = 0;
  for (const d of docs) {
    if (d === null) continue;
    for (const t of d.tokens) if (t.id >= 0 && MIGRATION_IDS[t.id] === 1 && ++n >= MIN_MIGRATION_WORDS) return n;
  }
  return n;
}

/** The surface forms of a theme's heaviest matched phrases, heaviest first (ties in order of first match). */
function topEvidence(evidence: ReadonlyMap<string, readonly [string, number]>): string[] {
  // Sorted and cut in place: no spread, no slice, no sort's work array.
  const entries = sortedInPlace(valuesOf(evidence), (x, y) => y[1] - x[1]);
  if (entries.length > MAX_EVIDENCE) entries.length = MAX_EVIDENCE;
  return mapped(entries, (e) => e[0]);
}

/** A theme the release's words point to, with what the decision is made from. */
export interface ThemeCandidate {
  readonly id: ThemeId;
  /** Saturating weighted density, 0..1 (see below). */
  readonly score: number;
  /** score / the release's highest candidate score. */
  readonly relative: number;
  readonly titleHit: boolean;
  readonly leadHit: boolean;
  readonly hits: number;
  /** Distinct matched phrases. */
  readonly distinct: number;
  /** Highest term weight matched (1..3). */
  readonly maxWeight: number;
  /** Share of the body's sentences with a hit. */
  readonly coverage: number;
  /** 1 for the highest-scoring candidate, 2 for the next... */
  readonly rank: number;
  readonly evidence: readonly string[];
}

/**
 * Every theme with a hit, scored. Score = saturating function
 * of weighted hit density (body hits discounted by sqrt of length, title and lead hits boosted),
 * times a diversity factor so one repeated word scores less than several distinct terms.
 * Themes in NEEDS_MIGRATION are left out of texts without migration words.
 */
export function themeCandidates(title: TokenizedText | null, body: TokenizedText, options: ThemeOptions = {}): ThemeCandidate[] {
  // A theme's tally is made at its first hit: most themes have none in a release.
  const tallies: (ThemeTally | undefined)[] = new Array<ThemeTally | undefined>(THEMES.length).fill(undefined);
  const sentences = scan(body, tallies, false, options.skipBody);
  if (title !== null) scan(title, tallies, true, options.skipTitle);
  const lengthFactor = Math.sqrt(Math.max(body.tokens.length, REF_TOKENS) / REF_TOKENS);
  const raw: Omit<ThemeCandidate, 'relative' | 'rank'>[] = [];
  let migration: number | null = null; // counted lazily, only when a gated theme has hits
  tallies.forEach((a, i) => {
    const def = THEMES[i];
    if (def === undefined || a === undefined || a.hits === 0) return;
    if (NEEDS_MIGRATION.has(def.id) && (migration ??= migrationWords([title, body])) < MIN_MIGRATION_WORDS) return;
    const density = a.weight / lengthFactor + a.titleWeight;
    const diversity = Math.min(1, 0.55 + 0.15 * a.evidence.size);
    const evidence = topEvidence(a.evidence);
    raw.push({
      id: def.id,
      score: (1 - Math.exp(-density / SATURATION)) * diversity,
      titleHit: a.titleHit,
      leadHit: a.leadHit,
      hits: a.hits,
      distinct: a.evidence.size,
      maxWeight: a.maxWeight,
      coverage: a.sentences / sentences,
      evidence,
    });
  });
  sortedInPlace(raw, (a, b) => b.score - a.score);
  const top = raw[0]?.score ?? 0;
  // Built field by field (same order as a spread): copying with a spread cost more than the rest of this loop.
  return mapped(raw, (c, i) => ({
    id: c.id,
    score: c.score,
    titleHit: c.titleHit,
    leadHit: c.leadHit,
    hits: c.hits,
    distinct: c.distinct,
    maxWeight: c.maxWeight,
    coverage: c.coverage,
    evidence: c.evidence,
    relative: top === 0 ? 0 : c.score / top,
    rank: i + 1,
  }));
}

/**
 * The hand rule: a theme is tagged above `minScore`, with two hits or a title hit; a theme named
 * neither in the title nor in the lead is dropped when it scores below RELATIVE_FLOOR of the
 * release's top theme (a side topic, not what the release is about).
 */
export function ruleThemes(candidates: readonly ThemeCandidate[], minScore = MIN_SCORE): ThemeTag[] {
  // Generic words alone (weight 1) never make a theme, however often they occur.
  const kept = candidates.filter((c) => c.maxWeight >= 2 && c.score >= minScore && (c.hits >= 2 || c.titleHit));
  const top = kept.reduce((m, c) => Math.max(m, c.score), 0);
  return kept.filter((c) => c.titleHit || c.leadHit || c.score >= RELATIVE_FLOOR * top).map((c) => tag(c, c.score));
}

export function tag(c: ThemeCandidate, score: number): ThemeTag {
  const def = BY_ID.get(c.id);
  return { id: c.id, score: Math.round(score * 1000) / 1000, reliefwebTheme: def?.reliefweb ?? '', evidence: [...c.evidence] };
}

export function detectThemes(title: TokenizedText | null, body: TokenizedText, options: ThemeOptions = {}): ThemeTag[] {
  return ruleThemes(themeCandidates(title, body, options), options.minScore);
}

export const THEME_IDS: readonly ThemeId[] = THEMES.map((t) => t.id);

export function themeLabel(id: ThemeId, language: 'fr' | 'en' | 'es'): string {
  return BY_ID.get(id)?.labels[language] ?? id;
}
