/*
 * HTML extraction benchmark: our extractor side by side with its peers, run on the same pages in
 * the same run. Two data sets, recognised by their layout:
 * - the Scrapinghub article set: shingle F1 as upstream scores it (shingle-score.ts);
 * - the WCXB development split: bag-of-words F1 per page type (word-score.ts), also on each half of
 *   a fixed split by site (extraction-data.ts), so that a rule worked out on one half is checked
 *   on the other.
 * Peers: Readability.js on jsdom (in process) and trafilatura / rs-trafilatura from PyPI (peers/).
 *
 *   node tests/dist/bench/extraction.bench.js [DIR...] [--no-peer | --peers readability,trafilatura,rs-trafilatura]
 *     [--runs N] [--type T] [--half tune|held-out] [--ids ID,...] [--worst N] [--json]
 *     [--min-f1 X] [--min-f1-all X] [--min-f1-type X] [--dump FILE] [--same-as FILE]
 *     [--snippets [--peer-cache FILE] [--snippet-list N]]
 * --dump writes our per-page outputs to FILE; --same-as fails when any differs from such a file
 * (for changes meant to leave the output as it was); give one DIR with them.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanText, extractArticle } from '@presswatch/text-cleaning';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { numberOption, parseArgs, REPO_ROOT, type CliArgs } from './bench-util.js';
import { loadDataset, type BenchPage, type Dataset, type DatasetKind } from './extraction-data.js';
import {
  articleTable,
  speedOf,
  speedTable,
  summarizeArticles,
  summarizeWcxb,
  wcxbComparison,
  wcxbDetail,
  worstPages,
} from './extraction-report.js';
import { compareDump, writeDump } from './extraction-dump.js';
import { runInProcess, type InProcessSystem, type SystemResult } from './extraction-runs.js';
import { PYTHON_PEERS, runPythonPeers, type PythonPeer } from './peers/python-peer.js';
import { snippetReport } from './extraction-snippet-report.js';

const SHARED_BENCH = join(REPO_ROOT, '..', 'shared', 'bench');
const DEFAULT_DIRS = [join(SHARED_BENCH, 'article-extraction'), join(SHARED_BENCH, 'wcxb-dev')];
const PEERS = ['readability', ...PYTHON_PEERS] as const;
type Peer = (typeof PEERS)[number];
// Readability on jsdom takes ~200 ms a page: on the 1,497 WCXB pages only when asked for.
const DEFAULT_PEERS: Record<DatasetKind, readonly Peer[]> = {
  'article-extraction': ['readability', 'trafilatura', 'rs-trafilatura'],
  wcxb: ['trafilatura', 'rs-trafilatura'],
};

// Published F1 of other extractors on the article set (its SOURCE.md, upstream README).
const PUBLISHED_F1: readonly (readonly [string, number])[] = [
  ['rs_trafilatura', 0.97],
  ['go_trafilatura', 0.96],
  ['trafilatura 2.0.0', 0.958],
  ['readability_js 0.6.0', 0.947],
  ['readability (lxml)', 0.922],
  ['goose3', 0.896],
];

const OURS: readonly InProcessSystem[] = [
  // The references hold the main text without the headline, as extractArticle's body does.
  { name: 'presswatch extractArticle', extract: (html) => extractArticle(html).body },
  { name: 'presswatch cleanText', extract: (html) => cleanText(html).body },
];

function readability(html: string, page: BenchPage): string {
  // Stylesheet parse errors would flood the console; they do not change the result.
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { url: page.url, virtualConsole });
  return new Readability(dom.window.document).parse()?.textContent ?? '';
}

function selectPeers(args: CliArgs, kind: DatasetKind): Peer[] {
  if (args.flags.has('--no-peer')) return [];
  const raw = args.values.get('--peers');
  if (raw === undefined) return [...DEFAULT_PEERS[kind]];
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const n of names) if (!(PEERS as readonly string[]).includes(n)) throw new Error(`unknown peer ${n}; known: ${PEERS.join(', ')}`);
  return names as Peer[];
}

function selectPages(args: CliArgs, dataset: Dataset): BenchPage[] {
  const type = args.values.get('--type');
  const half = args.values.get('--half');
  const ids = args.values.get('--ids')?.split(',');
  if (half !== undefined && half !== 'tune' && half !== 'held-out') throw new Error('--half is tune or held-out');
  return dataset.pages.filter(
    (p) => (type === undefined || p.type === type) && (half === undefined || p.half === half) && (ids === undefined || ids.includes(p.id)),
  );
}

interface Gates {
  minF1: number | null;
  minF1All: number | null;
  minF1Type: number | null;
}

/** Runs every system on one data set, prints its tables and returns the gate failures. */
function benchDataset(dataset: Dataset, args: CliArgs, gates: Gates): string[] {
  const pages = selectPages(args, dataset);
  if (pages.length === 0) throw new Error(`no pages selected in ${dataset.dir}`);
  const runs = numberOption(args, '--runs') ?? 3;
  const peers = selectPeers(args, dataset.kind);
  process.stderr.write(`${dataset.kind}: ${pages.length} pages from ${dataset.dir}, ${runs} run(s)\n`);

  const inProcess = [...OURS, ...(peers.includes('readability') ? [{ name: 'readability.js 0.6 + jsdom', extract: readability }] : [])];
  const results: SystemResult[] = runInProcess(inProcess, pages, runs);
  const notes: string[] = [];
  const python = peers.filter((p): p is PythonPeer => p !== 'readability');
  const outcome = runPythonPeers(python, pages, runs);
  if (outcome.ok) results.push(...outcome.results);
  else notes.push(`Python peers (${python.join(', ')}) not run: ${outcome.reason}`);

  const failures: string[] = [];
  const ours = results[0]!;
  const oursResults = results.slice(0, OURS.length);
  const dump = args.values.get('--dump');
  if (dump !== undefined) writeDump(dump, oursResults, pages);
  const sameAs = args.values.get('--same-as');
  if (sameAs !== undefined) failures.push(...compareDump(sameAs, oursResults, pages));
  const json: Record<string, unknown> = {
    dataset: dataset.kind,
    dir: dataset.dir,
    pages: pages.length,
    notes,
    speed: Object.fromEntries(results.map((r) => [r.system, speedOf(r, pages.length)])),
  };
  let quality: string;
  if (dataset.kind === 'wcxb') {
    const summaries = results.map((r) => summarizeWcxb(r, pages));
    const mine = summaries[0]!;
    quality = `bag-of-words F1 per page type (WCXB development split, CC BY 4.0, Murrough Foley)\n${wcxbComparison(summaries)}\n\n${wcxbDetail(summaries)}`;
    json['systems'] = summaries.map((s) => ({
      system: s.system,
      all: s.all,
      byType: Object.fromEntries(s.byType),
      byHalf: Object.fromEntries([...s.byHalf].map(([t, m]) => [t, Object.fromEntries(m)])),
    }));
    json['pageScores'] = pages.map((p, i) => ({ id: p.id, type: p.type, half: p.half, ...mine.pageScores[i] }));
    if (gates.minF1All !== null && mine.all.f1 < gates.minF1All)
      failures.push(`WCXB F1 over all pages ${mine.all.f1.toFixed(4)} is below the gate ${gates.minF1All}`);
    if (gates.minF1Type !== null)
      for (const [type, s] of mine.byType)
        if (s.f1 < gates.minF1Type) failures.push(`WCXB F1 on ${type} pages ${s.f1.toFixed(4)} is below the gate ${gates.minF1Type}`);
  } else {
    const summaries = results.map((r) => summarizeArticles(r, pages));
    quality = `shingle F1 (Scrapinghub article-extraction benchmark)\n${articleTable(summaries)}\n\npublished F1 on the same pages: ${PUBLISHED_F1.map(([n, v]) => `${n} ${v.toFixed(3)}`).join(', ')}`;
    json['systems'] = summaries;
    json['published'] = Object.fromEntries(PUBLISHED_F1);
    const f1 = summaries[0]!.f1;
    if (gates.minF1 !== null && f1 < gates.minF1) failures.push(`article-set F1 ${f1.toFixed(4)} is below the gate ${gates.minF1}`);
  }

  if (args.flags.has('--json')) {
    process.stdout.write(`${JSON.stringify(json)}\n`);
  } else {
    const failed = results.filter((r) => r.errors > 0).map((r) => `${r.system} threw on ${r.errors} page(s), scored as empty output`);
    const speed = `time per page (wall-clock on a shared machine, CPU time beside it; reading the page excluded)\n${speedTable(results, pages.length)}`;
    process.stdout.write(
      `\n== ${dataset.kind}: ${pages.length} pages (${dataset.dir})\n${quality}\n\n${speed}\n${[...failed, ...notes].map((l) => `${l}\n`).join('')}`,
    );
    if (dataset.kind === 'wcxb' && args.flags.has('--snippets')) process.stdout.write(`\n${snippetReport(dataset, pages, ours, args)}\n`);
    const worst = numberOption(args, '--worst') ?? 0;
    if (worst > 0) process.stdout.write(`\n${worstPages(dataset.kind, ours, pages, worst)}\n`);
  }
  return failures;
}

