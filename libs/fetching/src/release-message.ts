import type { RawRelease } from '@presswatch/contracts';

/**
 * A raw release's message value: `Buffer.from(JSON.stringify(release))`, byte for byte. When the body's
 * UTF-8 bytes are at hand (a folder file that is UTF-8, see buildRawRelease), the body is escaped straight
 * from them: stringifying a ~4 KB body (mostly two-byte strings: typographic quotes) and encoding the result
 * again took ~50 µs of CPU a file, over a tenth of the fetcher's.
 */
export function releaseMessageValue(release: RawRelease): Buffer {
  const encoded = encodedBodies.get(release);
  // The body may have been replaced since it was read: its bytes are then those of another text.
  if (encoded === undefined || encoded.body !== release.body) return Buffer.from(JSON.stringify(release), 'utf8');
  const text = JSON.stringify({ ...release, body: '' });
  // Inside a JSON string every `"` is escaped, so this (unescaped quotes) can only be the body's key and value.
  const at = text.indexOf(BODY_MARK) + BODY_MARK.length - 2;
  const head = Buffer.from(text.slice(0, at), 'utf8');
  const tail = Buffer.from(text.slice(at + 2), 'utf8');
  const scratch = scratchFor(encoded.bytes.length * 6 + 2);
  if (scratch === null) {
    const value = Buffer.allocUnsafe(head.length + jsonStringLength(encoded.bytes) + tail.length);
    head.copy(value, 0);
    tail.copy(value, writeJsonString(encoded.bytes, value, head.length));
    return value;
  }
  // One pass over the body: escaped into the scratch first, then copied (a memcpy) into a buffer of exact size.
  const length = writeJsonString(encoded.bytes, scratch, 0);
  const value = Buffer.allocUnsafe(head.length + length + tail.length);
  head.copy(value, 0);
  scratch.copy(value, head.length, 0, length);
  tail.copy(value, head.length + length);
  return value;
}

/**
 * Room to escape a body before its JSON length is known (6 bytes a byte at worst, `\u00XX`), so the body is
 * read once, not once to measure and once to write. Kept between calls; null above MAX_SCRATCH (bodies over
 * ~680 KB are then measured first), so a rare large body does not pin megabytes.
 */
let scratchBuffer = Buffer.allocUnsafeSlow(64 * 1024);
const MAX_SCRATCH = 4 * 1024 * 1024;

function scratchFor(bytes: number): Buffer | null {
  if (bytes > MAX_SCRATCH) return null;
  if (scratchBuffer.length < bytes) scratchBuffer = Buffer.allocUnsafeSlow(Math.min(MAX_SCRATCH, 2 ** Math.ceil(Math.log2(bytes))));
  return scratchBuffer;
}

/** Bodies read as UTF-8 bytes, by release: what buildRawRelease was given, kept with the text it was for. */
const encodedBodies = new WeakMap<RawRelease, { body: string; bytes: Uint8Array }>();

/** Remembers that `bytes` are the UTF-8 encoding of `release.body` (the caller's word: decoded from them). */
export function rememberBodyBytes(release: RawRelease, bytes: Uint8Array): void {
  encodedBodies.set(release, { body: release.body, bytes });
}

const BODY_MARK = '"body":""';

/** What JSON.stringify puts for a byte below 0x80 that it escapes (0: none); C0 controls without a short form are `\u00XX`. */
const SHORT_ESCAPES = new Uint8Array(128);
for (let byte = 0; byte < 0x20; byte++) SHORT_ESCAPES[byte] = 0x75; // u
SHORT_ESCAPES[0x08] = 0x62; // b
SHORT_ESCAPES[0x09] = 0x74; // t
SHORT_ESCAPES[0x0a] = 0x6e; // n
SHORT_ESCAPES[0x0c] = 0x66; // f
SHORT_ESCAPES[0x0d] = 0x72; // r
SHORT_ESCAPES[0x22] = 0x22; // "
SHORT_ESCAPES[0x5c] = 0x5c; // \
const HEX = [...'0123456789abcdef'].map((digit) => digit.charCodeAt(0));

/** Bytes of JSON.stringify(text) as UTF-8, for the UTF-8 bytes of `text` (valid UTF-8: no lone surrogates to escape). */
export function jsonStringLength(utf8: Uint8Array): number {
  let length = utf8.length + 2;
  for (let position = 0; position < utf8.length; position++) {
    const byte = utf8[position]!;
    if (byte < 0x80) {
      const escape = SHORT_ESCAPES[byte]!;
      if (escape !== 0) length += escape === 0x75 ? 5 : 1;
    }
  }
  return length;
}

/** Writes JSON.stringify(text) as UTF-8 at `offset`, from the UTF-8 bytes of `text`; returns the end. */
export function writeJsonString(utf8: Uint8Array, target: Uint8Array, offset: number): number {
  let at = offset;
  target[at++] = 0x22;
  for (let position = 0; position < utf8.length; position++) {
    const byte = utf8[position]!;
    const escape = byte < 0x80 ? SHORT_ESCAPES[byte]! : 0;
    if (escape === 0) {
      target[at++] = byte;
      continue;
    }
    target[at++] = 0x5c;
    target[at++] = escape;
    if (escape === 0x75) {
      target[at++] = 0x30;
      target[at++] = 0x30;
      target[at++] = HEX[byte >> 4]!;
      target[at++] = HEX[byte & 15]!;
    }
  }
  target[at++] = 0x22;
  return at;
}
