import type { RenderChoice } from './containers.js';
import type { HtmlElement, ParsedPage } from './dom.js';
import type { AnalysedPage } from './extract-article.js';
import { findCardGrid } from './grid.js';
import { linkDensity } from './stats.js';

/*
 * Page and candidate features for the learned choice of a rendering (tests/bench/extraction-selector.ts): general
 * measures of text, links and declared page kinds, no site names. Each value is scaled to about
 * [0, 1] so that one ridge penalty fits all.
 */

const LD_ARTICLE = /"@type"\s*:\s*\[?\s*"(?:News|Blog|Scholarly|Tech)?Article"|"@type"\s*:\s*\[?\s*"BlogPosting"/;
const LD_PRODUCT = /"@type"\s*:\s*\[?\s*"(?:Product|ProductGroup|Offer|AggregateOffer)"/;
const LD_LIST = /"@type"\s*:\s*\[?\s*"(?:ItemList|CollectionPage|SearchResultsPage|OfferCatalog)"/;
const LD_DISCUSSION = /"@type"\s*:\s*\[?\s*"(?:FAQPage|QAPage|DiscussionForumPosting|Question)"/;
const LD_SERVICE = /"@type"\s*:\s*\[?\s*"(?:Service|LocalBusiness|Organization|Event|Course)"/;

function declares(page: ParsedPage, re: RegExp): number {
  return page.jsonLd.some((s) => re.test(s)) ? 1 : 0;
}

function ratio(a: number, b: number): number {
  return b <= 0 ? 0 : Math.min(1, a / b);
}

/** Text sums over a choice's containers. */
function measure(choice: RenderChoice): { text: number; plain: number; longP: number; p: number } {
  let text = 0;
  let plain = 0;
  let longP = 0;
  let p = 0;
  for (const el of choice.containers) {
    text += el.textLen;
    plain += el.textLen - el.linkLen;
    longP += el.longPLen;
    p += el.pLen;
  }
  return { text, plain, longP, p };
}

function choiceFeatures(choice: RenderChoice, body: HtmlElement): number[] {
  const m = measure(choice);
  const plainBody = body.textLen - body.linkLen;
  return [
    ratio(m.text, body.textLen),
    ratio(m.plain, plainBody),
    ratio(m.longP, body.longPLen),
    ratio(m.text - m.plain, m.text),
    ratio(m.p, m.text),
    choice.mode === 'article' ? 1 : 0,
    choice.mode === 'links' ? 1 : 0,
    Math.min(1, Math.log1p(choice.containers.length) / 3),
  ];
}

/** Features of the page alone, the same for every candidate. */
export function pageFeatures(a: AnalysedPage): number[] {
  const { body, page } = a;
  const grid = findCardGrid(body);
  const ogType = page.meta.get('og:type') ?? '';
  return [
    Math.min(1, Math.log1p(body.textLen) / 12),
    linkDensity(body),
    ratio(body.longPLen, body.textLen),
    ratio(body.pLen, body.textLen),
    a.product ? 1 : 0,
    a.discussion ? 1 : 0,
    a.top === null ? 1 : 0,
    declares(page, LD_ARTICLE),
    declares(page, LD_PRODUCT),
    declares(page, LD_LIST),
    declares(page, LD_DISCUSSION),
    declares(page, LD_SERVICE),
    ogType === 'article' ? 1 : 0,
    ogType === 'product' || ogType.startsWith('product.') ? 1 : 0,
    ogType === 'website' ? 1 : 0,
    grid === null ? 0 : ratio(grid.textLen, body.textLen),
    grid === null ? 0 : linkDensity(grid),
    Math.min(1, page.h1s.length / 3),
  ];
}

/** One candidate's vector: the page's features, the candidate's, then the rules' choice's. */
export function candidateFeatures(page: readonly number[], candidate: RenderChoice, rules: RenderChoice, body: HtmlElement): number[] {
  return [...page, ...choiceFeatures(candidate, body), ...choiceFeatures(rules, body)];
}

export const FEATURE_COUNT = 18 + 2 * 8;
