/*
 * How much the article/region boundary of declared-articles.ts is worth: every page of a WCXB split
 * rendered by the rules with its prose allowed the article rendering and without, scored against its
 * reference; per page type and half, the change if every declared page rendered its region, if every
 * undeclared page were allowed the article, and the oracle of the two. `--list N` prints the N pages
 * whose two renderings differ most.
 *
 *   node tests/dist/bench/extraction-declared.js ../shared/bench/wcxb-dev [--list 20]
 */
import { candidateChoice, extractArticle, type AnalysedPage } from '@presswatch/text-cleaning';
import { numberOption, parseArgs, table } from './bench-util.js';
import { loadDataset, readHtml } from './extraction-data.js';
import { summariseBoundary, type BoundaryRow } from './declared-boundary.js';
import { scoreWords } from './word-score.js';

function main(): void {
  const args = parseArgs(process.argv.slice(2), ['--list']);
  const dir = args.positional[0];
  if (dir === undefined) throw new Error('usage: extraction-declared DIR [--list N]');
  const rows: (BoundaryRow & { id: string; domain: string })[] = [];
  for (const page of loadDataset(dir).pages) {
    const html = readHtml(page);
    let declared = false;
    const f1 = (asDeclared: boolean): number => {
      const body = extractArticle(html, (a: AnalysedPage) => {
        declared = a.declared;
        return candidateChoice({ ...a, declared: asDeclared }, 'rules');
      }).body;
      return scoreWords(body, page.reference).f1;
    };
    const asDeclared = f1(true);
    const asUndeclared = f1(false);
    rows.push({ id: page.id, domain: page.domain, type: page.type, half: page.half, declared, asDeclared, asUndeclared });
  }
  const groups = [...[...new Set(rows.map((r) => r.type))].sort(), 'tune', 'held-out', 'all'];
  const header = ['group (pages)', 'declared differ', 'undeclared differ', 'declared -> region', 'undeclared -> article', 'oracle'];
  const body = groups.map((g) => {
    const s = summariseBoundary(rows.filter((r) => g === 'all' || r.type === g || r.half === g));
    const f = (x: number): string => (x >= 0 ? '+' : '') + x.toFixed(4);
    return [
      `${g} (${s.pages})`,
      String(s.differDeclared),
      String(s.differUndeclared),
      f(s.declaredToRegion),
      f(s.undeclaredToArticle),
      f(s.oracle),
    ];
  });
  console.log(table([header, ...body]));
  const list = numberOption(args, '--list') ?? 0;
  const top = [...rows].sort((a, b) => Math.abs(b.asDeclared - b.asUndeclared) - Math.abs(a.asDeclared - a.asUndeclared)).slice(0, list);
  for (const r of top)
    console.log(
      `${r.id} ${r.type} ${r.half} ${r.domain} ${r.declared ? 'declared' : 'undeclared'}: ` +
        `article allowed ${r.asDeclared.toFixed(3)}, region ${r.asUndeclared.toFixed(3)}`,
    );
}

main();
