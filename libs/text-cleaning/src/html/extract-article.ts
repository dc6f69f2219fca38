import { declaredPublicationDate } from '../published-date.js';
import { furnitureKind, isCommentBlock, isConsentBlock, namedByLongWord } from './boilerplate.js';
import { chooseContainers, type RenderChoice } from './containers.js';
import { isDiscussionPage } from './discussion.js';
import { declaresArticle } from './declared-articles.js';
import { keepHeadingButtons } from './accordion-questions.js';
import { dropNoscriptCopies } from './noscript.js';
import { foldText, parseHtml, type HtmlElement, type ParsedPage } from './dom.js';
import { looksLikeJunk, ParagraphWriter } from './render.js';
import { dropRecommendations, isRecommendationHeading } from './recommendations.js';
import { findTopCandidate } from './score.js';
import { computeStats, linkDensity, refreshStats, removeSubtree, restoreSubtree } from './stats.js';
import { dropTrailers } from './trailing.js';
import { dropRepeatedParagraphs } from './duplicates.js';
import { isContentSection } from './sections.js';
import { isPageHeaderOrFooter } from './footer.js';
import { distinctParents, groupBy, templateOf } from './grid.js';
import { isProductPage, isReviewBlock } from './product.js';
import { sellsOneThing } from './offers.js';
import { pickTitle, type TitleChoice } from './title.js';
import { dropTwinSiblings } from './twins.js';
import { dropDeviceTwins } from './device-twins.js';
import { dropPostProfiles } from './post-profiles.js';
import { dropPostSignatures } from './signatures.js';
import { dropRepeatedMenus } from './repeated-menus.js';
import { isControl } from './controls.js';
import { isAriaImage } from './aria-images.js';
import { dropButtonLinks } from './button-links.js';
import { dropMicrodataCounts } from './microdata-counts.js';
import { dropPosterTitles } from './poster-titles.js';
import { dropRepeatedLinks } from './repeated-links.js';
import { declaredAnswers, foldsDeclaredAnswer, holdsDeclaredAnswer } from './answers.js';
import { dropMachineIdRuns } from './machine-ids.js';
import { isAuthorBox } from './author-boxes.js';
import { isNotesList } from './footnotes.js';
import { registerControlledIds } from './controlled-panels.js';
import { holdsMainLandmark } from './main-landmark.js';
import { isInterfaceMessage, isStorefrontGroup } from './widget-roles.js';
import { restoreSplitTemplates } from './short-name-templates.js';
import { leadParagraphs } from './leads.js';
import { sideGrids } from './side-grids.js';
import { isControlLabel } from './labels.js';

export interface ArticleExtraction {
  /** Headline from <h1>, og:title or <title>, or null. */
  title: string | null;
  /** Where the title was read: a visible heading of the page, or its metadata only. */
  titleSource: 'heading' | 'metadata' | null;
  /** Article paragraphs (headings, list items and quotes included), title excluded. */
  paragraphs: string[];
  /** The paragraphs separated by blank lines. */
  body: string;
  /** Publication date declared in the page's metadata (ISO), or null. */
  publishedAt: string | null;
}

// Furniture is kept when it holds this share of the page text: it is a page-wide wrapper.
const WRAPPER_SHARE = 0.5;
// ...or a smaller share when it also holds the headline (a "layout-with-sidebar" wrapper).
const HEADLINE_WRAPPER_SHARE = 0.2;
const CORE_SHARE = 0.5;
const NAMED_FURNITURE_PROSE_SHARE = 0.3;
// Long-paragraph text outside the comment blocks that makes the page an article with comments.
const MIN_ARTICLE_BESIDE_COMMENTS = 300;
const ARTICLE_SHARE_BESIDE_COMMENTS = 0.3;

// Blocks of a product page's region skipped when they are mostly link text.
const REGION_SKIP_TAGS = new Set(['div', 'section', 'ul', 'ol', 'table', 'dl']);
const PRODUCT_LINK_BLOCK_DENSITY = 0.5;
// A block named like furniture repeated this often as one template may be the page's cards.
const REPEATED_TEMPLATE = 4;
const REPEATED_MAX_LINK_SHARE = 0.5;

function findBody(root: HtmlElement): HtmlElement {
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el.tag === 'body') return el;
    for (const c of el.children) if (typeof c !== 'string' && c.tag !== 'head') stack.push(c);
  }
  return root;
}

