/*
 * Month names and the abbreviations releases print, in French, English and Spanish: the one table the
 * date parser and the headline's meta-line test both read. Written as printed (accents kept); readers
 * that compare folded text fold these too.
 */

/** Index 0 is January. Full names first, then abbreviations (each also read with a trailing dot). */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['janvier', 'january', 'enero', 'jan', 'janv', 'ene'],
  ['février', 'february', 'febrero', 'feb', 'fév', 'févr'],
  ['mars', 'march', 'marzo', 'mar'],
  ['avril', 'april', 'abril', 'apr', 'avr', 'abr'],
  ['mai', 'may', 'mayo'],
  ['juin', 'june', 'junio', 'jun'],
  ['juillet', 'july', 'julio', 'jul', 'juil'],
  ['août', 'august', 'agosto', 'aug', 'ago'],
  ['septembre', 'september', 'septiembre', 'setiembre', 'sep', 'sept'],
  ['octobre', 'october', 'octubre', 'oct'],
  ['novembre', 'november', 'noviembre', 'nov'],
  ['décembre', 'december', 'diciembre', 'dec', 'déc', 'dic'],
];

/** Lower case without diacritics ("Février" → "fevrier"), how month names are compared. */
export const foldMonthName = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Folded month name or abbreviation → month number (1-12). */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, index) => names.map((name) => [foldMonthName(name), index + 1] as const)),
);

/**
 * A regular expression source matching any month name or abbreviation (as printed or without its
 * accents), with an optional trailing dot; longest first so an alternation never stops at a prefix.
 * Use it with the `i` and `u` flags.
 */
export const MONTH_PATTERN = ((): string => {
  const spellings = new Set(MONTH_NAMES.flat().flatMap((name) => [name, foldMonthName(name)]));
  const sorted = [...spellings].sort((a, b) => b.length - a.length);
  return `(?:${sorted.join('|')})\\.?`;
})();
