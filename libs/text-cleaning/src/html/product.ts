import { namedBy } from './boilerplate.js';
import type { HtmlElement, ParsedPage } from './dom.js';
import { declaresSchemaType } from './schema-types.js';

/*
 * A product page (og:type product, a schema.org Product in its JSON-LD) keeps its description,
 * not its customers' reviews: a list of reviews holds more prose than a short description and
 * would otherwise be kept as content by its share of the page's prose (WCXB's references leave
 * reviews out). Review sites are articles that declare a Review, not a Product page's list.
 */

// A list of customer reviews ("product-reviews"; one "review" may be a review site's article or a
// testimonial that the page's content quotes).
const REVIEW_WORDS = new Set(['reviews']);

/** A page that says it is a product page, by og:type or a schema.org Product in its JSON-LD. */
export function isProductPage(page: ParsedPage): boolean {
  const og = page.meta.get('og:type')?.toLowerCase();
  return og === 'product' || og === 'og:product' || declaresSchemaType(page, 'Product');
}

/** A block named as a list of customer reviews. */
export function isReviewBlock(el: HtmlElement): boolean {
  return namedBy(el, REVIEW_WORDS);
}
