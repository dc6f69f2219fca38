import type { HtmlElement } from './dom.js';
import { isItemHeaderOrFooter } from './card-parts.js';
import { withoutVariantUtilities } from './utility-classes.js';
import { isAccordionList, isCollapsedPanel, isFoldedAnswer, wrapsCollapsedPanel } from './panels.js';
import { isControlledPanel } from './controlled-panels.js';
import { isHiddenSetMember } from './hidden-sets.js';
import { isArticleHeaderOrFooter } from './section-headers.js';
import { isMainContentHeader } from './main-headers.js';
import { isHeadingSlug } from './slug-ids.js';
import { isPricedLink, namesCardInfo, namesPartsOnly } from './part-names.js';

/*
 * Page furniture recognised from tag names, ARIA roles, visibility and class/id words. Class and
 * id values are split into words ("share-bar", "socialShare", "cookie_consent") so that a word
 * like "ad" matches only as a whole word, never inside "header" or "download".
 */

const FURNITURE_TAGS = new Set(['nav', 'aside', 'menu', 'form', 'fieldset', 'figcaption']);
// The page's banner and footer, as HTML scopes them: inside sectioning content or <main> a <header>
// or <footer> belongs to its section (a post's or a card's title and details).
const PAGE_SCOPED_TAGS = new Set(['header', 'footer']);
const SECTIONING_TAGS = new Set(['article', 'aside', 'main', 'nav', 'section']);
const FURNITURE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
  'tablist',
]);
const FURNITURE_WORDS = new Set([
  'nav',
  'navbar',
  'navigation',
  'menu',
  'menus',
  'submenu',
  'megamenu',
  'breadcrumb',
  'breadcrumbs',
  'share',
  'shares',
  'sharing',
  'sharebar',
  'sharetools',
  'social',
  'socials',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'banner',
  'disqus',
  'related',
  'recommended',
  'recommendation',
  'recommendations',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'promo',
  'promos',
  'promotion',
  'ad',
  'ads',
  'advert',
  'adverts',
  'advertisement',
  'adslot',
  'adunit',
  'sponsor',
  'sponsored',
  'sidebar',
  'footer',
  'header',
  'masthead',
  'pagination',
  'pager',
  'popup',
  'modal',
  'outbrain',
  'taboola',
  'trending',
  'toolbar',
  'tags',
  'tagcloud',
  // Customer reviews under a product (a list of them: one review's own page is "review").
  'reviews',
  'byline',
  'dateline',
  'timestamp',
  'caption',
  'captions',
  'figcaption',
  'gallery',
  // Not "carousel": site builders put a collection's products and a service page's offers in
  // carousels as often as related stories (issue 17).
  'slideshow',
  'lightbox',
  'slidecount',
  // Footnotes of offers and specifications ("* Image simulated"), printed under product pages.
  'disclaimer',
]);
// Words of metadata blocks (dates, authors, credits): furniture only when the block is short, as
// "post-meta" or "date" rarely name a wrapper of prose but sometimes do.
const SHORT_FURNITURE_WORDS = new Set([
  'meta',
  'date',
  'time',
  'author',
  'authors',
  'submitted',
  'published',
  'posted',
  'updated',
  'credit',
  'credits',
  'source',
  'data',
  'info',
  'print',
  'email',
  'tools',
  'actions',
  // "Skip to content" links are short; a "skip-item" wrapper of a page's sections is not one.
  'skip',
]);
const SHORT_BLOCK_LEN = 200;
// A <form> is a search box, a login or a reply box; one around long paragraphs may hold a thread's
// posts (a forum's moderation form): it is judged like a block named as furniture, kept when it
// holds much of the page's prose or reads as a content section.
const FORM_PROSE_LEN = 200;
// Consent banners and modal dialogs (terms of service, privacy policy, size guides): their text is
// long prose, yet never the page's content, whatever its share.
const CONSENT_WORDS = new Set(['consent', 'gdpr', 'modal']);
const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);
// Comments are furniture beside an article, but the content of a discussion page (see prune).
const COMMENT_WORDS = new Set(['comment', 'comments', 'commentlist']);
const EMBED_WORDS = new Set(['embed', 'embedded', 'tweet']);
// Whole class names that hide an element from sighted readers (`w-condition-invisible`: Webflow's
// display:none for a block whose CMS condition is not met, printed beside the shown variant).
const HIDDEN_CLASSES = new Set([
  'hidden',
  'hide',
  'sr-only',
  'visually-hidden',
  'screen-reader-text',
  'invisible',
  'w-condition-invisible',
]);
// Compound names that do not split into useful words.
const FURNITURE_SUBSTRINGS_RE = /sharedaddy|addthis|sharethis|adsbygoogle|relatedposts|yarpp|newsletter|cookiebanner/;
const HIDDEN_CLASS_HINT_RE = /hid|sr-only|screen-reader-text|invisible/i;
const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const CAMEL_RE = /([a-z])([A-Z])/g;
const WORD_SPLIT_RE = /[^a-z0-9]+/;

