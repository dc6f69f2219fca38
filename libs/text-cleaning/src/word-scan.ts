/*
 * Hand-written word scanning. Regexes with Unicode property classes (\p{L}) cost ~5x a plain
 * loop over a 4 KB text in V8, and the hot paths run per document, so they scan by char code.
 */

/** Letter or combining mark in the scripts we handle (approximation good enough for word splitting). */
export function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code === 0xd7 || code === 0xf7) return false;
  if (code < 0x2000) return true;
  // General punctuation, symbols, CJK punctuation are not letters; everything above is text.
  return code >= 0x3040 && !(code >= 0xfe30 && code <= 0xfe4f) && !(code >= 0xff00 && code <= 0xff20);
}

/** Calls fn(start, end) for each run of letters in text[from, to). */
export function forEachWord(text: string, fn: (start: number, end: number) => void, from = 0, to = text.length): void {
  let start = -1;
  for (let i = from; i < to; i++) {
    if (isLetterCode(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      fn(start, i);
      start = -1;
    }
  }
  if (start >= 0) fn(start, to);
}

/**
 * A UTF-16 unit's lowercase when lowercasing the unit alone gives what `toLowerCase` of a whole text
 * gives for it (one unit, whatever its neighbours), or -1: final sigma (Σ), units that lowercase to more
 * than one (İ) and surrogate halves. Loops that read text unit by unit through a table of these lowercase
 * a text whole when they meet a -1.
 */
export function contextFreeLowercase(code: number): number {
  if (code === 0x3a3 || (code >= 0xd800 && code <= 0xdfff)) return -1;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : -1;
}

/** The characters `\s` matches (and `trim` removes) in JavaScript. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
