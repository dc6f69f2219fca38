export interface AmountTag {
  value: number;
  currency: string;
  text: string;
}

/**
 * Money amounts in the three languages' number formats: fr "440 000,50",
 * es "100.000,50", en "350,000.50", with scale words (millions, milliard,
 * mil millones, billion...) and currencies written as codes, symbols or words.
 */

type Lang = 'fr' | 'es' | 'en' | 'other';

/** Currency words (after the number). Order matters: longer, qualified forms first. */
const CURRENCY_WORDS: readonly (readonly [string, string])[] = [
  [String.raw`francs?\s+CFA|F\s?CFA|FCFA|francos?\s+CFA`, 'CFA'],
  [String.raw`francs?\s+suisses?|Swiss\s+francs?|francos?\s+suizos?`, 'CHF'],
  [String.raw`dollars?\s+canadiens?|dólares?\s+canadienses?|Canadian\s+dollars?`, 'CAD'],
  [String.raw`dollars?\s+australiens?|dólares?\s+australianos?|Australian\s+dollars?`, 'AUD'],
  [
    [
      String.raw`dollars?\s+(?:américains?|des\s+[EÉ]tats-Unis|US|EU|étatsuniens?)`,
      String.raw`dólares?\s+(?:estadounidenses?|americanos?|de\s+(?:los\s+)?Estados\s+Unidos|EE\.?\s?UU\.?)`,
      String.raw`(?:US|U\.S\.)\s+dollars?|dollars?|dólares?|dólar`,
    ].join('|'),
    'USD',
  ],
  [String.raw`euros?`, 'EUR'],
  [String.raw`livres?\s+sterling|pounds?\s+sterling|pounds?|libras?\s+esterlinas?|libras?`, 'GBP'],
  [String.raw`pesos?\s+mexicanos?`, 'MXN'],
  [String.raw`pesos?\s+colombianos?`, 'COP'],
  [String.raw`pesos?\s+argentinos?`, 'ARS'],
  [String.raw`pesos?\s+chilenos?`, 'CLP'],
  [String.raw`pesos?\s+dominicanos?`, 'DOP'],
  [String.raw`pesos?\s+filipinos?|Philippine\s+pesos?`, 'PHP'],
  [String.raw`pesos?`, 'PESO'],
  [String.raw`soles`, 'PEN'],
  [String.raw`quetzal(?:es)?`, 'GTQ'],
  [String.raw`lempiras?`, 'HNL'],
  [String.raw`córdobas?`, 'NIO'],
  [String.raw`colones`, 'CRC'],
  [String.raw`bolivianos`, 'BOB'],
  [String.raw`reais|reales`, 'BRL'],
  [String.raw`yens?`, 'JPY'],
  [String.raw`nairas?`, 'NGN'],
  [String.raw`dirhams?`, 'MAD'],
  [String.raw`shillings?\s+kényans?|Kenyan\s+shillings?|chelines\s+kenianos`, 'KES'],
  [String.raw`birr`, 'ETB'],
  [String.raw`cedis?`, 'GHS'],
];

/** Codes and symbols (before or after the number). */
const CODES: readonly (readonly [string, string])[] = [
  [String.raw`US\s?\$|U\.S\.\s?\$|USD`, 'USD'],
  [String.raw`MX\$|MXN`, 'MXN'],
  [String.raw`C\$|CAD`, 'CAD'],
  [String.raw`A\$|AUD`, 'AUD'],
  [String.raw`R\$|BRL`, 'BRL'],
  [String.raw`EUR|€`, 'EUR'],
  [String.raw`GBP|£`, 'GBP'],
  [String.raw`CHF`, 'CHF'],
  [String.raw`XOF`, 'XOF'],
  [String.raw`XAF`, 'XAF'],
  [String.raw`COP|GTQ|HNL|PEN|CLP|ARS|DOP|JPY|NGN|KES|ETB|GHS|MAD|ZAR|INR|CNY`, 'CODE'],
  [String.raw`\$`, 'USD'],
];

const SCALE = String.raw`mil\s+millones|millardos?|milliards?|billones|billón|billions?|millions?|millones|millón|mille|thousand|mil|bn|mn|m|k`;

