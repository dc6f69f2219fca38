import { cp1252Char } from './cp1252.js';

// Accented letters are generated rather than listed: "&eacute;" = e + combining acute.
const ACCENTS: ReadonlyArray<readonly [string, string, string]> = [
  ['acute', '\u0301', 'aeiouyAEIOUYcCnNsSzZ'],
  ['grave', '\u0300', 'aeiouAEIOU'],
  ['circ', '\u0302', 'aeiouAEIOU'],
  ['uml', '\u0308', 'aeiouyAEIOUY'],
  ['tilde', '\u0303', 'anoANO'],
  ['cedil', '\u0327', 'cC'],
  ['ring', '\u030a', 'aA'],
  ['caron', '\u030c', 'sSzZcCeErR'],
];

const NAMED: ReadonlyArray<readonly [string, string]> = [
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
  ['ensp', ' '],
  ['emsp', ' '],
  ['thinsp', ' '],
  ['shy', '\u00ad'],
  ['zwnj', ''],
  ['zwj', ''],
  ['oelig', 'œ'],
  ['OElig', 'Œ'],
  ['aelig', 'æ'],
  ['AElig', 'Æ'],
  ['szlig', 'ß'],
  ['oslash', 'ø'],
  ['Oslash', 'Ø'],
  ['eth', 'ð'],
  ['thorn', 'þ'],
  ['laquo', '«'],
  ['raquo', '»'],
  ['lsaquo', '‹'],
  ['rsaquo', '›'],
  ['ldquo', '“'],
  ['rdquo', '”'],
  ['bdquo', '„'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['sbquo', '‚'],
  ['hellip', '…'],
  ['ndash', '–'],
  ['mdash', '—'],
  ['minus', '−'],
  ['euro', '€'],
  ['pound', '£'],
  ['yen', '¥'],
  ['cent', '¢'],
  ['copy', '©'],
  ['reg', '®'],
  ['trade', '™'],
  ['deg', '°'],
  ['middot', '·'],
  ['bull', '•'],
  ['iexcl', '¡'],
  ['iquest', '¿'],
  ['ordm', 'º'],
  ['ordf', 'ª'],
  ['sect', '§'],
  ['para', '¶'],
  ['times', '×'],
  ['divide', '÷'],
  ['plusmn', '±'],
  ['frac12', '½'],
  ['frac14', '¼'],
  ['frac34', '¾'],
  ['sup2', '²'],
  ['sup3', '³'],
  ['prime', '′'],
  ['dagger', '†'],
  ['Dagger', '‡'],
  ['permil', '‰'],
  ['larr', '←'],
  ['rarr', '→'],
  ['acute', '´'],
];

const ENTITY_TABLE: ReadonlyMap<string, string> = (() => {
  const table = new Map<string, string>(NAMED);
  for (const [suffix, mark, letters] of ACCENTS) {
    for (const letter of letters) table.set(letter + suffix, (letter + mark).normalize('NFC'));
  }
  return table;
})();

// Named references need ";" except the few that sloppy HTML commonly leaves unterminated.
const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));|&(nbsp|amp|quot|lt|gt)(?![a-zA-Z0-9;])/g;

function fromCodePoint(code: number): string | null {
  if (code >= 0x80 && code <= 0x9f) return cp1252Char(code) ?? '';
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

/** Decodes HTML character references; unknown ones are left untouched. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(ENTITY_RE, (whole, dec?: string, hex?: string, name?: string, bare?: string) => {
    if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10)) ?? whole;
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16)) ?? whole;
    const key = name ?? bare ?? '';
    return ENTITY_TABLE.get(key) ?? ENTITY_TABLE.get(key.toLowerCase()) ?? whole;
  });
}
