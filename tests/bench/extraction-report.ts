/*
 * Scores and tables of bench:extraction: shingle F1 on the article set (shingle-score.ts), the
 * bag-of-words F1 per page type on WCXB (word-score.ts), and time per page of every system.
 */
import { percentile, table } from './bench-util.js';
import type { BenchPage, DatasetKind, Half } from './extraction-data.js';
import { paragraphDiff } from './extraction-diff.js';
import type { SystemResult } from './extraction-runs.js';
import { scorePage, summarize, type Summary } from './shingle-score.js';
import { averageScores, scoreWords, type WordScore, type WordSummary } from './word-score.js';

const f3 = (x: number): string => x.toFixed(3);
const TYPE_ORDER = ['article', 'forum', 'product', 'collection', 'listing', 'documentation', 'service'];
const HALVES: readonly Half[] = ['tune', 'held-out'];

export interface Speed {
  runs: number;
  /** Mean wall-clock ms per page of the median, fastest and slowest run. */
  msMedian: number;
  msMin: number;
  msMax: number;
  /** CPU ms per page of the median, cheapest and costliest run (by CPU). */
  cpuMsMedian: number;
  cpuMsMin: number;
  cpuMsMax: number;
  /** Median of the per-page wall-clock times (first run). */
  msP50: number;
}

export function speedOf(result: SystemResult, pages: number): Speed {
  const per = (x: number): number => x / Math.max(1, pages);
  const wall = result.runs.map((r) => per(r.wallMs)).sort((a, b) => a - b);
  const cpu = result.runs.map((r) => per(r.cpuMs)).sort((a, b) => a - b);
  return {
    runs: result.runs.length,
    msMedian: percentile(wall, 0.5),
    msMin: wall[0] ?? 0,
    msMax: wall[wall.length - 1] ?? 0,
    cpuMsMedian: percentile(cpu, 0.5),
    cpuMsMin: cpu[0] ?? 0,
    cpuMsMax: cpu[cpu.length - 1] ?? 0,
    msP50: percentile(
      [...result.pageMs].sort((a, b) => a - b),
      0.5,
    ),
  };
}

export function speedTable(results: readonly SystemResult[], pages: number): string {
  const lines = [['system', 'ms/page (median run)', 'min-max over runs', 'CPU ms/page', 'CPU min-max', 'ms/page p50', 'runs', 'errors']];
  for (const r of results) {
    const s = speedOf(r, pages);
    lines.push([
      r.system,
      s.msMedian.toFixed(2),
      `${s.msMin.toFixed(2)}-${s.msMax.toFixed(2)}`,
      s.cpuMsMedian.toFixed(2),
      `${s.cpuMsMin.toFixed(2)}-${s.cpuMsMax.toFixed(2)}`,
      s.msP50.toFixed(2),
      String(s.runs),
      String(r.errors),
    ]);
  }
  return table(lines);
}

// ---- WCXB: bag-of-words F1 per page type ----

export interface WcxbSummary {
  system: string;
  all: WordSummary;
  byType: Map<string, WordSummary>;
  /** Per type and 'all', F1 on each half. */
  byHalf: Map<string, Map<Half, WordSummary>>;
  pageScores: WordScore[];
}

export function summarizeWcxb(result: SystemResult, pages: readonly BenchPage[]): WcxbSummary {
  const pageScores = pages.map((p, i) => scoreWords(result.texts[i] ?? '', p.reference));
  const group = (keep: (p: BenchPage) => boolean): WordSummary => averageScores(pageScores.filter((_, i) => keep(pages[i]!)));
  const types = [...new Set(pages.map((p) => p.type))].sort((a, b) => typeRank(a) - typeRank(b));
  const byType = new Map(types.map((t) => [t, group((p) => p.type === t)]));
  const byHalf = new Map<string, Map<Half, WordSummary>>();
  for (const t of [...types, 'all'])
    byHalf.set(t, new Map(HALVES.map((h) => [h, group((p) => p.half === h && (t === 'all' || p.type === t))])));
  return { system: result.system, all: averageScores(pageScores), byType, byHalf, pageScores };
}

function typeRank(type: string): number {
  const i = TYPE_ORDER.indexOf(type);
  return i < 0 ? TYPE_ORDER.length : i;
}

/** F1 per page type, one column per system (the figure to compare). */
export function wcxbComparison(summaries: readonly WcxbSummary[]): string {
  const first = summaries[0];
  if (first === undefined) return '';
  const lines = [['page type', 'pages', ...summaries.map((s) => s.system)]];
  for (const [type, s] of first.byType) lines.push([type, String(s.pages), ...summaries.map((x) => f3(x.byType.get(type)?.f1 ?? 0))]);
  lines.push([`all`, String(first.all.pages), ...summaries.map((x) => f3(x.all.f1))]);
  return table(lines);
}

/** Precision, recall and F1 per type of each system, and F1 on each half of the split. */
export function wcxbDetail(summaries: readonly WcxbSummary[]): string {
  const lines = [['system', 'page type', 'pages', 'F1', 'precision', 'recall', 'F1 tune', 'F1 held-out']];
  for (const s of summaries) {
    const rows: [string, WordSummary][] = [...s.byType, ['all', s.all]];
    rows.forEach(([type, w], i) => {
      const halves = s.byHalf.get(type);
      const h = (half: Half): string => {
        const x = halves?.get(half);
        return x === undefined || x.pages === 0 ? '-' : `${f3(x.f1)} (${x.pages})`;
      };
      lines.push([i === 0 ? s.system : '', type, String(w.pages), f3(w.f1), f3(w.precision), f3(w.recall), h('tune'), h('held-out')]);
    });
  }
  return table(lines);
}

// ---- The article set: shingle F1 ----

export interface ArticleSummary extends Summary {
  system: string;
}

export function summarizeArticles(result: SystemResult, pages: readonly BenchPage[]): ArticleSummary {
  return { system: result.system, ...summarize(pages.map((p, i) => ({ predicted: result.texts[i] ?? '', reference: p.reference }))) };
}

export function articleTable(summaries: readonly ArticleSummary[]): string {
  const lines = [['system', 'precision', 'recall', 'F1', 'accuracy', 'pages']];
  for (const s of summaries) lines.push([s.system, f3(s.precision), f3(s.recall), f3(s.f1), f3(s.accuracy), String(s.pages)]);
  return table(lines);
}

// ---- The worst pages of one system, with what it missed and added ----

export function worstPages(kind: DatasetKind, result: SystemResult, pages: readonly BenchPage[], n: number): string {
  const scored = pages.map((page, i) => {
    const text = result.texts[i] ?? '';
    if (kind === 'wcxb') {
      const s = scoreWords(text, page.reference);
      return { page, text, order: s.f1, label: `F1 ${f3(s.f1)}  P ${f3(s.precision)}  R ${f3(s.recall)}` };
    }
    const s = scorePage(text, page.reference);
    return { page, text, order: (s.precision + s.recall) / 2, label: `shingle P ${f3(s.precision)}  R ${f3(s.recall)}` };
  });
  scored.sort((a, b) => a.order - b.order);
  const out: string[] = [`worst ${Math.min(n, scored.length)} pages of ${result.system}:`];
  for (const { page, text, label } of scored.slice(0, n)) {
    out.push(`\n${page.id}  ${page.type}  ${page.domain}  (${page.half})  ${label}  ${page.url}`);
    for (const line of paragraphDiff(text, page.reference)) out.push(`    ${line}`);
  }
  return out.join('\n');
}
