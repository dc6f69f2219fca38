import { namedBy } from './boilerplate.js';
import type { HtmlElement } from './dom.js';
import { LONG_P_LEN, linkDensity } from './stats.js';

/*
 * Service and product pages name their content sections after what they look like: a hero
 * "banner", a "cta-banner" of offers, a "gm-header" over a feature, a "navSource" target of the
 * page's scroll menu. A block only named like furniture that reads as a section of content (a
 * heading over text that is not links) is kept, unless a word names a part of the page that is
 * never its content (a sidebar, a footer, related stories, reviews, a newsletter form).
 */

// Text outside the heading and the links: a long paragraph's worth.
const MIN_SECTION_TEXT = LONG_P_LEN;
const MAX_SECTION_LINK_DENSITY = 0.3;
const OFF_CONTENT_WORDS = new Set([
  'sidebar',
  'footer',
  'related',
  'recommended',
  'recommendation',
  'recommendations',
  'reviews',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'share',
  'sharing',
  'social',
  'cookie',
  'cookies',
  'disqus',
  'outbrain',
  'taboola',
  'trending',
  'pagination',
  'pager',
  'breadcrumb',
  'breadcrumbs',
  'popup',
  'sponsor',
  'sponsored',
  'advert',
  'advertisement',
]);

/** A block with a heading over a paragraph's worth of text that is not links, not named as off-content. */
export function isContentSection(el: HtmlElement): boolean {
  if (el.headingLen === 0) return false;
  if (el.textLen - el.headingLen - el.linkLen < MIN_SECTION_TEXT || linkDensity(el) > MAX_SECTION_LINK_DENSITY) return false;
  return !namedBy(el, OFF_CONTENT_WORDS);
}
