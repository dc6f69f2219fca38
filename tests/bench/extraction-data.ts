/*
 * The two extraction benchmarks' pages: the Scrapinghub article set (one ground-truth.json) and
 * the WCXB development split (one JSON per page, with its page type). HTML stays on disk, gzipped,
 * until a run reads it: the WCXB split is 400 MB of HTML.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';

/** Which half of the WCXB split a page is in: rules are worked out on `tune`, checked on `held-out`. */
export type Half = 'tune' | 'held-out';

export interface BenchPage {
  id: string;
  url: string;
  /** Page type (WCXB: article, forum, product, ...; the article set: article). */
  type: string;
  domain: string;
  half: Half;
  htmlPath: string;
  reference: string;
}

export type DatasetKind = 'article-extraction' | 'wcxb';

export interface Dataset {
  kind: DatasetKind;
  dir: string;
  pages: BenchPage[];
}

export function readHtml(page: BenchPage): string {
  return gunzipSync(readFileSync(page.htmlPath)).toString('utf8');
}

/** The site a page belongs to: its host name without a leading "www.". */
export function domainOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * A fixed split by site (FNV-1a of the domain): pages of one site never sit on both sides, so a
 * rule fitted to a site's template cannot look good on the held-out half. Fixed before any tuning.
 */
export function halfOf(domain: string): Half {
  let h = 0x811c9dc5;
  for (let i = 0; i < domain.length; i++) {
    h ^= domain.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'tune' : 'held-out';
}

const ArticleTruth = z.record(z.string(), z.object({ articleBody: z.string().optional(), url: z.string().optional() }));

function loadArticleSet(dir: string): BenchPage[] {
  const truth = ArticleTruth.parse(JSON.parse(readFileSync(join(dir, 'ground-truth', 'ground-truth.json'), 'utf8')));
  const pages: BenchPage[] = [];
  for (const file of readdirSync(join(dir, 'html')).sort()) {
    if (!file.endsWith('.html.gz')) continue;
    const id = file.slice(0, -'.html.gz'.length);
    const entry = truth[id];
    if (entry === undefined) continue;
    const url = entry.url ?? 'https://example.com/';
    const domain = domainOf(url);
    pages.push({
      id,
      url,
      type: 'article',
      domain,
      half: halfOf(domain),
      htmlPath: join(dir, 'html', file),
      reference: entry.articleBody ?? '',
    });
  }
  return pages;
}

const WcxbTruth = z.object({
  url: z.string().nullish(),
  _internal: z.object({ page_type: z.union([z.object({ primary: z.string().nullish() }), z.string()]).nullish() }).nullish(),
  ground_truth: z.object({ main_content: z.string().nullish() }),
});

function pageType(truth: z.infer<typeof WcxbTruth>): string {
  const raw = truth._internal?.page_type;
  const type = (typeof raw === 'string' ? raw : raw?.primary) ?? 'article';
  // Upstream's evaluation renames the older "category" label.
  return type === 'category' ? 'collection' : type;
}

function loadWcxb(dir: string): BenchPage[] {
  const pages: BenchPage[] = [];
  for (const file of readdirSync(join(dir, 'ground-truth')).sort()) {
    if (!file.endsWith('.json')) continue;
    const id = file.slice(0, -'.json'.length);
    const htmlPath = join(dir, 'html', `${id}.html.gz`);
    if (!existsSync(htmlPath)) continue;
    const truth = WcxbTruth.parse(JSON.parse(readFileSync(join(dir, 'ground-truth', file), 'utf8')));
    const url = truth.url ?? 'https://example.com/';
    const domain = domainOf(url);
    pages.push({
      id,
      url,
      type: pageType(truth),
      domain,
      half: halfOf(domain),
      htmlPath,
      reference: truth.ground_truth.main_content ?? '',
    });
  }
  return pages;
}

/** Recognises the layout of DIR and loads its pages. */
export function loadDataset(dir: string): Dataset {
  if (existsSync(join(dir, 'ground-truth', 'ground-truth.json'))) return { kind: 'article-extraction', dir, pages: loadArticleSet(dir) };
  if (existsSync(join(dir, 'ground-truth')) && existsSync(join(dir, 'html'))) return { kind: 'wcxb', dir, pages: loadWcxb(dir) };
  throw new Error(`${dir}: neither the article-extraction layout (ground-truth/ground-truth.json) nor WCXB's (ground-truth/<id>.json)`);
}
