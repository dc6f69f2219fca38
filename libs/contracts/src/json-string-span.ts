import { isUtf8 } from 'node:buffer';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Where a string's JSON text (quotes included) lies in a message's bytes: `bytes.subarray(start, end)`. */
export interface JsonSpan {
  start: number;
  end: number;
}

function skipSpace(bytes: Uint8Array, position: number): number {
  let at = position;
  while (at < bytes.length) {
    const byte = bytes[at]!;
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) break;
    at++;
  }
  return at;
}

/** The position just past the closing quote of the string whose opening quote is at `open`, or -1. */
function stringEnd(bytes: Buffer, open: number): number {
  let from = open + 1;
  for (;;) {
    const quote = bytes.indexOf(QUOTE, from);
    if (quote < 0) return -1;
    let backslashes = 0;
    while (bytes[quote - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** The position just past the object, array or literal that starts at `start`, or -1. */
function valueEnd(bytes: Buffer, start: number): number {
  const first = bytes[start];
  if (first === QUOTE) return stringEnd(bytes, start);
  let depth = 0;
  let at = start;
  while (at < bytes.length) {
    const byte = bytes[at]!;
    if (byte === QUOTE) {
      at = stringEnd(bytes, at);
      if (at < 0) return -1;
      continue;
    }
    if (byte === 0x7b || byte === 0x5b) depth++;
    else if (byte === 0x7d || byte === 0x5d) {
      if (depth === 0) return at;
      depth--;
      if (depth === 0) return at + 1;
    } else if (byte === 0x2c && depth === 0) return at;
    at++;
  }
  return depth === 0 ? at : -1;
}

const isLowerHex = (byte: number): boolean => (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66);

/** The code unit of the `\uXXXX` escape whose backslash is at `at`, or -1 unless written in lower-case hex. */
function lowerHexEscape(bytes: Buffer, at: number, end: number): number {
  if (at + 6 > end || bytes[at + 1] !== 0x75) return -1;
  for (let k = at + 2; k < at + 6; k++) if (!isLowerHex(bytes[k]!)) return -1;
  return Number.parseInt(bytes.toString('latin1', at + 2, at + 6), 16);
}

/**
 * Whether the string's JSON text in `bytes[start, end)` is exactly what `JSON.stringify` writes for the string
 * it decodes to: valid UTF-8 (checked by the caller) and only the escapes `JSON.stringify` uses, which are `\"`,
 * `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, `\u00XX` for the other control characters and `\udXXX` for a lone
 * surrogate, in lower-case hex. Anything else (`\/`, `\u00e9`, an escaped surrogate pair) decodes to the same
 * string but `JSON.stringify` would write it differently.
 */
function isStringifyCanonical(bytes: Buffer, start: number, end: number): boolean {
  let previousHigh = false;
  let previousEscapeEnd = -1;
  for (let at = bytes.indexOf(BACKSLASH, start); at >= 0 && at < end; at = bytes.indexOf(BACKSLASH, at)) {
    const escaped = bytes[at + 1];
    const adjacent = previousEscapeEnd === at;
    if (escaped === 0x22 || escaped === BACKSLASH || escaped === 0x62 || escaped === 0x66) at += 2;
    else if (escaped === 0x6e || escaped === 0x72 || escaped === 0x74) at += 2;
    else {
      const unit = lowerHexEscape(bytes, at, end);
      if (unit < 0) return false;
      const short = unit === 0x08 || unit === 0x09 || unit === 0x0a || unit === 0x0c || unit === 0x0d;
      const high = unit >= 0xd800 && unit <= 0xdbff;
      const low = unit >= 0xdc00 && unit <= 0xdfff;
      if (!(unit < 0x20 && !short) && !high && !low) return false;
      // A high surrogate escape followed by a low one is a pair: JSON.stringify writes the character itself.
      if (low && adjacent && previousHigh) return false;
      at += 6;
      previousEscapeEnd = at;
      previousHigh = high;
      continue;
    }
    previousEscapeEnd = at;
    previousHigh = false;
  }
  return true;
}

/**
 * The JSON text of the top-level string field `key` in a message's bytes, when it is byte for byte what
 * `JSON.stringify` would write for that field's value, so it can be copied into other JSON instead of the
 * value being serialised again. `bytes` must be JSON that `JSON.parse` accepted (the caller parsed it first).
 * Returns null whenever that cannot be shown: not valid UTF-8, a key written with escapes, the field missing,
 * not a string, or escaped otherwise than `JSON.stringify` does. With duplicate keys, the last one (the one
 * `JSON.parse` keeps).
 */
export function stringifiedStringField(bytes: Buffer, key: string): JsonSpan | null {
  if (!isUtf8(bytes)) return null;
  const wanted = Buffer.from(key, 'utf8');
  let at = skipSpace(bytes, 0);
  if (bytes[at] !== 0x7b) return null;
  at = skipSpace(bytes, at + 1);
  let found: JsonSpan | null = null;
  while (bytes[at] === QUOTE) {
    const keyEnd = stringEnd(bytes, at);
    if (keyEnd < 0) return null;
    for (let k = at + 1; k < keyEnd - 1; k++) if (bytes[k] === BACKSLASH) return null;
    const isWanted = keyEnd - at - 2 === wanted.length && bytes.compare(wanted, 0, wanted.length, at + 1, keyEnd - 1) === 0;
    at = skipSpace(bytes, keyEnd);
    if (bytes[at] !== 0x3a) return null;
    const start = skipSpace(bytes, at + 1);
    const end = valueEnd(bytes, start);
    if (end < 0) return null;
    if (isWanted) found = bytes[start] === QUOTE ? { start, end } : null;
    at = skipSpace(bytes, end);
    if (bytes[at] !== 0x2c) break;
    at = skipSpace(bytes, at + 1);
  }
  if (bytes[at] !== 0x7d || found === null) return null;
  return isStringifyCanonical(bytes, found.start, found.end) ? found : null;
}
