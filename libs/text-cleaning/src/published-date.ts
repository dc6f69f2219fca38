/*
 * Publication dates as releases print them ("12 mars 2013", "March 12, 2013", "12 de marzo de 2013",
 * "12/03/2013", "2013-03-12") and as pages declare them (article:published_time, JSON-LD
 * datePublished), normalised to an ISO date (UTC midnight when no time is given).
 */

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, janv: 1, janvier: 1, january: 1, enero: 1, ene: 1,
  feb: 2, february: 2, fev: 2, fevr: 2, fevrier: 2, febrero: 2,
  mar: 3, mars: 3, march: 3, marzo: 3,
  apr: 4, april: 4, avr: 4, avril: 4, abril: 4, abr: 4,
  may: 5, mai: 5, mayo: 5,
  jun: 6, june: 6, juin: 6, junio: 6,
  jul: 7, july: 7, juil: 7, juillet: 7, julio: 7,
  aug: 8, august: 8, aout: 8, agosto: 8, ago: 8,
  sep: 9, sept: 9, september: 9, septembre: 9, septiembre: 9, setiembre: 9,
  oct: 10, october: 10, octobre: 10, octubre: 10,
  nov: 11, november: 11, novembre: 11, noviembre: 11,
  dec: 12, december: 12, decembre: 12, diciembre: 12, dic: 12,
};

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const DAY_MONTH_YEAR = /(?<![\p{L}\d])(\d{1,2})(?:er|st|nd|rd|th|º)?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+|del\s+)?(\d{4})(?!\d)/u;
const MONTH_DAY_YEAR = /(?<![\p{L}\d])(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/u;
const NUMERIC = /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)/;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?/;

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Rejects 31/02 and the like, and implausible years for press releases.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1950 || year > 2100) return null;
  return date.toISOString();
}

/** The first date written in a short line of text, or null. Numeric dates are read day first. */
export function parseWrittenDate(text: string): string | null {
  const iso = ISO.exec(text);
  if (iso) return isoTimestamp(iso);
  const dmy = DAY_MONTH_YEAR.exec(text);
  const dmyMonth = dmy ? MONTH_NUMBERS[fold(dmy[2]!)] : undefined;
  if (dmy && dmyMonth !== undefined) return isoDate(Number(dmy[3]), dmyMonth, Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  const mdyMonth = mdy ? MONTH_NUMBERS[fold(mdy[1]!)] : undefined;
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

const META_KEYS = ['article:published_time', 'datepublished', 'og:published_time', 'date', 'dc.date', 'dc.date.issued', 'pubdate', 'publishdate'];

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
