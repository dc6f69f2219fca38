/**
 * windows-1252 differs from latin-1 only in 0x80–0x9F (€, ‚, ƒ, „, …, ‘, ’, “, ”, –, — ...). Node 20's
 * TextDecoder('windows-1252') decodes that range as latin-1 control characters, so it is mapped here.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/**
 * Bytes to text: UTF-8 when the bytes are valid UTF-8 (BOM dropped), else windows-1252, the usual encoding
 * of old Western pages and the superset browsers use for latin-1.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