const POSITIVE_WORDS = new Set([
  'article',
  'articles',
  'body',
  'content',
  'entry',
  'hentry',
  'main',
  'page',
  'post',
  'text',
  'blog',
  'story',
  'prose',
  'richtext',
]);
const NEGATIVE_WORDS = new Set([
  'hidden',
  'banner',
  'combx',
  'comment',
  'comments',
  'contact',
  'footer',
  'masthead',
  'media',
  'meta',
  'outbrain',
  'promo',
  'related',
  'scroll',
  'share',
  'shoutbox',
  'sidebar',
  'skyscraper',
  'sponsor',
  'shopping',
  'tags',
  'widget',
  'ad',
  'ads',
  'social',
  'nav',
  'menu',
  'byline',
  'author',
  'caption',
]);

// Shared by every element without a class or id (most of them): never modified.
const NO_WORDS: readonly string[] = [];

export function classWords(value: string | undefined): readonly string[] {
  if (value === undefined || value === '') return NO_WORDS;
  const plain = withoutVariantUtilities(value).replace(CAMEL_RE, '$1 $2').toLowerCase();
  return NEGATION_HINT_RE.test(plain) ? negationScoped(plain) : plain.split(WORD_SPLIT_RE);
}

// A negating word before the end of a class name: the words after it may be negated too.
const NEGATION_HINT_RE = /(?:^|[^a-z0-9])(?:with|has|no|not|without|show|hide|enable|disable)[^a-z0-9\s]+[a-z0-9]/;
const NEGATED_MARK = '~';

/**
 * Words of a name where a negating word negates all the words after it in its class
 * ("hide-read-more-ad" names no ad): they are marked so that no word list matches them.
 */
function negationScoped(plain: string): string[] {
  const words: string[] = [];
  for (const token of plain.split(/\s+/)) {
    let negated = false;
    for (const w of token.split(WORD_SPLIT_RE)) {
      words.push(negated && !NEGATING_WORDS.has(w) ? NEGATED_MARK + w : w);
      if (NEGATING_WORDS.has(w)) negated = true;
    }
  }
  return words;
}

// "with-sidebar", "has-comments", "no-ads", "not-footer": words describing a layout or what the element is not.
const NEGATING_WORDS = new Set(['with', 'has', 'no', 'not', 'without', 'show', 'hide', 'enable', 'disable']);

function hasWord(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) {
    if (set.has(words[i] ?? '') && !NEGATING_WORDS.has(words[i - 1] ?? '')) return true;
  }
  return false;
}

/** The furniture words of a name, negated ones ("no-footer") left out. */
function furnitureWordsIn(words: readonly string[]): string[] {
  return words.filter((w, i) => FURNITURE_WORDS.has(w) && !NEGATING_WORDS.has(words[i - 1] ?? ''));
}

