/*
 * Issue 17's block-scorer experiment: the blocks inside the containers the rules choose, each
 * labelled by the share of its words found in the page's reference, a logistic regression on
 * general block features (libs/text-cleaning's block-features.ts), folds by site. Each fold's model
 * leaves out, on the fold's pages only, every block whose predicted share is under a threshold;
 * the pages are extracted again and scored: the out-of-fold figure per page type.
 *
 *   node tests/dist/bench/extraction-blocks.js ../shared/bench/wcxb-dev [--folds 5] [--thresholds 0.2,0.3,0.4]
 *     [--model logistic|trees] [--diagnose: labels and out-of-fold AUC] [--oracle: drop by the labels themselves]
 */
import {
  blockFeatures,
  candidateChoice,
  extractArticle,
  ParagraphWriter,
  UNIT_TAGS,
  type BlockContext,
  type HtmlElement,
} from '@presswatch/text-cleaning';
import { parseArgs, table } from './bench-util.js';
import { loadDataset, readHtml, type BenchPage } from './extraction-data.js';
import { foldOf } from './selector-fit.js';
import { fitLogisticSgd, logistic, type Block } from './block-fit.js';
import { fitBoosted, predictBoosted } from './selector-trees.js';
import { scoreWords, wordTokens } from './word-score.js';

// At most this many blocks of a page are kept for training (evenly spaced): big storefronts hold thousands.
const MAX_BLOCKS_PER_PAGE = 200;

function shingles(tokens: readonly string[], n: number): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + n <= tokens.length; i++) set.add(tokens.slice(i, i + n).join(' '));
  return set;
}

function textOf(el: HtmlElement): string {
  const w = new ParagraphWriter();
  w.element(el, () => false);
  w.flush();
  return w.paragraphs.join(' ');
}

/** Word trigrams of a block (shorter blocks: their words in a row) found in the reference: common words alone say little. */
function shareInReference(tokens: readonly string[], refShingles: readonly Set<string>[]): number {
  const n = Math.min(3, tokens.length);
  const own = [...shingles(tokens, n)];
  return own.filter((g) => refShingles[n - 1]!.has(g)).length / own.length;
}

/** The blocks below the containers, in document order, with their features and labels. */
function collectBlocks(html: string, page: BenchPage, pageIndex: number): Block[] {
  const refTokens = wordTokens(page.reference);
  const refShingles = [1, 2, 3].map((n) => shingles(refTokens, n));
  const blocks: Block[] = [];
  extractArticle(html, (a) => {
    const choice = candidateChoice(a, 'rules');
    const containers = new Set(choice.containers);
    const ctx = { body: a.body, choice, containers, product: a.product, discussion: a.discussion };
    const stack: HtmlElement[] = [...choice.containers].reverse();
    while (stack.length > 0) {
      const el = stack.pop()!;
      if (el.removed || el.textLen === 0) continue;
      if (!containers.has(el) && UNIT_TAGS.has(el.tag)) {
        const tokens = wordTokens(textOf(el));
        if (tokens.length > 0)
          blocks.push({
            page: pageIndex,
            x: Float32Array.from(blockFeatures(el, ctx)),
            y: shareInReference(tokens, refShingles),
            weight: Math.sqrt(tokens.length),
          });
      }
      for (let i = el.children.length - 1; i >= 0; i--) {
        const c = el.children[i]!;
        if (typeof c !== 'string') stack.push(c);
      }
    }
    return choice;
  });
  if (blocks.length <= MAX_BLOCKS_PER_PAGE) return blocks;
  const step = blocks.length / MAX_BLOCKS_PER_PAGE;
  return Array.from({ length: MAX_BLOCKS_PER_PAGE }, (_, i) => blocks[Math.floor(i * step)]!);
}

/** The labels' spread and the out-of-fold ranking of blocks mostly outside the reference (share under 0.3). */
function diagnose(blocks: readonly Block[], pages: readonly BenchPage[], folds: number): void {
  const bins = [0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.01];
  const hist = bins.slice(1).map((hi, i) => blocks.filter((b) => b.y >= bins[i]! && b.y < hi).length);
  console.log(`label share bins ${bins.join(' ')}: ${hist.join(' ')}`);
  const pred: { p: number; junk: boolean }[] = [];
  for (let f = 0; f < folds; f++) {
    const inFold = (b: Block): boolean => foldOf(pages[b.page]!.domain, folds) === f;
    const model = fitBlocks(blocks.filter((b) => !inFold(b)));
    for (const b of blocks) if (inFold(b)) pred.push({ p: model(b.x), junk: b.y < 0.3 });
  }
  pred.sort((a, b) => a.p - b.p);
  // AUC: the chance that a junk block ranks below (is predicted less in the reference than) a content block.
  let junkSeen = 0;
  let pairs = 0;
  for (const x of pred) {
    if (x.junk) junkSeen++;
    else pairs += junkSeen;
  }
  const junk = pred.filter((x) => x.junk).length;
  console.log(
    `out-of-fold AUC (junk under 0.3) ${(pairs / Math.max(1, junk * (pred.length - junk))).toFixed(3)}, junk ${junk} of ${pred.length}`,
  );
  for (const q of [0.1, 0.2, 0.3, 0.4, 0.5]) {
    const below = pred.filter((x) => x.p < q);
    console.log(`predicted under ${q}: ${below.length} blocks, ${below.filter((x) => x.junk).length} junk`);
  }
}

