/*
 * Press releases open with a dateline: "Mexique – Cette semaine...", "GENEVA - IOM...",
 * "Port-au-Prince, Haïti — ...", sometimes with a date ("Geneva, 12 June 2019 – ").
 * The place is 1–4 capitalised words (hyphenated parts may be lowercase: "Trinité-et-Tobago"),
 * optionally linked by small words ("Ciudad de México", "Trinidad and Tobago").
 */

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.]*(?:-[\p{L}\p{M}][\p{L}\p{M}'’.]*)*`;
const LINK = String.raw`(?:de|del|de la|des|du|da|do|dos|das|of|the|el|la|los|las|le|les|al|y|et|and|e|on|upon|am|an|der|sur)`;
const PLACE = String.raw`${WORD}(?:(?:,\s*|\s+)(?:${LINK}\s+)?${WORD}){0,3}`;
const MONTH_WORD = String.raw`\p{L}{3,10}\.?`;
const DATE =
  String.raw`(?:(?:le|el|on)\s+)?(?:\d{1,2}(?:er|st|nd|rd|th|º|°)?\s+(?:de\s+)?${MONTH_WORD}(?:\s+(?:de\s+)?\d{4})?|` +
  String.raw`${MONTH_WORD}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})`;
// An en/em dash may touch the words; a hyphen-minus needs spaces (it also joins place names).
const DATELINE_RE = new RegExp(
  String.raw`^(${PLACE})(?:,?\s+${DATE})?(?:\s*[–—]\s*|\s+-\s+|\s+--\s+)(?=["'«“\p{L}\d])`,
  'u',
);
// The pattern is anchored and only ever sees the head of the paragraph.
const HEAD_LENGTH = 160;
const MIN_REST_LENGTH = 20;

export interface DatelineSplit {
  dateline: string | null;
  rest: string;
}

/** Splits the dateline ("Place – ") off a first paragraph. */
// Cheap guard: without a dash near the start there is no dateline, and the full pattern
// (Unicode classes, optional parts) is not worth running.
const DASH_RE = /[–—]| --? /;

export function splitDateline(paragraph: string): DatelineSplit {
  const head = paragraph.slice(0, HEAD_LENGTH);
  if (!DASH_RE.test(head)) return { dateline: null, rest: paragraph };
  const match = DATELINE_RE.exec(head);
  if (match === null) return { dateline: null, rest: paragraph };
  const rest = paragraph.slice(match[0].length);
  const place = (match[1] ?? '').replace(/[,\s]+$/u, '');
  if (rest.length < MIN_REST_LENGTH || place.length === 0) return { dateline: null, rest: paragraph };
  return { dateline: place, rest };
}
