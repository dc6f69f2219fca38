/*
 * The WCXB pages where a peer (trafilatura, rs-trafilatura) scores well above our extractor: a page
 * a peer gets right shows its reference is reachable, so these are the learnable losses. The
 * peers' outputs are cached in a JSON file (they do not change between our builds).
 *
 *   node tests/dist/bench/extraction-gaps.js ../shared/bench/wcxb-dev --peer-cache FILE
 *     [--type T] [--half tune|held-out] [--min-gap 0.15]
 */
import { writeFileSync } from 'node:fs';
import { extractArticle } from '@presswatch/text-cleaning';
import { numberOption, parseArgs } from './bench-util.js';
import { loadDataset, type BenchPage } from './extraction-data.js';
import { runInProcess } from './extraction-runs.js';
import { readPeerCache } from './peer-cache.js';
import { PYTHON_PEERS, runPythonPeers } from './peers/python-peer.js';
import { scoreWords, type WordScore } from './word-score.js';

/** Per peer, its text per page id: read from the cache, the missing pages run and added. */
function peerTexts(pages: readonly BenchPage[], file: string): Map<string, Map<string, string>> {
  const cache = readPeerCache(file);
  const missing = pages.filter((p) => PYTHON_PEERS.some((peer) => cache[peer]?.[p.id] === undefined));
  if (missing.length > 0) {
    const outcome = runPythonPeers(PYTHON_PEERS, missing, 1);
    if (!outcome.ok) throw new Error(`peers not run: ${outcome.reason}`);
    outcome.results.forEach((r, i) => {
      const peer = PYTHON_PEERS[i]!;
      const texts = (cache[peer] ??= {});
      missing.forEach((p, j) => (texts[p.id] = r.texts[j] ?? ''));
    });
    writeFileSync(file, JSON.stringify(cache));
  }
  return new Map(PYTHON_PEERS.map((peer) => [peer, new Map(Object.entries(cache[peer] ?? {}))]));
}

function main(): void {
  const args = parseArgs(process.argv.slice(2), ['--peer-cache', '--type', '--half', '--min-gap']);
  const dir = args.positional[0];
  const cacheFile = args.values.get('--peer-cache');
  if (dir === undefined || cacheFile === undefined)
    throw new Error('usage: extraction-gaps DIR --peer-cache FILE [--type T] [--half H] [--min-gap X]');
  const type = args.values.get('--type');
  const half = args.values.get('--half');
  const minGap = numberOption(args, '--min-gap') ?? 0.15;
  const pages = loadDataset(dir).pages.filter((p) => (type === undefined || p.type === type) && (half === undefined || p.half === half));
  const peers = peerTexts(pages, cacheFile);
  const [ours] = runInProcess([{ name: 'ours', extract: (html) => extractArticle(html).body }], pages, 1);
  const rows: { page: BenchPage; ours: WordScore; peer: string; best: WordScore }[] = [];
  pages.forEach((page, i) => {
    const mine = scoreWords(ours!.texts[i] ?? '', page.reference);
    let best = { peer: '', score: mine };
    for (const [peer, texts] of peers) {
      const s = scoreWords(texts.get(page.id) ?? '', page.reference);
      if (s.f1 > best.score.f1) best = { peer, score: s };
    }
    if (best.score.f1 - mine.f1 >= minGap) rows.push({ page, ours: mine, peer: best.peer, best: best.score });
  });
  rows.sort((a, b) => a.page.type.localeCompare(b.page.type) || a.page.domain.localeCompare(b.page.domain));
  const f = (x: number): string => x.toFixed(2);
  process.stdout.write('\n');
  for (const r of rows)
    process.stdout.write(
      `${r.page.type}\t${r.page.id}\t${r.page.half}\t${r.page.domain}\t` +
        `ours ${f(r.ours.f1)} (p ${f(r.ours.precision)} r ${f(r.ours.recall)})\t` +
        `${r.peer} ${f(r.best.f1)} (p ${f(r.best.precision)} r ${f(r.best.recall)})\n`,
    );
  const lost = rows.reduce((s, r) => s + r.best.f1 - r.ours.f1, 0);
  process.stdout.write(`${rows.length} of ${pages.length} pages with a peer ahead by ${minGap} or more; summed gap ${lost.toFixed(2)}\n`);
}

main();