const USAGE = `Usage: npm run bench:extraction [-- DIR...] [options]

Runs our HTML extractor and its peers on the same pages in one run and prints quality and speed.
DIR: ../shared/bench/article-extraction (shingle F1) and/or ../shared/bench/wcxb-dev (bag-of-words F1
per page type, and per half of a fixed split by site); both by default.

Options:
  --no-peer               our extractor only (what the npm test gate runs)
  --peers LIST            readability,trafilatura,rs-trafilatura (Python peers from a cached virtualenv)
  --runs N                timing runs (min/median/max CPU and wall ms per page)
  --type T                WCXB pages of one type (article, forum, product, collection, listing, documentation, service)
  --half tune|held-out    one half of the WCXB split
  --ids ID,...            these pages only
  --worst N               the N worst pages with what was missed and what was extra
  --min-f1 X              fail when the article set's F1 is under X
  --min-f1-all X          fail when WCXB F1 over all pages is under X
  --min-f1-type X         fail when any WCXB page type is under X
  --dump FILE             write our per-page outputs to FILE (one DIR)
  --same-as FILE          fail when any page's output differs from such a file (one DIR)
  --json                  machine-readable results
  --snippets              WCXB: per page type, the share of the annotators' \`with\` sentences found in our output and
                          of their \`without\` phrases leaked into it (extraction-snippets.ts says how they match)
  --peer-cache FILE       with --snippets: the same shares for the peers' texts cached in FILE (extraction-gaps.ts)
  --snippet-list N        with --snippets: the N leaks and misses that recur across most sites, by phrase and by
                          the element and landmark they sit in
`;

function main(): void {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  const args = parseArgs(process.argv.slice(2), [
    '--min-f1',
    '--min-f1-all',
    '--min-f1-type',
    '--worst',
    '--type',
    '--half',
    '--ids',
    '--peers',
    '--runs',
    '--dump',
    '--same-as',
    '--peer-cache',
    '--snippet-list',
  ]);
  const gates: Gates = {
    minF1: numberOption(args, '--min-f1'),
    minF1All: numberOption(args, '--min-f1-all'),
    minF1Type: numberOption(args, '--min-f1-type'),
  };
  const dirs = args.positional.length > 0 ? args.positional.map((d) => resolve(d)) : DEFAULT_DIRS.filter((d) => existsSync(d));
  if (dirs.length === 0) throw new Error(`no data: give a directory, or put the shared benchmarks at ${SHARED_BENCH}`);
  const failures = dirs.flatMap((dir) => benchDataset(loadDataset(dir), args, gates));
  for (const f of failures) process.stderr.write(`${f}\n`);
  if (failures.length > 0) process.exitCode = 1;
}

main();
