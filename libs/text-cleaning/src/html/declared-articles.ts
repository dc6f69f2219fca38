import type { ParsedPage } from './dom.js';
import { declaresAnySchemaType } from './schema-types.js';

/*
 * A page that says it is an article: `og:type` article, or a schema.org Article (or one of its
 * subtypes) in its JSON-LD. Only such a page, a declared product or a declared thread has its prose
 * containers rendered as an article (containers.ts): a service or landing page that does not say what
 * it is prints its text in sections side by side, and readability's containers keep one of them
 * (WCXB's references keep the page's sections).
 */

// schema.org's Article and its subtypes.
const ARTICLE_TYPES = [
  'Article',
  'AdvertiserContentArticle',
  'NewsArticle',
  'AnalysisNewsArticle',
  'AskPublicNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReportageNewsArticle',
  'ReviewNewsArticle',
  'Report',
  'SatiricalArticle',
  'ScholarlyArticle',
  'MedicalScholarlyArticle',
  'SocialMediaPosting',
  'BlogPosting',
  'LiveBlogPosting',
  'DiscussionForumPosting',
  'TechArticle',
  'APIReference',
];

/** True when the page declares itself an article by Open Graph or JSON-LD. */
export function declaresArticle(page: ParsedPage): boolean {
  return page.meta.get('og:type')?.toLowerCase() === 'article' || declaresAnySchemaType(page, ARTICLE_TYPES);
}
