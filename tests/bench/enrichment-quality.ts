/*
 * The quality half of bench:enrichment: the enricher's output on labelled releases scored against
 * their gold, by group (halves, additions, languages, sources), per theme, for the primary-country
 * decision, and next to the labellers' own agreement with the gold.
 */
import type { EnrichedRelease } from '@presswatch/contracts';
import {
  addCounts,
  compareSets,
  emptyCounts,
  emptyPrimaryTally,
  keySource,
  prf,
  PRODUCT_THEMES,
  tallyPrimary,
  type Annotation,
  type Counts,
  type EvalItem,
  type PrimaryTally,
} from '@presswatch/enrichment-evaluation';
import { table } from './bench-util.js';

/** A labelled release and what the enricher made of it; `part` is `train` on the training set. */
export interface Output {
  readonly item: Omit<EvalItem, 'part'> & { readonly part: EvalItem['part'] | 'train' };
  readonly out: EnrichedRelease;
}

export interface Group {
  docs: number;
  countries: Counts;
  themes: Counts;
  orgs: Counts;
  primary: PrimaryTally;
}

function emptyGroup(): Group {
  return { docs: 0, countries: emptyCounts(), themes: emptyCounts(), orgs: emptyCounts(), primary: emptyPrimaryTally() };
}

export function predictedPrimary(out: EnrichedRelease): string | null {
  return out.countries.find((c) => c.role === 'primary')?.code ?? null;
}

/** Canonical organisation ids only: generic "ORG:..." and "MINISTRY:..." names are not labelled. */
function canonicalOrgs(e: EnrichedRelease): string[] {
  return e.organizations.map((o) => o.id).filter((id) => !id.includes(':'));
}

export interface Errors {
  countries: Map<string, Counts>;
  themes: Map<string, Counts>;
  orgs: Map<string, Counts>;
  primary: Map<string, number>;
}

/** `selected`: the part the per-language/per-source rows and the error tallies cover (null: every part). */
export function scoreGroups(outputs: readonly Output[], selected: string | null): { groups: Map<string, Group>; errors: Errors } {
  const groups = new Map<string, Group>();
  const errors: Errors = { countries: new Map(), themes: new Map(), orgs: new Map(), primary: new Map() };
  const sel = selected ?? 'all';
  for (const { item, out } of outputs) {
    const inSelection = selected === null || item.part === selected || (selected === 'unseen' && unseen(item.part));
    const names = ['all', item.part];
    if (unseen(item.part)) names.push('unseen');
    if (inSelection) names.push(`${sel}:${item.language}`, `${sel}:${keySource(item.key)}`);
    const predicted = predictedPrimary(out);
    for (const name of names) {
      const g = groups.get(name) ?? emptyGroup();
      groups.set(name, g);
      const track = name === sel;
      g.docs++;
      compareSets(
        g.countries,
        out.countries.map((c) => c.code),
        item.gold.countries,
        track ? errors.countries : undefined,
      );
      compareSets(
        g.themes,
        out.themes.map((t) => t.id),
        item.gold.themes,
        track ? errors.themes : undefined,
      );
      compareSets(g.orgs, canonicalOrgs(out), item.gold.organizations, track ? errors.orgs : undefined);
      tallyPrimary(g.primary, predicted, item.gold.primaryCountry);
      if (track && predicted !== item.gold.primaryCountry) {
        const k = `${item.gold.primaryCountry ?? 'none'} -> ${predicted ?? 'none'}`;
        errors.primary.set(k, (errors.primary.get(k) ?? 0) + 1);
      }
    }
  }
  return { groups, errors };
}

/** Releases no model or rule was fitted on: the held-out half and the additions. */
function unseen(part: string): boolean {
  return part === 'heldout' || part === 'addition';
}

export function f3(x: number): string {
  return x.toFixed(3);
}

function ratio(n: number, d: number): string {
  return d === 0 ? '-' : `${f3(n / d)} (${n}/${d})`;
}

export const ROW_ORDER = ['all', 'dev', 'heldout', 'addition', 'unseen', 'train'];

/** The main table: one row per group, the selection's language and source rows after the parts. */
export function groupTable(groups: ReadonlyMap<string, Group>, selected: string | null): string {
  const sel = selected ?? 'all';
  const rows = [
    ['set', 'docs', 'country P', 'country R', 'country F1', 'primary acc', 'no primary', 'theme P', 'theme R', 'theme F1', 'org F1'],
  ];
  const names = [...ROW_ORDER, ...['fr', 'en', 'es', 'corpus', 'samples', 'iom'].map((n) => `${sel}:${n}`)];
  for (const name of names) {
    const v = groups.get(name);
    if (v === undefined) continue;
    const c = prf(v.countries);
    const t = prf(v.themes);
    const p = v.primary;
    rows.push([
      name,
      String(v.docs),
      f3(c.precision),
      f3(c.recall),
      f3(c.f1),
      ratio(p.singleCorrect, p.single),
      ratio(p.regionalNone, p.regional),
      f3(t.precision),
      f3(t.recall),
      f3(t.f1),
      f3(prf(v.orgs).f1),
    ]);
  }
  return table(rows);
}