let trees = false;

/** A fold's model: the predicted share of a block's trigrams in the reference. */
function fitBlocks(train: readonly Block[]): (x: ArrayLike<number>) => number {
  if (!trees) {
    const w = fitLogisticSgd(train);
    return (x) => logistic(w, x);
  }
  const m = fitBoosted(
    train.map((b) => b.x),
    train.map((b) => b.y),
    { rounds: 80, rate: 0.2, depth: 3, minLeaf: 50 },
  );
  return (x) => predictBoosted(m, x);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2), ['--folds', '--thresholds', '--model']);
  trees = args.values.get('--model') === 'trees';
  const oracle = args.flags.has('--oracle');
  const dir = args.positional[0];
  if (dir === undefined) throw new Error('usage: extraction-blocks DIR [--folds 5] [--thresholds 0.2,0.3,0.4]');
  const folds = Number(args.values.get('--folds') ?? 5);
  const thresholds = (args.values.get('--thresholds') ?? '0.2,0.3,0.4').split(',').map(Number);
  const pages = loadDataset(dir).pages;
  const htmls = pages.map((p) => readHtml(p));
  const rules = htmls.map((h, i) => scoreWords(extractArticle(h).body, pages[i]!.reference).f1);
  const blocks = oracle ? [] : pages.flatMap((p, i) => collectBlocks(htmls[i]!, p, i));
  console.log(`${pages.length} pages, ${blocks.length} blocks`);
  if (args.flags.has('--diagnose')) {
    diagnose(blocks, pages, folds);
    return;
  }
  const scored = thresholds.map(() => new Array<number>(pages.length).fill(0));
  const changed = thresholds.map(() => 0);
  for (let f = 0; f < folds; f++) {
    const inFold = (i: number): boolean => foldOf(pages[i]!.domain, folds) === f;
    const model = oracle ? null : fitBlocks(blocks.filter((b) => !inFold(b.page)));
    thresholds.forEach((threshold, t) => {
      pages.forEach((page, i) => {
        if (!inFold(i)) return;
        const refTokens = wordTokens(page.reference);
        const refShingles = oracle ? [1, 2, 3].map((n) => shingles(refTokens, n)) : [];
        // The oracle leaves out the blocks its label says are mostly outside the reference: the ceiling.
        const keep = (el: HtmlElement, ctx: BlockContext): number => {
          if (model !== null) return model(blockFeatures(el, ctx));
          const tokens = wordTokens(textOf(el));
          return tokens.length === 0 ? 1 : shareInReference(tokens, refShingles);
        };
        const body = extractArticle(htmls[i]!, (a) => {
          const choice = candidateChoice(a, 'rules');
          const containers = new Set(choice.containers);
          const ctx = { body: a.body, choice, containers, product: a.product, discussion: a.discussion };
          return { ...choice, drop: (el) => UNIT_TAGS.has(el.tag) && keep(el, ctx) < threshold };
        }).body;
        scored[t]![i] = scoreWords(body, page.reference).f1;
        if (Math.abs(scored[t]![i]! - rules[i]!) > 1e-9) changed[t]!++;
      });
    });
  }
  const types = [...[...new Set(pages.map((p) => p.type))].sort(), 'all'];
  const mean = (xs: number[]): string => (xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)).toFixed(4);
  const rows = types.map((type) => {
    const idx = pages.flatMap((p, i) => (type === 'all' || p.type === type ? [i] : []));
    return [`${type} (${idx.length})`, mean(idx.map((i) => rules[i]!)), ...scored.map((s) => mean(idx.map((i) => s[i]!)))];
  });
  console.log(table([['page type (pages)', 'rules', ...thresholds.map((t) => `drop under ${t}`)], ...rows]));
  console.log(`pages changed: ${thresholds.map((t, i) => `${t}: ${changed[i]}`).join(', ')}`);
}

main();
