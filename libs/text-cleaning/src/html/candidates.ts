import { chooseContainers, regionAround, selectContainers, type RenderChoice } from './containers.js';
import type { AnalysedPage } from './extract-article.js';
import type { HtmlElement } from './dom.js';

/*
 * The other renderings the extractor can give of one analysed page, beside what its rules choose:
 * for a learned choice between them (tests/bench/extraction-selector.ts). Each is a pure choice of containers; the
 * rendering and its clean-up are the extractor's own.
 */

export const CANDIDATES = ['rules', 'article', 'region', 'links', 'region-judged', 'body', 'region-narrow', 'region-wide'] as const;
export type CandidateName = (typeof CANDIDATES)[number];

// The rules' region holds 0.6 of the non-link text; these hold less (a listing's blocks) or more.
const NARROW_SHARE = 0.4;
const WIDE_SHARE = 0.85;

const plainText = (el: HtmlElement): number => el.textLen - el.linkLen;

/** The rendering named `name` of the page (the rules' own choice where the page has no top candidate). */
export function candidateChoice(a: AnalysedPage, name: CandidateName): RenderChoice {
  const { body, top } = a;
  if (name === 'rules' || top === null) return chooseContainers(body, top, a.product, a.declared);
  switch (name) {
    case 'article':
      return { containers: selectContainers(top), mode: 'article' };
    case 'region':
      return { containers: [regionAround(top, body, plainText)], mode: 'region' };
    case 'links':
      return { containers: [regionAround(top, body, (el) => el.textLen)], mode: 'links' };
    case 'region-judged':
      return { containers: [regionAround(top, body, plainText)], mode: 'article' };
    case 'body':
      return { containers: [body], mode: 'region' };
    case 'region-narrow':
      return { containers: [regionAround(top, body, plainText, NARROW_SHARE)], mode: 'region' };
    case 'region-wide':
      return { containers: [regionAround(top, body, plainText, WIDE_SHARE)], mode: 'region' };
  }
}
