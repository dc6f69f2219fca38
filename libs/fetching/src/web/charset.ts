import { decodeText, decodeWindows1252 } from '../decode.js';

/**
 * Labels browsers treat as windows-1252 (WHATWG Encoding): pages declaring latin-1 or ASCII are really
 * windows-1252, which is where their curly quotes and euro signs come from.
 */
const WINDOWS_1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
  'cp819',
  'ibm819',
]);
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

export type CharsetOrigin = 'bom' | 'header' | 'meta' | 'sniffed';

export function charsetFromContentType(contentType: string | undefined | null): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** `<meta charset>`, `<meta http-equiv="Content-Type" content="…; charset=…">` or `<?xml encoding="…"?>` in the first 4 KB. */
export function charsetFromMarkup(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(tag);
    if (direct) return direct[1]!.toLowerCase();
  }
  return undefined;
}

function decodeWith(label: string, bytes: Uint8Array): string | undefined {
  if (UTF8_LABELS.has(label)) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return undefined; // declared UTF-8 but is not: fall back to sniffing
    }
  }
  if (WINDOWS_1252_LABELS.has(label)) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return undefined; // unknown label
  }
}

/**
 * Bytes of a web page to text, as a browser would: BOM first, then the HTTP charset, then the markup's
 * declaration; without any (or with a wrong or unknown one), UTF-8 if the bytes are valid UTF-8, else
 * windows-1252.
 */
export function decodeBody(bytes: Uint8Array, contentType?: string | null): { text: string; charset: string; origin: CharsetOrigin } {
  const bom = bomCharset(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), charset: bom, origin: 'bom' };
  for (const [label, origin] of [
    [charsetFromContentType(contentType), 'header'],
    [charsetFromMarkup(bytes), 'meta'],
  ] as const) {
    if (!label) continue;
    const text = decodeWith(label, bytes);
    if (text !== undefined)
      return { text, charset: WINDOWS_1252_LABELS.has(label) ? 'windows-1252' : UTF8_LABELS.has(label) ? 'utf-8' : label, origin };
  }
  const text = decodeText(bytes);
  let isUtf8 = true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    isUtf8 = false;
  }
  return { text, charset: isUtf8 ? 'utf-8' : 'windows-1252', origin: 'sniffed' };
}
