import type { ParsedPage } from './dom.js';

/*
 * A page that sells one thing without declaring a product (no og:type product, no JSON-LD Product):
 * its Open Graph price (`product:price:amount`, `og:price:amount`) or a single schema.org Offer in its
 * microdata says so. A category page prints an Offer per card.
 */

const PRICE_META = ['product:price:amount', 'og:price:amount'];
const OFFER_RE = /itemtype=["']https?:\/\/schema\.org\/(?:Offer|AggregateOffer)["']/gi;

/** True when the page gives a price in its meta tags or holds exactly one microdata Offer. */
export function sellsOneThing(html: string, page: ParsedPage): boolean {
  if (PRICE_META.some((k) => page.meta.has(k))) return true;
  return (html.match(OFFER_RE)?.length ?? 0) === 1;
}
