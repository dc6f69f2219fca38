import { classWeight } from './boilerplate.js';
import { collapseSpaces, type HtmlElement, type HtmlNode } from './dom.js';
import { linkDensity } from './stats.js';

/*
 * Turns the selected containers into paragraphs. Blocks inside them that look like furniture
 * rather than prose (link lists, image galleries, forms) are skipped, following readability's
 * "clean conditionally" rules.
 */

// Elements that start and end a paragraph of the output.
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'section',
  'article',
  'main',
  'tr',
  'td',
  'th',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'figure',
  'figcaption',
  'pre',
  'address',
  'hr',
  'header',
  'footer',
  'body',
  'center',
  'details',
  'summary',
  'caption',
  'aside',
  'nav',
  'form',
  'fieldset',
  'legend',
  'hgroup',
  'picture',
  'dialog',
  'menu',
]);
const CONDITIONAL_TAGS = new Set(['div', 'section', 'ul', 'ol', 'table', 'form', 'fieldset', 'dl']);
const LINE_SPACES_RE = / *\n */g;
const WORD_END_RE = /[\p{L}\p{N}.,;:!?)\]]$/u;
const LETTER_END_RE = /\p{L}$/u;
const UPPER_START_RE = /^\p{Lu}/u;
const DIGIT_START_RE = /^\p{N}/u;

/** Why a block inside the article looks like furniture (readability's _cleanConditionally), or null. */
export function junkReason(el: HtmlElement): string | null {
  if (!CONDITIONAL_TAGS.has(el.tag)) return null;
  // A furniture-like class name alone ("widget", "media", "contact") does not make a block junk:
  // site builders give such names to wrappers of real content. It only lowers the link density
  // a block may have (below).
  const weight = classWeight(el);
  const ld = linkDensity(el);
  if (el.commas >= 10) return null;
  const isList = el.tag === 'ul' || el.tag === 'ol' || (el.textLen > 0 && el.listLen / el.textLen > 0.9);
  const p = el.paragraphs;
  const img = el.images;
  const len = el.textLen;
  const headingDensity = len === 0 ? 0 : el.headingLen / len;
  if (img > 1 && p / img < 0.5) return 'images';
  if (!isList && el.listItems - 100 > p) return 'list-items';
  if (el.inputs > Math.floor(p / 3)) return 'inputs';
  if (!isList && headingDensity < 0.9 && len < 25 && (img === 0 || img > 2) && ld > 0) return 'short-link';
  if (!isList && weight < 25 && ld > 0.2) return 'links';
  if (weight >= 25 && ld > 0.5) return 'links';
  if (isList && ld > 0.5) return 'link-list';
  return null;
}

export function looksLikeJunk(el: HtmlElement): boolean {
  return junkReason(el) !== null;
}

export class ParagraphWriter {
  readonly paragraphs: string[] = [];
  private parts: string[] = [];
  private preDepth = 0;
  // Set between two sibling inline elements (a card's <span>Brand</span><span>Name</span>, which
  // the page's CSS lays out apart): a space is put there when the text would otherwise glue.
  private gap = false;

  flush(): void {
    if (this.parts.length === 0) return;
    const text = this.parts.join('').replace(LINE_SPACES_RE, '\n').trim();
    this.parts = [];
    this.gap = false;
    if (text !== '') this.paragraphs.push(text);
  }

  text(raw: string): void {
    if (raw === '') return;
    if (this.gap) {
      this.gap = false;
      if (this.preDepth === 0 && this.glues(raw)) this.parts.push(' ');
    }
    this.parts.push(this.preDepth > 0 ? raw : collapseSpaces(raw));
  }

  // Only where the page's CSS must part them: a word or number ending before a capital ("Brand"
  // "Name", "stars" "2 of 5"), not a drop cap ("I" "f"), an ordinal ("3" "rd") or letters split apart.
  private glues(next: string): boolean {
    const last = this.parts[this.parts.length - 1];
    if (last === undefined || last.length < 2 || !WORD_END_RE.test(last)) return false;
    return UPPER_START_RE.test(next) || (DIGIT_START_RE.test(next) && LETTER_END_RE.test(last));
  }

  element(el: HtmlElement, skip: (el: HtmlElement) => boolean): void {
    if (el.removed || skip(el)) return;
    if (el.tag === 'br') {
      this.parts.push('\n');
      return;
    }
    const block = BLOCK_TAGS.has(el.tag);
    if (block) this.flush();
    if (el.tag === 'pre') this.preDepth++;
    this.nodes(el.children, skip);
    if (el.tag === 'pre') this.preDepth--;
    if (block) this.flush();
  }

  nodes(nodes: readonly HtmlNode[], skip: (el: HtmlElement) => boolean): void {
    let inlineBefore = false;
    for (const n of nodes) {
      if (typeof n === 'string') {
        this.text(n);
        inlineBefore = false;
        continue;
      }
      const inline = !BLOCK_TAGS.has(n.tag) && n.tag !== 'br';
      if (inline && inlineBefore) this.gap = true;
      this.element(n, skip);
      inlineBefore = inline && !n.removed;
    }
  }
}
