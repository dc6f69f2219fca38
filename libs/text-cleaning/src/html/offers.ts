import type { ParsedPage } from './dom.js';

/*
 * A page that sells one thing without declaring a product (no og:type product, no JSON-LD Product):
 * its Open Graph price (`product:price:amount`, `og:price:amount`) or a single schema.org Offer in its
 * microdata (its price in a `<meta itemprop>`) says so. A category page prints an Offer per card.
 */

const PRICE_META = ['product:price:amount', 'og:price:amount'];
const OFFER_META = ['price', 'pricecurrency', 'lowprice'];
const OFFER_RE = /itemtype=["']https?:\/\/schema\.org\/(?:Offer|AggregateOffer)["']/gi;

/** True when the page gives a price in its meta tags or holds exactly one microdata Offer. */
export function sellsOneThing(html: string, page: ParsedPage): boolean {
  if (PRICE_META.some((k) => page.meta.has(k))) return true;
  // An Offer's price is a <meta itemprop> (read with the page's meta tags) on the pages that hold one: the
  // others are spared a search of the whole page.
  if (!OFFER_META.some((k) => page.meta.has(k))) return false;
  return (html.match(OFFER_RE)?.length ?? 0) === 1;
}
