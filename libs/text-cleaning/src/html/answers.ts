import { isHidden } from './boilerplate.js';
import { foldedText, foldText, type HtmlElement, type ParsedPage } from './dom.js';

/*
 * A Q&A page (schema.org QAPage) declares its answers in its JSON-LD, text included. A block named
 * as comments that prints one of them holds the page's answers (a forum that names its replies
 * "comment-wrapper"), not remarks beside an article: it stays. The comments under a Stack
 * Exchange answer print no declared answer and stay asides.
 */

const ANSWER_TYPE_RE = /"@type"\s*:\s*"Answer"/;
const TAG_RE = /<[^>]*>/g;
// The opening words of an answer, enough to tell it from any other text of the page.
const SNIPPET_WORDS = 8;
const MIN_SNIPPET_LEN = 30;
const MAX_DEPTH = 20;

function collect(value: unknown, out: string[], depth: number): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  const type = record['@type'];
  const text = record['text'];
  if ((type === 'Answer' || (Array.isArray(type) && type.includes('Answer'))) && typeof text === 'string') {
    const snippet = foldText(text.replace(TAG_RE, ' ')).split(' ').slice(0, SNIPPET_WORDS).join(' ');
    if (snippet.length >= MIN_SNIPPET_LEN) out.push(snippet);
  }
  for (const v of Object.values(record)) collect(v, out, depth + 1);
}

/** The opening words of the answers a page declares in its JSON-LD (lowercased, spaces collapsed). */
export function declaredAnswers(page: ParsedPage): string[] {
  const out: string[] = [];
  for (const s of page.jsonLd) {
    if (!ANSWER_TYPE_RE.test(s)) continue;
    try {
      collect(JSON.parse(s) as unknown, out, 0);
    } catch {
      // Broken JSON-LD declares nothing we can read.
    }
  }
  return out;
}

/** True when `el` prints one of the declared answers. */
export function holdsDeclaredAnswer(el: HtmlElement, answers: readonly string[]): boolean {
  if (answers.length === 0) return false;
  const text = foldedText(el);
  return answers.some((a) => text.includes(a));
}

/**
 * True for a hidden block that prints one of the declared answers: an FAQ (schema.org FAQPage)
 * folds its answers, and the page's JSON-LD says they are its content.
 */
export function foldsDeclaredAnswer(el: HtmlElement, answers: readonly string[]): boolean {
  return answers.length > 0 && el.textLen > 0 && isHidden(el) && holdsDeclaredAnswer(el, answers);
}