interface PruneState {
  page: HtmlElement;
  protectedEls: ReadonlySet<HtmlElement>;
  /** Outermost blocks named as comments, judged once the rest of the page is known. */
  comments: HtmlElement[];
  /** Blocks removed for their class/id words only: put back when they are the page's repeated cards. */
  named: HtmlElement[];
  /** Headings of recommendation sections ("You may also like"), dropped after the pruning. */
  recommendations: HtmlElement[];
  /** The page declares a product: its reviews are not content whatever their prose (product.ts). */
  product: boolean;
  /** Answers the page declares in its JSON-LD (answers.ts): a hidden block printing one is a folded answer. */
  answers: readonly string[];
}

function prune(el: HtmlElement, state: PruneState, inComments: boolean): void {
  const { page, protectedEls } = state;
  for (const child of el.children) {
    if (typeof child === 'string') continue;
    // A consent banner or a modal dialog goes whatever its share of the page's text, unless it
    // holds the headline: then the name is a state of the page ("modal-enabled"). So does an
    // interface control (controls.ts) and an image drawn in characters (aria-images.ts).
    if (
      (isConsentBlock(child) || (state.product && isReviewBlock(child)) || isControl(child) || isAriaImage(child)) &&
      !protectedEls.has(child)
    ) {
      removeSubtree(child);
      continue;
    }
    // Paragraph text counts too: menus and link lists can outweigh an article in raw text.
    const share = Math.max(child.textLen / Math.max(1, page.textLen), child.pLen / Math.max(1, page.pLen));
    const wrapper =
      (share > WRAPPER_SHARE && !isPageHeaderOrFooter(child, page, protectedEls)) ||
      (share > HEADLINE_WRAPPER_SHARE && protectedEls.has(child));
    const named = wrapper || foldsDeclaredAnswer(child, state.answers) ? null : furnitureKind(child);
    // A block only named like furniture around the page's <main> is a layout wrapper (main-landmark.ts).
    const kind = named === 'name' && holdsMainLandmark(child) ? null : named;
    // A block only named like furniture ("nav-source", "promo-container") that holds a good part of
    // the page's prose, or reads as a section of content (sections.ts), is content that a site
    // builder named badly.
    const prose =
      kind === 'name' && ((child.longPLen >= NAMED_FURNITURE_PROSE_SHARE * page.longPLen && child.longPLen > 0) || isContentSection(child));
    if (kind !== null && !prose) {
      removeSubtree(child);
      if (kind === 'name') state.named.push(child);
      continue;
    }
    if (isRecommendationHeading(child)) state.recommendations.push(child);
    const comments = !inComments && !wrapper && isCommentBlock(child);
    if (comments) state.comments.push(child);
    prune(child, state, inComments || comments);
  }
}

/**
 * Comments go when the page has an article of its own beside them; on a discussion page (a forum
 * thread, a Q&A page) they are the content.
 */
function dropComments(answers: readonly string[], body: HtmlElement, all: readonly HtmlElement[]): void {
  if (all.length === 0) return;
  // Blocks printing a Q&A page's declared answers (read once, for the pruning) are its answers, not comments (answers.ts).
  const comments = answers.length === 0 ? all : all.filter((el) => !holdsDeclaredAnswer(el, answers));
  let inside = 0;
  for (const el of comments) inside += el.longPLen;
  const outside = body.longPLen - inside;
  if (outside < MIN_ARTICLE_BESIDE_COMMENTS && outside < ARTICLE_SHARE_BESIDE_COMMENTS * inside) return;
  for (const el of comments) removeSubtree(el);
}

/**
 * Blocks removed for a furniture word that repeat as one template (same tag and class, at least
 * REPEATED_TEMPLATE times) and hold more text than what the pruning left are the page's cards
 * ("caption", "banner", "ad" naming each product or listing item, "info" a part of each), not
 * furniture: they are put back.
 */