function classWordsOf(el: HtmlElement): readonly string[] {
  return (el.classWordList ??= classWords(el.attr('class')));
}

function idWordsOf(el: HtmlElement): readonly string[] {
  if (el.idWordList !== null) return el.idWordList;
  const words = classWords(el.attr('id'));
  // An anchor written from the section's heading names its subject, not the block (slug-ids.ts).
  el.idWordList = hasWord(words, FURNITURE_WORDS) && isHeadingSlug(el, words) ? NO_WORDS : words;
  return el.idWordList;
}

/** The class words followed by the id words. */
function nameWordsOf(el: HtmlElement): readonly string[] {
  if (el.nameWordList !== null) return el.nameWordList;
  const cls = classWordsOf(el);
  const id = idWordsOf(el);
  // A copy only when both are there.
  el.nameWordList = id.length === 0 ? cls : cls.length === 0 ? id : [...cls, ...id];
  return el.nameWordList;
}

export function isHidden(el: HtmlElement): boolean {
  return (el.hidden ??= hiddenByMarkup(el));
}

// React's streamed server rendering sends late parts of the page in <div hidden id="S:n">, which its
// script moves into place: content, not hidden. n is written in hexadecimal ("S:2e").
const STREAMED_ID_RE = /^S:[0-9a-f]+$/;

function hiddenByMarkup(el: HtmlElement): boolean {
  // A tab panel hidden until its tab is chosen is content (a product's details, a docs page's
  // examples per language), not furniture.
  if (el.attr('role') === 'tabpanel' || isCollapsedPanel(el) || wrapsCollapsedPanel(el)) return false;
  // An FAQ's answer folded under its question is content too (panels.ts).
  // So is a panel its trigger controls (controlled-panels.ts).
  // So is a closed member of a carousel or tab set beside the one shown (hidden-sets.ts).
  return hiddenAttributes(el) && !isFoldedAnswer(el, VISIBILITY) && !isControlledPanel(el) && !isHiddenSetMember(el, SET_READING);
}

const VISIBILITY = { hidden: isHidden, hiddenAttributes };
const SET_READING = { hidden: hiddenAttributes, classWords: classWordsOf };

/** Hidden by its attributes (`hidden`, `aria-hidden`, a hiding style or class), panels aside. */
function hiddenAttributes(el: HtmlElement): boolean {
  if (el.attr('hidden') !== undefined && !STREAMED_ID_RE.test(el.attr('id') ?? '')) return true;
  if (el.attr('aria-hidden') === 'true') return true;
  const style = el.attr('style');
  if (style !== undefined && HIDDEN_STYLE_RE.test(style)) return true;
  const cls = el.attr('class');
  // Most class values name none of them: split only those that could.
  if (cls !== undefined && HIDDEN_CLASS_HINT_RE.test(cls))
    for (const c of cls.split(' ')) if (HIDDEN_CLASSES.has(c.toLowerCase())) return true;
  return false;
}

/**
 * True for a consent banner ("onetrust-consent-sdk", "gdpr-notice") or a modal dialog
 * ("modal-terms-of-service"): furniture even when its legal text outweighs a page whose content is
 * short or not prose.
 */
export function isConsentBlock(el: HtmlElement): boolean {
  // A dialog by its ARIA role is one too (a consent banner marked up as a <form role="dialog">).
  const role = el.attr('role');
  if (role !== undefined && DIALOG_ROLES.has(role.toLowerCase())) return true;
  return (el.attr('class') !== undefined || el.attr('id') !== undefined) && hasWord(nameWordsOf(el), CONSENT_WORDS);
}

/** True for a block named as comments ("comment-list", "ipsComment"), which isFurniture leaves alone. */
export function isCommentBlock(el: HtmlElement): boolean {
  return hasWord(nameWordsOf(el), COMMENT_WORDS);
}

/**
 * Why a block is navigation, a banner, a share bar or the like: by its markup (tag, role,
 * visibility) or by its class/id words only ('name'); null when it is not furniture.
 */
