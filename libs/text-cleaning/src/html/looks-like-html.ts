const DOCUMENT_START_RE = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;
// Common tags in their real syntax; a text dump with one stray remnant does not reach the threshold.
const TAG_RE =
  /<\/?(?:html|head|body|div|p|span|a|br|h[1-6]|ul|ol|li|table|tr|td|article|section|main|nav|header|footer|script|style|meta|link|img|strong|em|b|i)(?:\s[^<>]{0,300})?\/?>/gi;
const SCAN_LIMIT = 8192;
const MIN_TAGS = 4;

/** True when the input is HTML markup rather than a text dump (decided on its first 8 KB). */
export function looksLikeHtml(input: string): boolean {
  const head = input.length > SCAN_LIMIT ? input.slice(0, SCAN_LIMIT) : input;
  if (DOCUMENT_START_RE.test(head)) return true;
  if (head.indexOf('<') === -1) return false;
  const tags = head.matchAll(TAG_RE);
  for (let count = 0; count < MIN_TAGS; count++) {
    if (tags.next().done) return false;
  }
  return true;
}