function restoreRepeatedNamed(named: readonly HtmlElement[], remaining: number): void {
  const groups = groupBy(named, (el) => `${namedByLongWord(el) ? 'long' : 'short'} ${templateOf(el)}`);
  for (const group of groups.values()) {
    if (group.length < REPEATED_TEMPLATE) continue;
    let text = 0;
    let link = 0;
    for (const el of group) {
      text += el.textLen;
      link += el.linkLen;
    }
    if (text <= remaining) continue;
    // Named by a furniture word of any length ("caption"): the cards are mostly not links (link
    // lists are menus). By a word of short blocks ("info"): one part of each card, in as many
    // parents, whatever its links (the values of one table are siblings).
    if (namedByLongWord(group[0]!) ? link > REPEATED_MAX_LINK_SHARE * text : distinctParents(group) < REPEATED_TEMPLATE) continue;
    for (const el of group) restoreSubtree(el);
  }
}

export interface AnalysedPage {
  page: ParsedPage;
  body: HtmlElement;
  title: TitleChoice;
  /** The page declares itself a forum thread or a Q&A page (discussion.ts). */
  discussion: boolean;
  /** The page declares a product (product.ts). */
  product: boolean;
  /** The page declares itself an article, a product or a thread: its prose may be rendered as an article (declared-articles.ts). */
  declared: boolean;
  /** The best-scoring container, or null when the page has no paragraph of text. */
  top: HtmlElement | null;
}

/** Parses, prunes the furniture and scores the page (exported for tests and diagnostics). */
export function analysePage(html: string): AnalysedPage {
  const page: ParsedPage = parseHtml(html);
  // A button stays only as an accordion's heading (accordion-questions.ts).
  keepHeadingButtons(page);
  registerControlledIds(page);
  const body = findBody(page.root);
  // Stats are computed once; after each removal only the elements above it are recomputed.
  computeStats(page.root);
  dropNoscriptCopies(page);
  refreshStats(page.root);
  const title = pickTitle(page, body);
  const protectedEls = new Set<HtmlElement>(title.element === null ? [] : ancestors(title.element));
  const product = isProductPage(page);
  const state: PruneState = {
    page: body,
    protectedEls,
    comments: [],
    named: [],
    recommendations: [],
    product,
    answers: declaredAnswers(page),
  };
  prune(body, state, false);
  refreshStats(page.root);
  restoreRepeatedNamed(state.named, body.textLen);
  // Blocks of one template removed for a word of short blocks beside kin kept for their length (short-name-templates.ts).
  for (const el of restoreSplitTemplates(state.named, body)) prune(el, state, false);
  refreshStats(page.root);
  dropRecommendations(state.recommendations, body);
  refreshStats(page.root);
  const discussion = isDiscussionPage(html, page);
  if (!discussion) {
    dropComments(state.answers, body, state.comments);
    refreshStats(page.root);
  }
  // The author cards beside a thread's posts (post-profiles.ts).
  dropPostProfiles(body);
  // The posters' signatures under their posts (signatures.ts).
  dropPostSignatures(body);
  // A menu printed under every post (repeated-menus.ts).
  dropRepeatedMenus(body);
  refreshStats(page.root);
  // One item printed in two layouts (for phones and for desktops) is read once (twins.ts).
  dropTwinSiblings(body);
  refreshStats(page.root);
  const declared = product || discussion || declaresArticle(page);
  return { page, body, title, discussion, product, declared, top: findTopCandidate(body) };
}

/**
 * What to render of an analysed page: the rules of containers.ts, or another strategy (candidates.ts),
 * which may also leave out blocks of the containers (`drop`: tests/bench/extraction-blocks.ts).
 */
export type RenderStrategy = (analysed: AnalysedPage) => RenderChoice & { drop?: (el: HtmlElement) => boolean };

const ruleStrategy: RenderStrategy = (a) => chooseContainers(a.body, a.top, a.product, a.declared);

