/*
 * Unifies line breaks and spaces in one pass: \r\n, \r, U+2028/2029/0085 -> \n; every kind of
 * space -> one " "; invisible characters and controls dropped; lines trimmed; at most one blank
 * line in a row (blank lines are kept: they separate paragraphs). A soft hyphen at a line end
 * joins the two halves of the word. One loop instead of a chain of regexes: this runs on
 * every document.
 */

const enum Kind {
  Text,
  Space,
  Newline,
  Drop,
  SoftHyphen,
}

function kindOf(code: number): Kind {
  if (code > 0x20 && code < 0x7f) return Kind.Text;
  if (code === 0x20 || code === 0x09) return Kind.Space;
  if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x85) return Kind.Newline;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return Kind.Drop;
  if (code === 0xad) return Kind.SoftHyphen;
  if (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000) {
    return Kind.Space;
  }
  if ((code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) return Kind.Drop;
  return Kind.Text;
}

// What the loop below would change: a character it drops or turns into a space or a line break, a space
// before a space or a line break, a line break before a space, three line breaks in a row. Most scraped
// dumps have none of them. Two scans: one class of single characters (whitespace other than " " and "\n",
// as \s lists it, and the characters dropped), then the pairs. V8 tries one class at each position much
// faster than the four alternatives of /[^\S \n]|[…]| [ \n]|\n(?: |\n\n)/ (9 against 13 µs on a 4 KB
// release), same verdicts.
const ABNORMAL_CHAR_RE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\t\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u2060]/;
const ABNORMAL_PAIR_RE = / [ \n]|\n(?: |\n\n)/;

function alreadyNormal(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (first === 0x20 || first === 0x0a || last === 0x20 || last === 0x0a) return false;
  return !ABNORMAL_CHAR_RE.test(text) && !ABNORMAL_PAIR_RE.test(text);
}

export function normalizeWhitespace(text: string): string {
  if (alreadyNormal(text)) return text;
  const parts: string[] = [];
  let line = ''; // text of the current line so far
  let pendingSpace = false;
  let newlines = 0; // line breaks since the last text
  let softHyphen = false; // a soft hyphen waits: dropped, and joins the lines if a break follows
  let segment = -1; // start of a run of plain text not yet copied into line
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x0a;
    // Fast path: inside a run of text, printable ASCII and single spaces need no decision.
    if (segment >= 0) {
      if (code > 0x20 && code < 0x7f) continue;
      if (code === 0x20 && i + 1 < text.length && kindOf(text.charCodeAt(i + 1)) === Kind.Text) continue;
    }
    const kind = kindOf(code);
    if (kind === Kind.Text) {
      if (segment < 0) {
        if (line.length === 0) {
          if (parts.length > 0) parts.push(newlines > 1 ? '\n\n' : '\n');
        } else if (pendingSpace) {
          line += ' ';
        }
        newlines = 0;
        pendingSpace = false;
        softHyphen = false;
        segment = i;
      }
      continue;
    }
    if (segment >= 0) {
      line += text.slice(segment, i);
      segment = -1;
    }
    if (kind === Kind.Space) {
      if (!softHyphen) pendingSpace = true;
    } else if (kind === Kind.SoftHyphen) {
      softHyphen = true;
    } else if (kind === Kind.Newline) {
      if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      if (softHyphen && i < text.length) continue; // "humani\u00AD\ntaire" -> "humanitaire"
      if (line.length > 0) {
        parts.push(line);
        line = '';
      }
      pendingSpace = false;
      newlines++;
    }
  }
  return parts.join('');
}
