import { PHONE_RE_SOURCE } from './patterns.js';

const PHONE_RE = new RegExp(PHONE_RE_SOURCE, 'g');
const EXTENSION_RE = /^\s*,?\s*(?:ext\.?|extension|ext|x|poste|anexo|ext\.?\s*:|int\.?)\s*:?\s*(\d{1,6})\b/i;
const TRUNK_ZERO_RE = /\(0\)\s*/g;
const SEPARATORS_RE = /[\s().-]+/g;
const DIGIT_RE = /\d/g;

/** Normalises one phone: "+52 (962) 642-5674" -> "+52 962 642 5674", "0041 22..." -> "+41 22...". */
export function normalisePhone(raw: string): string {
  let phone = raw.replace(TRUNK_ZERO_RE, ' ').replace(SEPARATORS_RE, ' ').trim();
  if (phone.startsWith('00')) phone = '+' + phone.slice(2).trimStart();
  phone = phone.replace(/^\+\s+/, '+');
  return phone;
}

/** All phone numbers in a piece of text, normalised, with their extension kept ("ext. 108"). */
export function extractPhones(text: string): string[] {
  const phones: string[] = [];
  for (const m of text.matchAll(PHONE_RE)) {
    const digits = m[0].match(DIGIT_RE)?.length ?? 0;
    if (digits < 7 || digits > 15) continue;
    let phone = normalisePhone(m[0]);
    const ext = EXTENSION_RE.exec(text.slice((m.index ?? 0) + m[0].length));
    if (ext !== null) phone += ` ext. ${ext[1] ?? ''}`;
    phones.push(phone);
  }
  return phones;
}
