/*
 * A small, forgiving HTML tokenizer: enough to extract text from press-release pages without a
 * parser dependency. Linear time: every scan moves forward with indexOf or a single loop.
 */

export type HtmlToken =
  | { kind: 'text'; text: string }
  | { kind: 'open'; name: string; attrs: Readonly<Record<string, string>>; selfClosing: boolean }
  | { kind: 'close'; name: string };

// Elements whose content is not markup: we jump straight to their end tag.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);

function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57) || code === 45 || code === 58 || code === 95;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

function readName(html: string, start: number): number {
  let i = start;
  while (i < html.length && isNameChar(html.charCodeAt(i))) i++;
  return i;
}

interface ParsedTag {
  attrs: Record<string, string>;
  selfClosing: boolean;
  end: number; // index after '>'
}

function parseAttributes(html: string, start: number): ParsedTag {
  const attrs: Record<string, string> = {};
  let i = start;
  let selfClosing = false;
  const n = html.length;
  while (i < n) {
    const code = html.charCodeAt(i);
    if (code === 62 /* > */) return { attrs, selfClosing, end: i + 1 };
    if (isSpace(code)) { i++; continue; }
    if (code === 47 /* / */) { selfClosing = html.charCodeAt(i + 1) === 62; i++; continue; }
    let j = i;
    while (j < n) {
      const c = html.charCodeAt(j);
      if (isSpace(c) || c === 61 || c === 62 || c === 47) break;
      j++;
    }
    if (j === i) j++; // stray character such as a quote: skip it
    const name = html.slice(i, j).toLowerCase();
    i = j;
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    let value = '';
    if (html.charCodeAt(i) === 61 /* = */) {
      i++;
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      const quote = html.charCodeAt(i);
      if (quote === 34 || quote === 39) {
        const close = html.indexOf(quote === 34 ? '"' : "'", i + 1);
        const stop = close === -1 ? n : close;
        value = html.slice(i + 1, stop);
        i = stop + 1;
      } else {
        let k = i;
        while (k < n && !isSpace(html.charCodeAt(k)) && html.charCodeAt(k) !== 62) k++;
        value = html.slice(i, k);
        i = k;
      }
    }
    if (name && !(name in attrs)) attrs[name] = value;
  }
  return { attrs, selfClosing, end: n };
}

/** Splits HTML into text, open-tag and close-tag tokens. Text is returned raw (entities undecoded). */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  const n = html.length;
  let lower: string | null = null; // computed lazily for case-insensitive end-tag search
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      tokens.push({ kind: 'text', text: html.slice(i) });
      break;
    }
    if (lt > i) tokens.push({ kind: 'text', text: html.slice(i, lt) });
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const end = html.indexOf('>', lt + 2);
      i = end === -1 ? n : end + 1;
      continue;
    }
    if (next === 47 /* / */ && isNameStart(html.charCodeAt(lt + 2))) {
      const nameEnd = readName(html, lt + 2);
      const end = html.indexOf('>', nameEnd);
      tokens.push({ kind: 'close', name: html.slice(lt + 2, nameEnd).toLowerCase() });
      i = end === -1 ? n : end + 1;
      continue;
    }
    if (!isNameStart(next)) {
      tokens.push({ kind: 'text', text: '<' });
      i = lt + 1;
      continue;
    }
    const nameEnd = readName(html, lt + 1);
    const name = html.slice(lt + 1, nameEnd).toLowerCase();
    const tag = parseAttributes(html, nameEnd);
    tokens.push({ kind: 'open', name, attrs: tag.attrs, selfClosing: tag.selfClosing });
    i = tag.end;
    if (RAW_TEXT.has(name) && !tag.selfClosing) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, i);
      const stop = close === -1 ? n : close;
      if (stop > i) tokens.push({ kind: 'text', text: html.slice(i, stop) });
      tokens.push({ kind: 'close', name });
      const end = close === -1 ? n : html.indexOf('>', close);
      i = end === -1 ? n : end + 1;
    }
  }
  return tokens;
}
