import { CP1252_SPECIALS, cp1252Byte } from './cp1252.js';

/*
 * UTF-8 text decoded as cp1252/latin-1 turns each multi-byte character into 2–4 characters:
 * a lead byte (Â–ô) followed by continuation bytes (0x80–0xBF, shown as latin-1 symbols or
 * cp1252 punctuation). We find such runs, map the characters back to bytes and re-decode them
 * strictly; runs that are not valid UTF-8 are left alone.
 */
const CONT = `[\\u0080-\\u00bf${CP1252_SPECIALS}]`;
const MOJIBAKE_RE = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`, 'g');
// "Ã" + a real space: the NBSP of "à" (C3 A0) often became a plain space.
const LOST_A_GRAVE_RE = /Ã (?=\p{L})/gu;

const decoder = new TextDecoder('utf-8', { fatal: true });

function plausible2Byte(code: number): boolean {
  // Two-byte sequences are the riskiest (an accented capital followed by a symbol can be
  // legitimate), so only accept what mojibake realistically produces.
  return (code >= 0xa0 && code <= 0x24f) || (code >= 0x370 && code <= 0x6ff);
}

function redecode(run: string): string | null {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const b = cp1252Byte(run[i] as string);
    if (b < 0) return null;
    bytes[i] = b;
  }
  try {
    const out = decoder.decode(bytes);
    if (run.length === 2 && !plausible2Byte(out.codePointAt(0) ?? 0)) return null;
    return out;
  } catch {
    return null;
  }
}

function fixOnce(text: string): { text: string; fixed: number } {
  let fixed = 0;
  const out = text.replace(MOJIBAKE_RE, (run) => {
    const decoded = redecode(run);
    if (decoded === null) return run;
    fixed++;
    return decoded;
  });
  return { text: out, fixed };
}

/** Repairs UTF-8 that was read as cp1252/latin-1 ("Ã©" -> "é", "â€™" -> "’"), also when doubly encoded. */
export function fixMojibake(text: string): string {
  const first = fixOnce(text);
  if (first.fixed === 0) return text;
  let result = first.text;
  // Doubly encoded text ("ÃƒÂ©") needs a second pass.
  const second = fixOnce(result);
  if (second.fixed > 0) result = second.text;
  // Only trust the lossy "Ã " pattern once we know the document is mojibake'd.
  return result.replace(LOST_A_GRAVE_RE, 'à ');
}