/** Finds the main article of an HTML page and returns its title and paragraphs. */
export function extractArticle(html: string, strategy: RenderStrategy = ruleStrategy): ArticleExtraction {
  const analysed = analysePage(html);
  const { title: titleInfo, discussion, product, page } = analysed;
  const writer = new ParagraphWriter();
  // An article's containers are kept whatever they look like and their parts are judged; a region
  // is rendered whole (see containers.ts).
  const choice = strategy(analysed);
  // The article's lead printed between its headline and the chosen body (leads.ts).
  const containers = new Set([...leadParagraphs(titleInfo.element, choice.containers), ...choice.containers]);
  // A call to action printed on every card goes once the containers are chosen (repeated-links.ts).
  dropRepeatedLinks(containers);
  // A link styled as a button is a call to action (button-links.ts).
  dropButtonLinks(containers);
  // A block printed again apart for some screens is read once (device-twins.ts).
  dropDeviceTwins(containers);
  // A vote score or comment count marked in microdata (microdata-counts.ts).
  dropMicrodataCounts(containers);
  // A poster's rank under their name on every post of a thread (poster-titles.ts).
  if (discussion) dropPosterTitles(containers);
  // A block holding most of the paragraph text is the article's core, whatever surrounds it.
  let pTotal = 0;
  let plainTotal = 0;
  for (const el of containers) {
    pTotal += el.pLen;
    plainTotal += el.textLen - el.linkLen;
  }
  // A nested <article> holding most of the text is the post itself (forums nest each post's body).
  const skipInArticle = (el: HtmlElement): boolean =>
    !containers.has(el) &&
    el.pLen <= CORE_SHARE * pTotal &&
    (looksLikeJunk(el) || (isNestedArticle(el) && el.textLen - el.linkLen <= CORE_SHARE * plainTotal));
  // A product page's region also holds its recommendation grids, variant links and unmarked
  // footers: there, blocks made mostly of links are skipped (a listing's cards are left whole), and
  // so are the buy box's control groups by their ARIA role (widget-roles.ts).
  // A page selling one thing without declaring it (a price in its meta tags, one microdata Offer: offers.ts)
  // gets these two product rules, not the others (its reviews, its few-plain-text test stay).
  const selling = product || sellsOneThing(html, page);
  const productRegion = choice.mode === 'region' && selling;
  const skipInProduct = (el: HtmlElement): boolean =>
    !containers.has(el) && ((REGION_SKIP_TAGS.has(el.tag) && linkDensity(el) > PRODUCT_LINK_BLOCK_DENSITY) || isStorefrontGroup(el));
  const modeSkip = choice.mode === 'article' ? skipInArticle : productRegion ? skipInProduct : () => false;
  // Who wrote the article and its notes, printed under it (author-boxes.ts, footnotes.ts); on a discussion
  // page each post names its author.
  const skipApart = (el: HtmlElement): boolean =>
    !discussion && !containers.has(el) && el.pLen <= CORE_SHARE * pTotal && (isAuthorBox(el) || isNotesList(el));
  // A tooltip or a live message of the interface, or a form control's caption, on any page (widget-roles.ts,
  // labels.ts); a carousel of other products inside a region rendered whole (side-grids.ts).
  const sides = choice.mode === 'region' ? sideGrids(choice.containers) : null;
  const ruleSkip = (el: HtmlElement): boolean =>
    modeSkip(el) ||
    skipApart(el) ||
    (!containers.has(el) && (isInterfaceMessage(el) || isControlLabel(el) || (sides !== null && sides.has(el))));
  const drop = choice.drop;
  const skip = drop === undefined ? ruleSkip : (el: HtmlElement): boolean => ruleSkip(el) || (!containers.has(el) && drop(el));
  for (const el of containers) writer.element(el, skip);
  writer.flush();

  // In a forum thread a paragraph met again is a reply quoting an earlier post; on a product page,
  // the same block printed for phones and for desktops (duplicates.ts).
  const kept = dropMachineIdRuns(writer.paragraphs);
  const paragraphs = dropTrailers(discussion || selling ? dropRepeatedParagraphs(kept) : kept);
  const title = titleInfo.title;
  // The headline opens the container more often than not: it is reported apart.
  if (title !== null) {
    const t = foldText(title);
    const i = paragraphs.slice(0, 3).findIndex((p) => foldText(p) === t);
    if (i >= 0) paragraphs.splice(i, 1);
  }
  const titleSource = title === null ? null : titleInfo.element === null ? 'metadata' : 'heading';
  return { title, titleSource, paragraphs, body: paragraphs.join('\n\n'), publishedAt: declaredPublicationDate(page.meta, page.jsonLd) };
}

/** An <article> inside another is an embedded teaser, comment or post, not the story itself. */
function isNestedArticle(el: HtmlElement): boolean {
  if (el.tag !== 'article') return false;
  for (let p = el.parent; p !== null; p = p.parent) if (p.tag === 'article') return true;
  return false;
}

function ancestors(el: HtmlElement): HtmlElement[] {
  const list: HtmlElement[] = [];
  for (let p: HtmlElement | null = el; p !== null; p = p.parent) list.push(p);
  return list;
}
