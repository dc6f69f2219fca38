/*
 * Text dumps of HTML pages keep fragments of markup: the tail of an anchor whose opening was
 * cut ('"mailto:x@y.org">x@y.org'), stray tags, comments. We drop the markup and keep the
 * visible text.
 */

// Tail of an anchor: optional '<a ... href=', then the quoted URL and '>'.
const ANCHOR_TAIL_RE =
  /(?:<a\b[^<>]{0,300}?\bhref\s*=\s*)?["']?(?:mailto:|https?:\/\/|www\.)[^"'\s<>]{1,300}["']\s*(?:[a-z-]{1,20}\s*=\s*["'][^"'<>]{0,200}["']\s*){0,5}>/gi;
const MAILTO_RE = /\bmailto:/gi;
const COMMENT_RE = /<!--[\s\S]{0,2000}?-->/g;
// A tag needs a letter right after "<" so "<5 ans" or "<x@y.org>" survive.
const TAG_RE = /<\/?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\s[^<>]{0,500})?\/?>/g;

/** Removes HTML remnants from a text dump, keeping the visible text of links. */
export function stripHtmlRemnants(text: string): string {
  if (text.indexOf('<') === -1 && text.indexOf('>') === -1 && text.indexOf('mailto:') === -1) return text;
  return text.replace(COMMENT_RE, ' ').replace(ANCHOR_TAIL_RE, '').replace(TAG_RE, '').replace(MAILTO_RE, '');
}
