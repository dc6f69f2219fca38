import type { Contact } from '../types.js';
import { CONTACT_INTRO, CONTACT_LABEL, CONTACT_VERB, EMAIL_RE_SOURCE } from './patterns.js';
import { extractPhones } from './phones.js';
import { isSpaceCode } from '../word-scan.js';

/*
 * Contact blocks list one or more people as a sequence of fields (name, office, phones,
 * address) separated by commas, new lines or "ou/or/o/y/and". We classify each field and start
 * a new contact when a name appears after the current one already has an address or a phone.
 */

const INTRO_RE = new RegExp(String.raw`^\s*(?:${CONTACT_INTRO}|${CONTACT_LABEL})`, 'iu');
const VERB_RE = new RegExp(
  String.raw`^[\s,;:-]*(?:(?:veuillez|merci\s+de|n['’]h[ée]sitez\s+pas\s+[àa]|please|kindly|favor\s+de|por\s+favor|s[ií]rvase)\s+)?${CONTACT_VERB}(?![\p{L}])\s*:?`,
  'iu',
);
const LEADING_PUNCT_RE = /^[\s,;:.\-–—]+/u;
const FIELD_SPLIT_RE = /\n|[,;]|\s[|/]\s/u;
const CONJUNCTION_SPLIT_RE = /(\s+(?:ou|or|o|y|and|et|e)\s+)/u;
// Necessary for CONJUNCTION_SPLIT_RE (a space, then the first letter of a conjunction): without it the
// split is the field alone, and most fields (names, offices, phones, footer links) have none.
const MAY_CONJUNCTION_RE = /\s[aeoy]/;
const REACH_DATA_RE = new RegExp(String.raw`${EMAIL_RE_SOURCE}|\d[\d\s().-]{5,}\d`, 'u');
const EMAIL_RE = new RegExp(EMAIL_RE_SOURCE, 'g');
const EMAIL_LABEL_RE = /(?<![\p{L}])(?:e-?mail|courriel|correo(?:\s+electr[oó]nico)?|mail)\s*[:.]?/giu;
const PHONE_LABEL_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:t[ée]l(?:[ée]phone|[ée]fono)?|phone|mob(?:ile)?|m[oó]vil|cel(?:l|ular)?|portable|whatsapp|` +
    String.raw`gsm|ligne\s+directe|direct|office|bureau|oficina)\.?\s*(?:\([^)]{0,20}\))?\s*[:.]?(?=\s*[+(\d])`,
  'giu',
);
const FAX_RE = /^(?:fax|t[ée]l[ée]copie(?:ur)?)(?![\p{L}])/iu;
const PHONE_CHARS_RE = /[+\d][\d\s().+-]{5,30}\d(?:\s*(?:ext\.?|x|poste|anexo)\s*\d{1,6})?/giu;
const EXTENSION_ONLY_RE = /^(?:ext\.?|extension|poste|anexo)\s*:?\s*(\d{1,6})$/iu;
const EMPTY_PARENS_RE = /\(\s*\)/gu;
const PARENTHESIS_RE = /\(([^()]{2,60})\)/u;
const SPACES_RE = /\s+/gu;
const UPPER_START_RE = /^\p{Lu}/u;
const DIGIT_RE = /\d/u;
const NAME_WORD_RE = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const PARTICLES = new Set([
  'de',
  'del',
  'da',
  'das',
  'do',
  'dos',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'di',
  'du',
  'bin',
  'al',
  'el',
  'y',
  'ben',
  'ter',
]);
// Known organisations (case-sensitive acronyms) and words that name an office rather than a person.
const ORG_ACRONYM_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:OIM|IOM|ONU|UN|UNHCR|HCR|ACNUR|UNICEF|OCHA|WFP|PAM|WHO|OMS|OPS|PAHO|UNDP|PNUD|UNFPA|` +
    String.raw`FAO|UNOPS|UNESCO|ICRC|CICR|IFRC|FICR|UE|EU|ILO|OIT|UNRWA|UNEP|PNUE|OHCHR|HCDH|ACNUDH)(?![\p{L}])`,
  'u',
);
const ORG_WORD_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:office|bureau|oficina|mission|misi[oó]n|organi[sz]ation|organizaci[oó]n|headquarters|si[eè]ge|sede|ministry|minist[eè]re|ministerio|agency|` +
    String.raw`agence|agencia|department|d[ée]partement|departamento|embassy|ambassade|embajada|nations|naciones|country|pays|pa[ií]s|regional|r[ée]gional)(?![\p{L}])`,
  'iu',
);
/*
 * Necessary for ORG_WORD_RE, tried first: each of its words holds one of these pieces, none with an "s" or a "k"
 * (with /iu, "ſ" and the Kelvin sign match them), and every other letter here matches the same units with /i as
 * with /iu (a test checks), so /i without /u and without the lookarounds finds every word the full pattern finds.
 */
export const MAY_ORG_WORD_RE = /office|bureau|oficina|i[oó]n|organi|headquarter|i[eè]ge|ede|mini|agen|part|emba|amba|country|pay|pa[ií]/i;
const NAME_OFFICE_RE = /^(.+?)\s+(?:at|à|from|en|de|of)\s+(?:the\s+|la\s+|el\s+|l['’]\s?)?(.+)$/u;
const TRAILING_LABEL_RE = /(?<![\p{L}])(?:t[ée]l|phone|mobile|e-?mail|courriel|correo|cel)\.?\s*:?\s*$/iu;
/*
 * Cheap necessary conditions of the patterns above, tested first: most fields hold no address, no digit
 * and no label, and each replace copies the field. The letters involved fold only to their ASCII (and É)
 * cases, so /i without /u finds the same words; the lookbehinds of the full patterns make V8 try every
 * position, these literal alternations do not.
 */
const MAIL_WORD_RE = /mail|courriel|correo/i;
const PHONE_AHEAD_RE = /[+(\d]/;
const LABEL_WORD_RE = /t[ée]l|phone|mobile|mail|courriel|correo|cel/i;
const TWO_CAPITALS_RE = /[A-Z]{2}/;
const ODD_SPACE_RE = /\s\s|[^\S ]/u;

interface Draft {
  name: string | null;
  office: string | null;
  officeRank: number;
  email: string | null;
  phones: string[];
}

function newDraft(): Draft {
  return { name: null, office: null, officeRank: -1, email: null, phones: [] };
}

function hasReachData(d: Draft): boolean {
  return d.email !== null || d.phones.length > 0;
}

function officeRank(text: string): number {
  // Every acronym is two capitals or more.
  if (TWO_CAPITALS_RE.test(text) && ORG_ACRONYM_RE.test(text)) return 2;
  return MAY_ORG_WORD_RE.test(text) && ORG_WORD_RE.test(text) ? 1 : -1;
}

function isName(text: string): boolean {
  if (DIGIT_RE.test(text) || text.length > 60 || !UPPER_START_RE.test(text)) return false;
  const words = text.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => NAME_WORD_RE.test(w) || PARTICLES.has(w));
}

function tidy(text: string): string {
  let out = text.includes('(') ? text.replace(EMPTY_PARENS_RE, ' ') : text;
  if (ODD_SPACE_RE.test(out)) out = out.replace(SPACES_RE, ' ');
  return trimTrailingPunctuation(out.replace(LEADING_PUNCT_RE, '')).trim();
}

/** The characters of /[\s,;:.\-–—]/u: JavaScript's \s, and the punctuation that ends a field. */
function isTrailingPunctuation(c: number): boolean {
  if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2e || c === 0x2d || c === 0x2013 || c === 0x2014) return true;
  return isSpaceCode(c);
}

/** `text.replace(/[\s,;:.\-–—]+$/u, '')` without trying the pattern at every position. */
export function trimTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && isTrailingPunctuation(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

function stripIntro(block: string): string {
  let text = block;
  const intro = INTRO_RE.exec(text);
  if (intro !== null) text = text.slice(intro[0].length);
  const verb = VERB_RE.exec(text);
  if (verb !== null) text = text.slice(verb[0].length);
  return text.replace(LEADING_PUNCT_RE, '');
}

class ContactCollector {
  readonly contacts: Contact[] = [];
  private current: Draft = newDraft();

  startNew(): void {
    const d = this.current;
    if (hasReachData(d) || (d.name !== null && d.office !== null)) {
      this.contacts.push({ name: d.name, office: d.office, email: d.email, phones: d.phones });
    }
    this.current = newDraft();
  }

  get draft(): Draft {
    return this.current;
  }

  addEmail(email: string): void {
    if (this.current.email === null) this.current.email = email;
  }

  addPhone(phone: string): void {
    if (!this.current.phones.includes(phone)) this.current.phones.push(phone);
  }

  addExtension(ext: string): void {
    const phones = this.current.phones;
    const last = phones[phones.length - 1];
    if (last !== undefined && !last.includes('ext.')) phones[phones.length - 1] = `${last} ext. ${ext}`;
  }

  offerOffice(text: string, rank: number): void {
    const d = this.current;
    if (rank > d.officeRank) {
      d.office = text;
      d.officeRank = rank;
    }
  }

  /** Free text left in a field after emails and phones: a name, an office or a job title. */
  addText(text: string): void {
    const ext = EXTENSION_ONLY_RE.exec(text);
    if (ext !== null) {
      this.addExtension(ext[1] ?? '');
      return;
    }
    const paren = text.includes('(') ? PARENTHESIS_RE.exec(text) : null;
    if (paren !== null) {
      const inside = tidy(paren[1] ?? '');
      const outside = tidy(text.replace(paren[0], ' '));
      if (outside) this.addText(outside);
      if (inside) this.addText(inside);
      return;
    }
    const rank = officeRank(text);
    if (rank < 0 && isName(text)) {
      if (this.current.name !== null && hasReachData(this.current)) this.startNew();
      if (this.current.name === null) this.current.name = text;
      else this.offerOffice(text, 0); // a second name-like field: most likely a job title
      return;
    }
    const split = rank >= 0 ? NAME_OFFICE_RE.exec(text) : null;
    if (split !== null && isName(split[1] ?? '') && officeRank(split[2] ?? '') >= 0) {
      this.addText(split[1] ?? '');
      this.offerOffice(tidy(split[2] ?? ''), officeRank(split[2] ?? ''));
      return;
    }
    if (rank >= 0) {
      if (hasReachData(this.current) && this.current.office !== null) this.startNew();
      this.offerOffice(text, rank);
    } else if (this.current.name !== null && text.split(' ').length <= 8 && !DIGIT_RE.test(text)) {
      this.offerOffice(text, 0);
    }
  }
}

function handlePiece(piece: string, out: ContactCollector): void {
  const trimmed = piece.trim();
  if (!trimmed || FAX_RE.test(trimmed)) return;
  let rest = trimmed;
  if (trimmed.includes('@')) {
    for (const m of trimmed.matchAll(EMAIL_RE)) out.addEmail(m[0]);
    rest = rest.replace(EMAIL_RE, ' ');
  }
  if (DIGIT_RE.test(rest)) {
    for (const m of rest.matchAll(PHONE_CHARS_RE)) for (const p of extractPhones(m[0])) out.addPhone(p);
    rest = rest.replace(PHONE_CHARS_RE, ' ');
  }
  if (MAIL_WORD_RE.test(rest)) rest = rest.replace(EMAIL_LABEL_RE, ' ');
  if (PHONE_AHEAD_RE.test(rest)) rest = rest.replace(PHONE_LABEL_RE, ' ');
  if (LABEL_WORD_RE.test(rest)) rest = rest.replace(TRAILING_LABEL_RE, '');
  const text = tidy(rest);
  if (text) out.addText(text);
}

/** Parses a press-contact block (French, English or Spanish) into contacts. */
export function parseContacts(block: string): Contact[] {
  const out = new ContactCollector();
  const text = stripIntro(block.replace(/\r\n?/g, '\n'));
  for (const field of text.split(FIELD_SPLIT_RE)) {
    // Split keeps the separators at odd indexes so a non-separating "and" can be put back.
    const pieces = MAY_CONJUNCTION_RE.test(field) ? field.split(CONJUNCTION_SPLIT_RE) : [field];
    let pending = pieces[0] ?? '';
    for (let i = 2; i < pieces.length; i += 2) {
      const piece = (pieces[i] ?? '').trim();
      const reachable = hasReachData(out.draft) || REACH_DATA_RE.test(pending);
      if (reachable && UPPER_START_RE.test(piece)) {
        // "... Email: a@b.org ou Claudette Walls": a new person once the current one is reachable.
        handlePiece(pending, out);
        out.startNew();
        pending = piece;
      } else if (/^[+\d(]/u.test(piece) || piece.includes('@')) {
        handlePiece(pending, out); // another phone or address of the same person
        pending = piece;
      } else {
        pending = `${pending}${pieces[i - 1] ?? ' '}${piece}`; // "Trinidad and Tobago"
      }
    }
    handlePiece(pending, out);
  }
  out.startNew();
  return out.contacts;
}
