/*
 * Article-extraction benchmark: our HTML extractor against Readability.js (on jsdom) on the
 * Scrapinghub pages, scored as upstream does (see shingle-score.ts and the data's SOURCE.md).
 *
 *   node tests/dist/bench/extraction.bench.js [DIR] [--min-f1 X] [--json] [--no-peer] [--worst N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { cleanText, extractArticle } from '@presswatch/text-cleaning';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { numberOption, parseArgs, percentile, REPO_ROOT, table } from './bench-util.js';
import { scorePage, summarize, type Summary } from './shingle-score.js';

interface Page {
  id: string;
  url: string;
  html: string;
  reference: string;
}

interface SystemRun {
  system: string;
  predictions: string[];
  ms: number[];
  /** Pages where the system threw; scored as empty predictions. */
  errors: number;
}

// Published F1 of other extractors on the same data (SOURCE.md, upstream README).
const PUBLISHED_F1: readonly (readonly [string, number])[] = [
  ['rs_trafilatura', 0.97],
  ['go_trafilatura', 0.96],
  ['trafilatura 2.0.0', 0.958],
  ['readability_js 0.6.0', 0.947],
  ['readability (lxml)', 0.922],
  ['goose3', 0.896],
];

function loadPages(dir: string): Page[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  const pages: Page[] = [];
  for (const file of readdirSync(join(dir, 'html')).sort()) {
    if (!file.endsWith('.html.gz')) continue;
    const id = file.slice(0, -'.html.gz'.length);
    const entry = truth[id];
    if (entry === undefined) continue;
    const html = gunzipSync(readFileSync(join(dir, 'html', file))).toString('utf8');
    pages.push({ id, url: entry.url ?? 'https://example.com/', html, reference: entry.articleBody ?? '' });
  }
  return pages;
}

function run(system: string, pages: readonly Page[], extract: (page: Page) => string): SystemRun {
  const predictions: string[] = [];
  const ms: number[] = [];
  let errors = 0;
  pages.forEach((page, i) => {
    const start = performance.now();
    let text = '';
    try {
      text = extract(page);
    } catch (error) {
      errors++;
      process.stderr.write(`\n${system}: ${page.id}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    ms.push(performance.now() - start);
    predictions.push(text);
    if ((i + 1) % 20 === 0 || i + 1 === pages.length) process.stderr.write(`\r${system}: ${i + 1}/${pages.length}`);
  });
  process.stderr.write('\n');
  return { system, predictions, ms, errors };
}

function readability(page: Page): string {
  // Stylesheet parse errors would flood the console; they do not change the result.
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole });
  return new Readability(dom.window.document).parse()?.textContent ?? '';
}

interface Row extends Summary {
  system: string;
  errors: number;
  msMean: number;
  msP50: number;
}

function summarizeRun(run: SystemRun, pages: readonly Page[]): Row {
  const s = summarize(pages.map((p, i) => ({ predicted: run.predictions[i] ?? '', reference: p.reference })));
  const sorted = [...run.ms].sort((a, b) => a - b);
  const msMean = run.ms.reduce((a, b) => a + b, 0) / Math.max(1, run.ms.length);
  return { system: run.system, ...s, errors: run.errors, msMean, msP50: percentile(sorted, 0.5) };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2), ['--min-f1', '--worst']);
  const dir = resolve(args.positional[0] ?? join(REPO_ROOT, '..', 'shared', 'bench', 'article-extraction'));
  const minF1 = numberOption(args, '--min-f1');
  const worst = numberOption(args, '--worst') ?? 0;
  const pages = loadPages(dir);
  if (pages.length === 0) throw new Error(`no pages found in ${dir}`);
  process.stderr.write(`${pages.length} pages from ${dir}\n`);

  // The references hold the article body without the headline, as extractArticle's body does.
  const ours = run('presswatch extractArticle', pages, (p) => extractArticle(p.html).body);
  const runs = [ours, run('presswatch cleanText', pages, (p) => cleanText(p.html).body)];
  if (!args.flags.has('--no-peer')) runs.push(run('readability.js 0.6 + jsdom', pages, readability));
  const rows = runs.map((r) => summarizeRun(r, pages));

  if (args.flags.has('--json')) {
    process.stdout.write(`${JSON.stringify({ dir, rows, published: Object.fromEntries(PUBLISHED_F1) }, null, 2)}\n`);
  } else {
    const f = (x: number): string => x.toFixed(3);
    const lines = [['system', 'precision', 'recall', 'F1', 'accuracy', 'ms/page mean', 'ms/page p50', 'pages']];
    for (const r of rows) lines.push([r.system, f(r.precision), f(r.recall), f(r.f1), f(r.accuracy), r.msMean.toFixed(2), r.msP50.toFixed(2), String(r.pages)]);
    const failed = rows.filter((r) => r.errors > 0).map((r) => `${r.system} threw on ${r.errors} page(s), scored as empty output`);
    process.stdout.write(`${table(lines)}\n${failed.length > 0 ? `${failed.join('\n')}\n` : ''}\npublished F1 on the same pages: ${PUBLISHED_F1.map(([n, v]) => `${n} ${v.toFixed(3)}`).join(', ')}\n`);
    if (worst > 0) {
      const scored = pages.map((p, i) => ({ id: p.id, s: scorePage(ours.predictions[i] ?? '', p.reference) }));
      scored.sort((a, b) => a.s.precision + a.s.recall - (b.s.precision + b.s.recall));
      process.stdout.write(`\nworst pages (ours):\n`);
      for (const { id, s } of scored.slice(0, worst)) process.stdout.write(`  ${id.slice(0, 16)}  P ${f(s.precision)}  R ${f(s.recall)}\n`);
    }
  }
  const ourF1 = rows[0]?.f1 ?? 0;
  if (minF1 !== null && ourF1 < minF1) {
    process.stderr.write(`F1 ${ourF1.toFixed(4)} is below the gate ${minF1}\n`);
    process.exitCode = 1;
  }
}

main();
