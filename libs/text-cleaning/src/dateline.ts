/*
 * Press releases open with a dateline: "Mexique – Cette semaine...", "GENEVA - IOM...",
 * "Port-au-Prince, Haïti — ...", sometimes with a date ("Geneva, 12 June 2019 – ") or an agency
 * ("SAN SALVADOR, Dec 21 2017 (IPS) – "). The place is 1–4 capitalised words (hyphenated parts may
 * be lowercase: "Trinité-et-Tobago"), optionally linked by small words ("Ciudad de México",
 * "Trinidad and Tobago"), or up to 6 words when it is written in capitals ("PLAINE DE LA BEKAA,
 * Liban", "BAMAKO / GENEVE"). Feeds that flatten a page glue the headline before it
 * ("... pour 2018 1 décembre 2017 – L'ONU a réclamé"): `gluedDateline` reads the words before
 * the dash, and glued-headline.ts splits the headline off.
 */
import { compiledExec } from './compiled-exec.js';
import { isMonthName } from './title.js';

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.]*(?:-[\p{L}\p{M}][\p{L}\p{M}'’.]*)*`;
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’.]+(?:-\p{Lu}[\p{Lu}\p{M}'’.]*)*`;
const LINK = String.raw`(?:de|del|de la|des|du|da|do|dos|das|of|the|el|la|los|las|le|les|al|y|et|and|e|on|upon|am|an|der|sur)`;
const CAPS_LINK = String.raw`(?:DE|DEL|DE LA|DES|DU|LA|LE|LES|EL|LOS|LAS|OF|THE|ET|Y|AND)`;
const PLACE = String.raw`${WORD}(?:(?:,\s*|\s+)(?:${LINK}\s+)?${WORD}){0,3}`;
/** A place in capitals, then optionally its country in any case: "PLAINE DE LA BEKAA, Liban", "BAMAKO / GENEVE". */
const CAPS_PLACE = String.raw`${CAPS_WORD}(?:(?:\s*/\s*|\s+)(?:${CAPS_LINK}\s+)?${CAPS_WORD}){0,5}(?:,\s*${WORD}(?:\s+(?:${LINK}\s+)?${WORD}){0,2})?`;
const MONTH_WORD = String.raw`\p{L}{3,10}\.?`;
const DAY_MONTH = String.raw`\d{1,2}(?:er|st|nd|rd|th|º|°)?\s+(?:de\s+)?${MONTH_WORD}(?:\s+(?:de\s+)?\d{4})?`;
const MONTH_DAY = String.raw`${MONTH_WORD}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?`;
const DATE = String.raw`(?:(?:le|el|on)\s+)?(?:${DAY_MONTH}|${MONTH_DAY}|\d{1,2}[./]\d{1,2}[./]\d{2,4})`;
/** A news agency or an organisation after the date: "(IPS)", "(Reuters)", "(AGN)", "(OIM)". */
const AGENCY = String.raw`\(\p{Lu}[\p{L}.&\s-]{1,24}\)`;
const DATE_PART = String.raw`(?:,?\s+(?:${DATE}|\(${DATE}\)))?(?:\s+${AGENCY})?`;
// An en/em dash may touch the words; a hyphen-minus needs spaces (it also joins place names).
const DASH = String.raw`(?:\s*[–—]\s*|\s+-\s+|\s+--\s+)`;
// The dateline patterns are compiled at their first match (compiled-exec.ts): 25-55 ms of CPU saved on each.
const datelineExec = compiledExec(new RegExp(String.raw`^(${PLACE}|${CAPS_PLACE})${DATE_PART}${DASH}(?=["'«“\p{L}\d])`, 'u'));
/** Places joined by slashes: "Manila/ Kuala Lumpur", "Beyrouth/Paris" are two offices. */
const PLACES = String.raw`${PLACE}(?:\s*/\s*${PLACE})*`;
/**
 * A whole dateline as it ends a glued headline: a place and a date ("Bamako, 1er décembre 2017"),
 * a date alone ("19 décembre 2017"), a date then a place or agency in brackets ("21 December 2017
 * (Cox's Bazar)"), a place in capitals ("BAMAKO / GENEVE (1er décembre 2017)"), or offices joined
 * by slashes ("Beyrouth/Paris").
 */
// The three readings as three patterns tried in turn: what the alternation of the three in one pattern
// matched, as V8 tries its alternatives in order, for a fraction of its compilation (~90 against ~250 ms
// of CPU on a cleaner's first glued headline, each time a cleaner starts).
const GLUED_DATELINE_EXECS: readonly ((text: string) => RegExpExecArray | null)[] = [
  String.raw`^(?:(${PLACES}),?\s+)?(${DATE}|\(${DATE}\))(?:\s*\((${PLACE})\))?(?:\s+${AGENCY})?\s*$`,
  String.raw`^(${CAPS_PLACE})(${DATE_PART})\s*$`,
  String.raw`^(${PLACE}(?:\s*/\s*${PLACE})+)\s*$`,
].map((source) => compiledExec(new RegExp(source, 'u')));
/*
 * Necessary for GLUED_DATELINE_EXECS, tested first (the caller tries every word start of a headline): a date
 * has a digit, offices joined by a slash have the slash, a place in capitals opens with two capitals.
 */
const MAY_BE_GLUED_DATELINE_RE = /[\d/]|^\p{Lu}[\p{Lu}\p{M}'’.]/u;
/** A dateline glued after a headline is short. */
const MAX_GLUED_DATELINE = 80;
// The pattern is anchored and only ever sees the head of the paragraph.
const HEAD_LENGTH = 160;
const MIN_REST_LENGTH = 20;

export interface DatelineSplit {
  dateline: string | null;
  rest: string;
}

// Cheap guard: without a dash near the start there is no dateline, and the full pattern
// (Unicode classes, optional parts) is not worth running.
const DASH_RE = /[–—]| --? /;

function tidyPlace(place: string): string {
  return place.replace(/[,\s]+$/u, '').replace(/\s*\/\s*/gu, ' / ');
}

/** Splits the dateline ("Place – ") off a first paragraph. */
export function splitDateline(paragraph: string): DatelineSplit {
  const head = paragraph.slice(0, HEAD_LENGTH);
  if (!DASH_RE.test(head)) return { dateline: null, rest: paragraph };
  const match = datelineExec(head);
  if (match === null) return { dateline: null, rest: paragraph };
  const rest = paragraph.slice(match[0].length);
  const place = tidyPlace(match[1] ?? '');
  if (rest.length < MIN_REST_LENGTH || place.length === 0) return { dateline: null, rest: paragraph };
  return { dateline: place, rest };
}

/**
 * `text` read as a whole dateline (the words between a glued headline and its dash), or null:
 * its place, null for a date alone.
 */
export function gluedDateline(text: string): { place: string | null } | null {
  if (text.length > MAX_GLUED_DATELINE || !MAY_BE_GLUED_DATELINE_RE.test(text)) return null;
  let reading = 0;
  let m: RegExpExecArray | null = null;
  while (m === null && reading < GLUED_DATELINE_EXECS.length) m = GLUED_DATELINE_EXECS[reading++]!(text);
  if (m === null) return null;
  // Groups of each reading: place, date, place in brackets; place in capitals, date part; offices.
  const date = reading === 1 ? m[2] : reading === 2 ? m[2] : '';
  // The pattern reads any short word as a month: a written date must name a real one.
  if (date !== undefined && /\p{L}/u.test(date) && !date.split(/[^\p{L}]+/u).some(isMonthName)) return null;
  const place = reading === 1 ? (m[1] ?? m[3]) : m[1];
  return { place: place === undefined ? null : tidyPlace(place) };
}
