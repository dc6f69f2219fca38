/**
 * Windows-1252 bytes 0x80–0x9F and the characters they decode to. Needed both to undo
 * mojibake (character -> original byte) and to decode numeric references such as "&#146;"
 * that old CMSs emit with cp1252 code points.
 */
const CP1252_HIGH: ReadonlyArray<readonly [number, string]> = [
  [0x80, '€'],
  [0x82, '‚'],
  [0x83, 'ƒ'],
  [0x84, '„'],
  [0x85, '…'],
  [0x86, '†'],
  [0x87, '‡'],
  [0x88, 'ˆ'],
  [0x89, '‰'],
  [0x8a, 'Š'],
  [0x8b, '‹'],
  [0x8c, 'Œ'],
  [0x8e, 'Ž'],
  [0x91, '‘'],
  [0x92, '’'],
  [0x93, '“'],
  [0x94, '”'],
  [0x95, '•'],
  [0x96, '–'],
  [0x97, '—'],
  [0x98, '˜'],
  [0x99, '™'],
  [0x9a, 'š'],
  [0x9b, '›'],
  [0x9c, 'œ'],
  [0x9e, 'ž'],
  [0x9f, 'Ÿ'],
];

const CHAR_TO_BYTE = new Map<string, number>(CP1252_HIGH.map(([byte, ch]) => [ch, byte]));
const BYTE_TO_CHAR = new Map<number, string>(CP1252_HIGH);

/** All characters that stand for bytes 0x80–0x9F in cp1252 (or raw C1 controls in latin-1). */
export const CP1252_SPECIALS = CP1252_HIGH.map(([, ch]) => ch).join('');

/** The byte a character had when UTF-8 bytes were wrongly read as cp1252/latin-1, or -1. */
export function cp1252Byte(ch: string): number {
  const mapped = CHAR_TO_BYTE.get(ch);
  if (mapped !== undefined) return mapped;
  const code = ch.charCodeAt(0);
  return code >= 0x80 && code <= 0xff ? code : -1;
}

/** Character for a numeric reference in 0x80–0x9F, interpreted as cp1252 like browsers do. */
export function cp1252Char(code: number): string | undefined {
  return BYTE_TO_CHAR.get(code);
}