const NUM = String.raw`\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;

const group = (list: readonly (readonly [string, string])[]): string => list.map(([re]) => `(?:${re})`).join('|');

const WORDS_RE = new RegExp(CURRENCY_WORDS.map(([re]) => `^(?:${re})$`).join('|'), 'iu');

// Number [scale] [de|d'|of] currency-word-or-code. Sticky: tried only where a number starts.
const POSTFIX = new RegExp(
  String.raw`(?<num>${NUM})(?:[ \u00a0\u202f]?(?<scale>${SCALE})(?![\p{L}]))?[ \u00a0\u202f]?(?:(?:de|d['’]|of)[ \u00a0]?)?(?<cur>${group(CURRENCY_WORDS)}|${group(CODES)})(?![\p{L}])`,
  'uy',
);
// Code-or-symbol number [scale]. Sticky: tried only where a code or symbol starts.
const PREFIX = new RegExp(
  String.raw`(?<cur>${group(CODES)})[ \u00a0\u202f]?(?<num>${NUM})(?:[ \u00a0\u202f]?(?<scale>${SCALE})(?![\p{L}]))?`,
  'uy',
);
/** Cheap scan for the places where either form can start. */
const ANCHORS =
  /\d+|[$€£]|(?:US|U\.S\.|MX|C|A|R)\$|\b(?:USD|MXN|CAD|AUD|BRL|EUR|GBP|CHF|XOF|XAF|COP|GTQ|HNL|PEN|CLP|ARS|DOP|JPY|NGN|KES|ETB|GHS|MAD|ZAR|INR|CNY)\b/g;

/** CEMAC members use the Central African CFA franc (XAF); the rest of the CFA zone uses XOF. */
const CEMAC = new Set(['CM', 'CF', 'TD', 'CG', 'GQ', 'GA']);

const PESO: Readonly<Record<string, string>> = { MX: 'MXN', CO: 'COP', AR: 'ARS', CL: 'CLP', DO: 'DOP', UY: 'UYU', PH: 'PHP', CU: 'CUP' };

function scaleValue(scale: string | undefined, lang: Lang): number {
  if (scale === undefined) return 1;
  const s = scale.toLowerCase().replace(/\s+/g, ' ');
  if (s === 'mil millones' || s.startsWith('milliard') || s.startsWith('millardo') || s === 'bn') return 1e9;
  if (s.startsWith('billion')) return lang === 'fr' ? 1e12 : 1e9;
  if (s.startsWith('billón') || s.startsWith('billones')) return 1e12;
  if (s.startsWith('mill') || s === 'mn' || s === 'm') return 1e6;
  return 1e3;
}

/**
 * Reads a number written with the conventions of `lang`. A single separator
 * followed by exactly three digits is a thousands separator, except where it
 * is the language's decimal mark and a scale word follows ("1,250 millones").
 */
export function parseNumber(raw: string, lang: Lang, scaled: boolean): number {
  const s = raw.replace(/[ \u00a0\u202f]/g, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const dec = lastDot > lastComma ? '.' : ',';
    const thou = dec === '.' ? ',' : '.';
    return Number(s.split(thou).join('').replace(dec, '.'));
  }
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (sep === null) return Number(s);
  const parts = s.split(sep);
  if (parts.length > 2) return Number(parts.join(''));
  const decimals = parts[1] ?? '';
  const langDecimal = lang === 'en' ? '.' : lang === 'other' ? null : ',';
  const thousands = decimals.length === 3 && !(scaled && sep === langDecimal);
  return thousands ? Number(parts.join('')) : Number(`${parts[0] ?? ''}.${decimals}`);
}

/** Each currency word and code as a whole-string test, compiled once rather than per amount found. */
const WORD_TESTS: readonly (readonly [RegExp, string])[] = CURRENCY_WORDS.map(([re, code]) => [new RegExp(`^(?:${re})$`, 'iu'), code]);
const CODE_TESTS: readonly (readonly [RegExp, string])[] = CODES.map(([re, code]) => [new RegExp(`^(?:${re})$`, 'u'), code]);

function currencyOf(cur: string, primary: string | null): string | null {
  const c = cur.replace(/\s+/g, ' ');
  if (WORDS_RE.test(c)) {
    for (const [re, code] of WORD_TESTS) {
      if (!re.test(c)) continue;
      if (code === 'CFA') return primary !== null && CEMAC.has(primary) ? 'XAF' : 'XOF';
      if (code === 'PESO') return primary === null ? null : (PESO[primary] ?? null);
      return code;
    }
  }
  for (const [re, code] of CODE_TESTS) {
    if (!re.test(c)) continue;
    return code === 'CODE' ? c.toUpperCase() : code;
  }
  return null;
}

function toLang(language: string): Lang {
  const l = language.toLowerCase().slice(0, 2);
  return l === 'fr' || l === 'es' || l === 'en' ? l : 'other';
}

interface Found extends AmountTag {
  start: number;
  end: number;
}

export function detectAmounts(text: string, language: string, primary: string | null): AmountTag[] {
  const lang = toLang(language);
  const found: Found[] = [];
  ANCHORS.lastIndex = 0;
  for (let a = ANCHORS.exec(text); a !== null; a = ANCHORS.exec(text)) {
    const at = a.index;
    const isNumber = /\d/.test(a[0].charAt(0));
    // A number glued to a letter or inside another number is not an amount ("COVID-19", "2,5,7").
    const before = text.charAt(at - 1);
    if (isNumber && /[\p{L}\d.,]/u.test(before)) continue;
    if (!isNumber && /\p{L}/u.test(before)) continue;
    const re = isNumber ? POSTFIX : PREFIX;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) continue;
    const g = m.groups ?? {};
    const num = g['num'];
    const cur = g['cur'];
    if (num === undefined || cur === undefined) continue;
    // Short scale letters only make sense glued to a symbol amount ("$2.5m"), not "5 m de large".
    const scale = g['scale'];
    const shortScale = scale !== undefined && /^(?:m|k|bn|mn)$/i.test(scale);
    if (shortScale && isNumber) continue;
    const currency = currencyOf(cur, primary);
    if (currency === null) continue;
    const value = parseNumber(num, lang, scale !== undefined) * scaleValue(scale, lang);
    if (!Number.isFinite(value) || value <= 0) continue;
    found.push({ value: Math.round(value * 100) / 100, currency, text: m[0].trim(), start: at, end: at + m[0].length });
    ANCHORS.lastIndex = Math.max(ANCHORS.lastIndex, at + m[0].length);
  }
  // Overlapping readings of the same words: keep the longest.
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: AmountTag[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    out.push({ value: f.value, currency: f.currency, text: f.text });
    lastEnd = f.end;
  }
  return out;
}
