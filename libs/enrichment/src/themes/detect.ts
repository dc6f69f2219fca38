import { expandForms, PhraseTrie } from '../text/phrase-trie.js';
import { phraseKeys, type TokenizedText } from '../text/tokenize.js';
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
        exact: exact ? form.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((s) => s !== '') : null,
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

interface Acc {
  weight: number;
  titleWeight: number;
  hits: number;
  titleHit: boolean;
  /** A hit in the lead (first paragraph, capped), which says what the release is about. */
  leadHit: boolean;
  maxWeight: number;

  /** Group key -> [surface form, accumulated weight]. */
  evidence: Map<string, [string, number]>;
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
  return a === undefined || b === undefined ? '' : doc.text.slice(a.start, b.end).toLowerCase().replace(/\s+/g, ' ');
}

function scan(doc: TokenizedText, accs: Acc[], inTitle: boolean, skip: Uint8Array | undefined): void {
  const tokens = doc.tokens;
  const leadEnd = inTitle ? 0 : leadTokens(doc);
  const accept = (g: Group, s: number, e: number): boolean => g.terms.some((t) => termOk(doc, t, s, e));
  for (let i = 0; i < tokens.length; ) {
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
    const inLead = !inTitle && !inName && i < leadEnd;
    const factor = inName ? ORG_NAME_FACTOR : inLead ? LEAD_FACTOR : 1;
    let lastTheme = -2;
    for (const t of m.value.terms) {
      // Terms of one group are stored theme by theme; count each theme once per match.
      if (t.theme < 0 || t.theme === lastTheme || !termOk(doc, t, i, m.end)) continue;
      lastTheme = t.theme;
      const acc = accs[t.theme];
      if (acc === undefined) continue;
      acc.hits++;
      if (t.weight > acc.maxWeight) acc.maxWeight = t.weight;
      if (inTitle) {
        acc.titleWeight += t.weight * TITLE_FACTOR * factor;
        acc.titleHit = true;
      } else {
        acc.weight += t.weight * factor;
        if (inLead) acc.leadHit = true;
      }
      const ev = acc.evidence.get(m.value.key);
      if (ev !== undefined) ev[1] += t.weight;
      else acc.evidence.set(m.value.key, [surfaceOf(doc, i, m.end), t.weight]);
    }
    i = m.end;
  }
}

/** Number of lead tokens: those of the first paragraph, at most LEAD_TOKENS. */
export function leadTokens(doc: TokenizedText): number {
  const brk = doc.text.indexOf('\n\n');
  const end = brk < 0 ? Infinity : brk;
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.tokens[mid]?.start ?? Infinity) < end) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, LEAD_TOKENS);
}

/**
 * Score = saturating function of weighted hit density (body hits discounted
 * by sqrt of length, title and lead hits boosted), times a diversity factor so one
 * repeated word scores less than several distinct terms. A theme is tagged
 * only above `minScore`, with two hits or a title hit, and with at least one
 * specific (weight >= 2) term; a theme named neither in the title nor in the
 * lead is dropped when it scores below RELATIVE_FLOOR of the release's top
 * theme (a side topic, not what the release is about). `minScore` is a
 * parameter for diagnostics.
 */
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
const MIGRATION_WORDS: ReadonlySet<string> = new Set([
  'migrant', 'migrants', 'migrante', 'migrantes', 'migration', 'migrations', 'migracion', 'migraciones', 'migratoire',
  'migratoires', 'migratory', 'migratorio', 'migratoria', 'migratorios', 'migratorias', 'refugie', 'refugies', 'refugiee',
  'refugiees', 'refugee', 'refugees', 'refugiado', 'refugiados', 'refugiada', 'refugiadas', 'deplace', 'deplaces', 'deplacee',
  'deplacees', 'displaced', 'desplazado', 'desplazados', 'desplazada', 'desplazadas', 'displacement', 'deplacement',
  'deplacements', 'desplazamiento', 'desplazamientos', 'idp', 'idps', 'pdi', 'pdis', 'asylum', 'asile', 'asilo', 'returnee',
  'returnees', 'retourne', 'retournes', 'retornado', 'retornados', 'retornadas',
]);
const NEEDS_MIGRATION: ReadonlySet<ThemeId> = new Set(['migration-health']);

const MIN_MIGRATION_WORDS = 1;

function migrationWords(docs: readonly (TokenizedText | null)[]): number {
  let n = 0;
  for (const d of docs) if (d !== null) for (const t of d.tokens) if (MIGRATION_WORDS.has(t.norm)) n++;
  return n;
}

export function detectThemes(title: TokenizedText | null, body: TokenizedText, options: ThemeOptions = {}): ThemeTag[] {
  const minScore = options.minScore ?? MIN_SCORE;
  const accs: Acc[] = THEMES.map(() => ({
    weight: 0,
    titleWeight: 0,
    hits: 0,
    titleHit: false,
    leadHit: false,
    maxWeight: 0,
    evidence: new Map(),
  }));
  scan(body, accs, false, options.skipBody);
  if (title !== null) scan(title, accs, true, options.skipTitle);
  const lengthFactor = Math.sqrt(Math.max(body.tokens.length, REF_TOKENS) / REF_TOKENS);
  const out: ThemeTag[] = [];
  const prominent = new Set<ThemeId>();
  let migration: number | null = null; // counted lazily, only when a gated theme has hits
  accs.forEach((a, i) => {
    const def = THEMES[i];
    if (def === undefined || a.hits === 0) return;
    if (NEEDS_MIGRATION.has(def.id) && (migration ??= migrationWords([title, body])) < MIN_MIGRATION_WORDS) return;
    const density = a.weight / lengthFactor + a.titleWeight;
    const diversity = Math.min(1, 0.55 + 0.15 * a.evidence.size);
    const score = (1 - Math.exp(-density / SATURATION)) * diversity;
    // Generic words alone (weight 1) never make a theme, however often they occur.
    if (score < minScore || a.maxWeight < 2 || (a.hits < 2 && !a.titleHit)) return;
    if (a.titleHit || a.leadHit) prominent.add(def.id);
    const evidence = [...a.evidence.values()]
      .sort((x, y) => y[1] - x[1])
      .slice(0, MAX_EVIDENCE)
      .map(([s]) => s);
    out.push({ id: def.id, score: Math.round(score * 1000) / 1000, reliefwebTheme: def.reliefweb, evidence });
  });
  const top = out.reduce((m, t) => Math.max(m, t.score), 0);
  return out
    .filter((t) => prominent.has(t.id) || t.score >= RELATIVE_FLOOR * top)
    .sort((a, b) => b.score - a.score);
}

export const THEME_IDS: readonly ThemeId[] = THEMES.map((t) => t.id);

const BY_ID = new Map(THEMES.map((t) => [t.id, t]));

export function themeLabel(id: ThemeId, language: 'fr' | 'en' | 'es'): string {
  return BY_ID.get(id)?.labels[language] ?? id;
}
