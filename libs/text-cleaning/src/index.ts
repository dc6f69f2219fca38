export {
  sourceTemplateSchema,
  type CleanTextOptions,
  type CleanedText,
  type CleaningWarning,
  type Contact,
  type SourceTemplate,
} from './types.js';
export { cleanText, SHORT_BODY_WORDS } from './clean-text.js';
export { looksLikeHtml } from './html/looks-like-html.js';
export { htmlToText, type HtmlExtraction } from './html/to-text.js';
export { detectLanguage, type LanguageGuess } from './language/detect.js';
export { repairText } from './repair/repair-text.js';
export { reflowParagraphs } from './reflow.js';
export { parseContacts } from './contacts/parse.js';
export {
  findContactBlockStart,
  locateContactBlock,
  splitContactBlock,
  type ContactBlockPosition,
  type ContactBlockSplit,
} from './contacts/find-block.js';
export { splitDateline, type DatelineSplit } from './dateline.js';
export { emptyTemplate, learnTemplate, TEMPLATE_MIN_DOCUMENTS } from './template.js';
export { prepareText, type PreparedText } from './prepare.js';
export { extractArticle, type ArticleExtraction, type AnalysedPage, type RenderStrategy } from './html/extract-article.js';
export { CANDIDATES, candidateChoice, type CandidateName } from './html/candidates.js';
export { candidateFeatures, pageFeatures } from './html/selector-features.js';
export { blockFeatures, UNIT_TAGS, type BlockContext } from './html/block-features.js';
export { ParagraphWriter } from './html/render.js';
export type { HtmlElement } from './html/dom.js';
export { parseWrittenDate, declaredPublicationDate } from './published-date.js';
export { MONTH_NAMES } from './months.js';
export {
  notTextReason,
  notArticleReason,
  articleSignals,
  MAX_CONTROL_SHARE,
  MAX_UNDECODABLE_SHARE,
  MIN_WORD_LETTER_SHARE,
  MIN_ARTICLE_LETTERS,
  type ArticleSignals,
  type CleanedForQuality,
} from './quality/release-quality.js';
export { characterProfile, type CharacterProfile } from './quality/text-signals.js';
export { isSiteFurniture } from './quality/site-furniture.js';
