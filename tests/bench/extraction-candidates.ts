/*
 * Issue 17's learned-choice experiment, step one: every page of a WCXB split rendered by each
 * candidate strategy of libs/text-cleaning's candidates.ts, scored against its reference, with the
 * selector's features. Written once to a JSON file that extraction-selector.ts fits and
 * cross-validates by site, so that model runs do not re-extract 1,497 pages.
 *
 *   node tests/dist/bench/extraction-candidates.js ../shared/bench/wcxb-dev --out /tmp/candidates.json
 */
import { writeFileSync } from 'node:fs';
import { CANDIDATES, candidateChoice, candidateFeatures, extractArticle, pageFeatures, type AnalysedPage } from '@presswatch/text-cleaning';
import { parseArgs } from './bench-util.js';
import { loadDataset, readHtml } from './extraction-data.js';
import type { CandidateRow } from './selector-data.js';
import { scoreWords } from './word-score.js';

/** The features of every candidate, read from the page the rules' rendering analysed. */
function featuresOf(a: AnalysedPage): number[][] {
  const rules = candidateChoice(a, 'rules');
  const page = pageFeatures(a);
  return CANDIDATES.map((name) => candidateFeatures(page, name === 'rules' ? rules : candidateChoice(a, name), rules, a.body));
}

function main(): void {
  const args = parseArgs(process.argv.slice(2), ['--out']);
  const dir = args.positional[0];
  const out = args.values.get('--out');
  if (dir === undefined || out === undefined) throw new Error('usage: extraction-candidates DIR --out FILE');
  const rows: CandidateRow[] = [];
  for (const page of loadDataset(dir).pages) {
    const html = readHtml(page);
    let features: number[][] = [];
    const f1: number[] = [];
    const texts: string[] = [];
    for (const name of CANDIDATES) {
      const body = extractArticle(html, (a) => {
        if (name === 'rules') features = featuresOf(a);
        return candidateChoice(a, name);
      }).body;
      texts.push(body);
      f1.push(scoreWords(body, page.reference).f1);
    }
    // Which candidates render the rules' text exactly: switching to them changes nothing.
    const same = texts.map((t) => t === texts[0]);
    rows.push({ id: page.id, type: page.type, domain: page.domain, f1, same, features });
  }
  writeFileSync(out, JSON.stringify({ candidates: CANDIDATES, rows }));
  console.log(`${rows.length} pages, ${CANDIDATES.length} candidates each, written to ${out}`);
}

main();