export function furnitureKind(el: HtmlElement): 'markup' | 'name' | null {
  if (FURNITURE_TAGS.has(el.tag)) return el.tag === 'form' && el.longPLen > FORM_PROSE_LEN ? 'name' : 'markup';
  if (PAGE_SCOPED_TAGS.has(el.tag) && !insideSection(el)) return 'markup';
  const role = el.attr('role');
  if (role !== undefined && FURNITURE_ROLES.has(role.toLowerCase()) && !(role === 'tablist' && isAccordionList(el))) return 'markup';
  if (isHidden(el)) return 'markup';
  const cls = el.attr('class');
  const id = el.attr('id');
  const words = nameWordsOf(el);
  // Embedded posts ("social-media-embed") are quoted by the article, not furniture around it.
  if (hasWord(words, EMBED_WORDS)) return null;
  if (hasWord(words, FURNITURE_WORDS)) {
    // "dark-nav-btns" on a carousel names its buttons, not the block (part-names.ts).
    if (namesPartsOnly(el, words, (w, i) => FURNITURE_WORDS.has(w) && !NEGATING_WORDS.has(words[i - 1] ?? ''))) return null;
    const found = furnitureWordsIn(words);
    if (isItemHeaderOrFooter(el, found) || isArticleHeaderOrFooter(el, found)) return null;
    // A header named inside <main> heads the main content (main-headers.ts).
    return isMainContentHeader(el, found) ? null : 'name';
  }
  // A card's "product-card__info" (or a linked "c-ptf__info" showing a price) is its name and price
  // (part-names.ts), unless its id names it too.
  if (el.textLen < SHORT_BLOCK_LEN && hasWord(words, SHORT_FURNITURE_WORDS) && !cardInfoOnly(el)) return 'name';
  if (cls === undefined && id === undefined) return null;
  const joined = `${cls ?? ''} ${id ?? ''}`.toLowerCase();
  return FURNITURE_SUBSTRINGS_RE.test(joined) ? 'name' : null;
}

const isShortFurnitureWord = (w: string): boolean => SHORT_FURNITURE_WORDS.has(w);

function cardInfoOnly(el: HtmlElement): boolean {
  return namesCardInfo(el.attr('class'), isShortFurnitureWord, () => isPricedLink(el)) && !hasWord(idWordsOf(el), SHORT_FURNITURE_WORDS);
}

/** True when the block's class or id words (not negated) include one of `words`. */
export function namedBy(el: HtmlElement, words: ReadonlySet<string>): boolean {
  return hasWord(nameWordsOf(el), words);
}

/** True for a block named by a furniture word that holds at any length ("caption", not "meta"). */
export function namedByLongWord(el: HtmlElement): boolean {
  return hasWord(nameWordsOf(el), FURNITURE_WORDS);
}

/** True for a block named by a word of short blocks ("meta", "info") and by no word of any length. */
export function namedByShortWord(el: HtmlElement): boolean {
  const words = nameWordsOf(el);
  return hasWord(words, SHORT_FURNITURE_WORDS) && !hasWord(words, FURNITURE_WORDS);
}

/** True for navigation, banners, share bars and the like (by tag, role, visibility or class/id words). */
export function isFurniture(el: HtmlElement): boolean {
  return furnitureKind(el) !== null;
}

function insideSection(el: HtmlElement): boolean {
  for (let p = el.parent; p !== null; p = p.parent) if (SECTIONING_TAGS.has(p.tag)) return true;
  return false;
}

/** Readability's class weight: ±25 for content-like or furniture-like class and id words. */
export function classWeight(el: HtmlElement): number {
  let weight = 0;
  for (const words of [classWordsOf(el), idWordsOf(el)]) {
    if (words.length === 0) continue;
    if (hasWord(words, NEGATIVE_WORDS)) weight -= 25;
    if (hasWord(words, POSITIVE_WORDS)) weight += 25;
  }
  return weight;
}
