import { extractArticle } from './extract-article.js';

export interface HtmlExtraction {
  /** The article: its visible headline first, then paragraphs separated by blank lines. */
  text: string;
  /** Headline candidate from <h1> (preferably agreeing with the page metadata) or <title>, or null. */
  title: string | null;
  /** Publication date the page declares (ISO), or null. */
  publishedAt: string | null;
}

/**
 * The article of an HTML page as text for the text pipeline (see extractArticle). A headline read
 * from a visible heading opens the text, as it does on the page; one known only from metadata
 * stays out of the text.
 */
export function htmlToText(html: string): HtmlExtraction {
  const article = extractArticle(html);
  const text = article.titleSource === 'heading' && article.title !== null ? `${article.title}\n\n${article.body}` : article.body;
  return { text: text.trim(), title: article.title, publishedAt: article.publishedAt };
}
