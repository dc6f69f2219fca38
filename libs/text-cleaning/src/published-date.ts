/*
 * Publication dates as releases print them ("12 mars 2013", "March 12, 2013", "12 de marzo de 2013",
 * "12/03/2013", "2013-03-12") and as pages declare them (article:published_time, JSON-LD
 * datePublished), normalised to an ISO date (UTC midnight when no time is given).
 */

import { foldMonthName, MONTH_NUMBERS } from './months.js';

const DAY_MONTH_YEAR = /(?<![\p{L}\d])(\d{1,2})(?:er|st|nd|rd|th|º)?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+|del\s+)?(\d{4})(?!\d)/u;
const MONTH_DAY_YEAR = /(?<![\p{L}\d])(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/u;
const NUMERIC = /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)/;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const twoDigits = (n: number): string => (n < 10 ? `0${n}` : String(n));

/*
 * `new Date(Date.UTC(year, month - 1, day)).toISOString()` for a real day, without the Date: building and
 * formatting one cost half of parseWrittenDate. Rejects 31/02 and the like, and implausible years for press
 * releases (so the year always has four digits).
 */
function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1950 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0))) return null;
  return `${year}-${twoDigits(month)}-${twoDigits(day)}T00:00:00.000Z`;
}

/** The first date written in a short line of text, or null. Numeric dates are read day first. */
export function parseWrittenDate(text: string): string | null {
  const iso = ISO.exec(text);
  if (iso) return isoTimestamp(iso);
  const dmy = DAY_MONTH_YEAR.exec(text);
  const dmyMonth = dmy ? MONTH_NUMBERS.get(foldMonthName(dmy[2]!)) : undefined;
  if (dmy && dmyMonth !== undefined) return isoDate(Number(dmy[3]), dmyMonth, Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  const mdyMonth = mdy ? MONTH_NUMBERS.get(foldMonthName(mdy[1]!)) : undefined;
  if (mdy && mdyMonth !== undefined) return isoDate(Number(mdy[3]), mdyMonth, Number(mdy[2]));
  const numeric = NUMERIC.exec(text);
  if (numeric) return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  return null;
}

function isoTimestamp(match: RegExpExecArray): string | null {
  const [, y, m, d, hh, mm, ss, zone] = match;
  const day = isoDate(Number(y), Number(m), Number(d));
  if (day === null || hh === undefined) return day;
  const offset = zone === undefined || zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const parsed = Date.parse(`${y}-${m}-${d}T${hh}:${mm}:${ss ?? '00'}${offset}`);
  return Number.isNaN(parsed) ? day : new Date(parsed).toISOString();
}

const META_KEYS = [
  'article:published_time',
  'datepublished',
  'og:published_time',
  'date',
  'dc.date',
  'dc.date.issued',
  'pubdate',
  'publishdate',
];

/** The publication date a page declares in its <meta> tags or JSON-LD, or null. */
export function declaredPublicationDate(meta: ReadonlyMap<string, string>, jsonLd: readonly string[]): string | null {
  for (const key of META_KEYS) {
    const value = meta.get(key);
    const parsed = value === undefined ? null : parseWrittenDate(value);
    if (parsed !== null) return parsed;
  }
  for (const script of jsonLd) {
    const found = /"datePublished"\s*:\s*"([^"]+)"/.exec(script);
    const parsed = found ? parseWrittenDate(found[1]!) : null;
    if (parsed !== null) return parsed;
  }
  return null;
}