/** Per theme on the given outputs: support (gold), tagged, P, R, F1; the product's own themes first. */
export function perThemeTable(outputs: readonly Output[]): { lines: string[]; counts: Map<string, Counts> } {
  const counts = new Map<string, Counts>();
  for (const { item, out } of outputs)
    compareSets(
      emptyCounts(),
      out.themes.map((t) => t.id),
      item.gold.themes,
      counts,
    );
  for (const id of PRODUCT_THEMES) if (!counts.has(id)) counts.set(id, emptyCounts());
  const support = (c: Counts): number => c.tp + c.fn;
  const product = PRODUCT_THEMES.map((id) => [id, counts.get(id) ?? emptyCounts()] as const);
  const others = [...counts]
    .filter(([id]) => !PRODUCT_THEMES.includes(id))
    .sort((a, b) => support(b[1]) - support(a[1]) || a[0].localeCompare(b[0]));
  const rows = [['theme', 'support', 'tagged', 'P', 'R', 'F1']];
  for (const [id, c] of [...product, ...others]) {
    const { precision, recall, f1 } = prf(c);
    rows.push([
      `${PRODUCT_THEMES.includes(id) ? '* ' : '  '}${id}`,
      String(support(c)),
      String(c.tp + c.fp),
      f3(precision),
      f3(recall),
      f3(f1),
    ]);
  }
  return { lines: table(rows).split('\n'), counts };
}

interface Agreement {
  readonly releases: number;
  readonly themes: Counts;
  readonly primary: PrimaryTally;
}

function agreementOf(pairs: readonly { said: Annotation | null; gold: EvalItem['gold'] }[]): Agreement {
  const themes = emptyCounts();
  const primary = emptyPrimaryTally();
  let releases = 0;
  for (const { said, gold } of pairs) {
    if (said === null) continue;
    releases++;
    compareSets(themes, said.themes, gold.themes);
    tallyPrimary(primary, said.primaryCountry, gold.primaryCountry);
  }
  return { releases, themes, primary };
}

/** Each labeller's agreement with the gold, next to the enricher's, on the releases each labelled. */
export function agreementTable(outputs: readonly Output[]): string[] {
  const enricher = outputs.map(({ item, out }) => ({
    said: { primaryCountry: predictedPrimary(out), themes: out.themes.map((t) => t.id) },
    gold: item.gold,
  }));
  const rows = [['against the gold', 'releases', 'theme P', 'theme R', 'theme F1', 'primary acc', 'no primary']];
  const add = (name: string, a: Agreement): void => {
    const t = prf(a.themes);
    // A labeller absent here (no second labelling yet) has nothing to agree with.
    if (a.releases === 0) {
      rows.push([name, '0', '-', '-', '-', '-', '-']);
      return;
    }
    rows.push([
      name,
      String(a.releases),
      f3(t.precision),
      f3(t.recall),
      f3(t.f1),
      ratio(a.primary.singleCorrect, a.primary.single),
      ratio(a.primary.regionalNone, a.primary.regional),
    ]);
  };
  add('labeller 1', agreementOf(outputs.map(({ item }) => ({ said: item.labeller1, gold: item.gold }))));
  add('labeller 2', agreementOf(outputs.map(({ item }) => ({ said: item.labeller2, gold: item.gold }))));
  add('enricher', agreementOf(enricher));
  return table(rows).split('\n');
}

/** The primary-country decision in words: single-country accuracy and the "no primary" decision. */
export function primaryLines(p: PrimaryTally): string[] {
  return [
    `  single-country releases (gold names one): ${ratio(p.singleCorrect, p.single)} correct; ${p.singleNone} wrongly left without a primary`,
    `  regional or global releases (gold null):  ${ratio(p.regionalNone, p.regional)} correctly without a primary`,
  ];
}

/** Per-document differences (only for releases rules may be worked out on: see the bench header). */
export function details(outputs: readonly Output[]): string[] {
  const lines: string[] = [];
  const diff = (pred: readonly string[], exp: readonly string[]): string => {
    const p = new Set(pred);
    const e = new Set(exp);
    return [...[...p].filter((x) => !e.has(x)).map((x) => `+${x}`), ...[...e].filter((x) => !p.has(x)).map((x) => `-${x}`)].join(' ');
  };
  for (const { item, out } of outputs) {
    const primary = predictedPrimary(out);
    const parts: string[] = [];
    const c = diff(
      out.countries.map((x) => x.code),
      item.gold.countries,
    );
    if (c !== '') parts.push(`countries ${c}`);
    if (primary !== item.gold.primaryCountry) parts.push(`primary ${item.gold.primaryCountry ?? 'none'} -> ${primary ?? 'none'}`);
    const t = diff(
      out.themes.map((x) => x.id),
      item.gold.themes,
    );
    if (t !== '') parts.push(`themes ${t} [${out.themes.map((x) => `${x.id}:${x.score}`).join(' ')}]`);
    if (parts.length > 0)
      lines.push(
        `  ${item.key} (${item.language}) title=${JSON.stringify((out.title ?? '').slice(0, 80))}`,
        ...parts.map((p) => `    ${p}`),
      );
  }
  return lines;
}

/** Error classes: per value, false positives and false negatives, most errors first. */
export function errorLines(errors: Errors): string[] {
  const fmt = (m: Map<string, Counts>): string =>
    [...m]
      .filter(([, c]) => c.fp + c.fn > 0)
      .sort((a, b) => b[1].fp + b[1].fn - (a[1].fp + a[1].fn))
      .map(([k, c]) => `${k} +${c.fp}/-${c.fn}`)
      .join(', ');
  const total = (m: Map<string, Counts>): Counts => [...m.values()].reduce(addCounts, emptyCounts());
  return [
    'error classes (value +false positives/-false negatives):',
    `  countries (${total(errors.countries).fp}/${total(errors.countries).fn}): ${fmt(errors.countries)}`,
    `  themes (${total(errors.themes).fp}/${total(errors.themes).fn}): ${fmt(errors.themes)}`,
    `  organisations: ${fmt(errors.orgs)}`,
    `  primary (expected -> predicted): ${[...errors.primary].map(([k, n]) => `${k}${n > 1 ? ` x${n}` : ''}`).join(', ')}`,
  ];
}
