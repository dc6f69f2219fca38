/*
 * Script-level detection: most non-Latin scripts identify the language (or a default one)
 * directly, so only Latin text needs the statistical detector.
 */

export type ScriptVerdict = { kind: 'latin' } | { kind: 'language'; language: string } | { kind: 'none' };

interface Range {
  from: number;
  to: number;
  script: string;
}

// Sorted code-point ranges; binary search keeps the per-character cost tiny.
const RANGES: readonly Range[] = [
  { from: 0x0041, to: 0x005a, script: 'latin' },
  { from: 0x0061, to: 0x007a, script: 'latin' },
  { from: 0x00c0, to: 0x024f, script: 'latin' },
  { from: 0x0370, to: 0x03ff, script: 'greek' },
  { from: 0x0400, to: 0x052f, script: 'cyrillic' },
  { from: 0x0530, to: 0x058f, script: 'armenian' },
  { from: 0x0590, to: 0x05ff, script: 'hebrew' },
  { from: 0x0600, to: 0x06ff, script: 'arabic' },
  { from: 0x0750, to: 0x077f, script: 'arabic' },
  { from: 0x0900, to: 0x097f, script: 'devanagari' },
  { from: 0x0980, to: 0x09ff, script: 'bengali' },
  { from: 0x0a00, to: 0x0a7f, script: 'gurmukhi' },
  { from: 0x0a80, to: 0x0aff, script: 'gujarati' },
  { from: 0x0b80, to: 0x0bff, script: 'tamil' },
  { from: 0x0c00, to: 0x0c7f, script: 'telugu' },
  { from: 0x0c80, to: 0x0cff, script: 'kannada' },
  { from: 0x0d00, to: 0x0d7f, script: 'malayalam' },
  { from: 0x0d80, to: 0x0dff, script: 'sinhala' },
  { from: 0x0e00, to: 0x0e7f, script: 'thai' },
  { from: 0x0e80, to: 0x0eff, script: 'lao' },
  { from: 0x1000, to: 0x109f, script: 'myanmar' },
  { from: 0x10a0, to: 0x10ff, script: 'georgian' },
  { from: 0x1100, to: 0x11ff, script: 'hangul' },
  { from: 0x1200, to: 0x139f, script: 'ethiopic' },
  { from: 0x1780, to: 0x17ff, script: 'khmer' },
  { from: 0x1e00, to: 0x1eff, script: 'latin' },
  { from: 0x3040, to: 0x30ff, script: 'kana' },
  { from: 0x3400, to: 0x4dbf, script: 'han' },
  { from: 0x4e00, to: 0x9fff, script: 'han' },
  { from: 0xac00, to: 0xd7af, script: 'hangul' },
  { from: 0xfb50, to: 0xfdff, script: 'arabic' },
  { from: 0xfe70, to: 0xfeff, script: 'arabic' },
];

const SCRIPT_LANGUAGE: Readonly<Record<string, string>> = {
  greek: 'el',
  armenian: 'hy',
  hebrew: 'he',
  devanagari: 'hi',
  bengali: 'bn',
  gurmukhi: 'pa',
  gujarati: 'gu',
  tamil: 'ta',
  telugu: 'te',
  kannada: 'kn',
  malayalam: 'ml',
  sinhala: 'si',
  thai: 'th',
  lao: 'lo',
  myanmar: 'my',
  georgian: 'ka',
  hangul: 'ko',
  ethiopic: 'am',
  khmer: 'km',
};

// Letters specific to some languages written in a shared script.
const PERSIAN = new Set([0x067e, 0x0686, 0x0698, 0x06af]); // پ چ ژ گ
const URDU = new Set([0x0679, 0x0688, 0x0691, 0x06ba, 0x06be, 0x06c1, 0x06d2]); // ٹ ڈ ڑ ں ھ ہ ے
const UKRAINIAN = new Set([0x0456, 0x0457, 0x0454, 0x0491]); // і ї є ґ
const SERBIAN = new Set([0x0452, 0x0458, 0x0459, 0x045a, 0x045b, 0x045f]); // ђ ј љ њ ћ џ
const RUSSIAN = new Set([0x044b, 0x044d, 0x0451]); // ы э ё (absent in Bulgarian and Ukrainian)

const SCRIPTS = [...new Set(RANGES.map((r) => r.script))];
const SCRIPT_INDEX = new Map(SCRIPTS.map((name, i) => [name, i]));
const RANGE_INDEX = RANGES.map((r) => SCRIPT_INDEX.get(r.script) ?? 0);
const LATIN = SCRIPT_INDEX.get('latin') ?? 0;
const ARABIC = SCRIPT_INDEX.get('arabic') ?? 0;
const CYRILLIC = SCRIPT_INDEX.get('cyrillic') ?? 0;

const EARLY_EXIT_LETTERS = 400;

interface Counts {
  byScript: Map<string, number>;
  special: Map<string, number>;
  letters: number;
}

function scriptIndexOf(code: number): number {
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = RANGES[mid];
    if (r === undefined) return -1;
    if (code < r.from) hi = mid - 1;
    else if (code > r.to) lo = mid + 1;
    else return RANGE_INDEX[mid] ?? -1;
  }
  return -1;
}

function count(text: string, limit: number): Counts {
  const perScript = new Uint32Array(SCRIPTS.length);
  const special = new Map<string, number>();
  const bump = (key: string): void => {
    special.set(key, (special.get(key) ?? 0) + 1);
  };
  let letters = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    // Plainly Latin text is settled early: no other script could win any more.
    if (letters === EARLY_EXIT_LETTERS && (perScript[LATIN] ?? 0) === letters) break;
    const code = text.charCodeAt(i);
    if (code < 0x41) continue;
    // ASCII letters are the common case: no search needed.
    const script = code < 0x80 ? (code <= 0x5a || (code >= 0x61 && code <= 0x7a) ? LATIN : -1) : scriptIndexOf(code);
    if (script < 0) continue;
    letters++;
    perScript[script] = (perScript[script] ?? 0) + 1;
    if (script === ARABIC) {
      if (PERSIAN.has(code)) bump('fa');
      if (URDU.has(code)) bump('ur');
    } else if (script === CYRILLIC) {
      // Fold capitals: Ѐ–Џ are 0x50 below their small letters, А–Я 0x20, Ґ just 1.
      const lower = code <= 0x040f ? code + 0x50 : code <= 0x042f ? code + 0x20 : code === 0x0490 ? 0x0491 : code;
      if (UKRAINIAN.has(lower)) bump('uk');
      if (SERBIAN.has(lower)) bump('sr');
      if (RUSSIAN.has(lower)) bump('ru');
      if (lower === 0x044a) bump('hard-sign');
    }
  }
  const byScript = new Map<string, number>();
  SCRIPTS.forEach((name, i) => {
    const n = perScript[i] ?? 0;
    if (n > 0) byScript.set(name, n);
  });
  return { byScript, special, letters };
}

function cyrillicLanguage(special: Map<string, number>): string {
  if ((special.get('sr') ?? 0) > 0) return 'sr';
  if ((special.get('uk') ?? 0) > (special.get('ru') ?? 0)) return 'uk';
  if ((special.get('ru') ?? 0) === 0 && (special.get('hard-sign') ?? 0) > 0) return 'bg';
  return 'ru';
}

/*
 * Every character of RANGES outside the Latin ones, and the Latin letters: a sample with no character of the
 * first class has no other script to count, so its verdict is Latin when it has a Latin letter (one native
 * scan instead of the counting loop, for nearly every release).
 */
const NON_LATIN_RE = new RegExp(
  `[${RANGES.filter((r) => r.script !== 'latin')
    .map((r) => `\\u${r.from.toString(16).padStart(4, '0')}-\\u${r.to.toString(16).padStart(4, '0')}`)
    .join('')}]`,
);
const LATIN_LETTER_RE = new RegExp(
  `[${RANGES.filter((r) => r.script === 'latin')
    .map((r) => `\\u${r.from.toString(16).padStart(4, '0')}-\\u${r.to.toString(16).padStart(4, '0')}`)
    .join('')}]`,
);
/** Dominant script of the text, resolved to a language when the script tells it. */
export function detectScript(text: string, limit = 4000): ScriptVerdict {
  const sample = text.length > limit ? text.slice(0, limit) : text;
  if (!NON_LATIN_RE.test(sample)) return LATIN_LETTER_RE.test(sample) ? { kind: 'latin' } : { kind: 'none' };
  const { byScript, special, letters } = count(text, limit);
  if (letters === 0) return { kind: 'none' };
  let best = '';
  let bestCount = 0;
  for (const [script, n] of byScript) {
    if (n > bestCount) {
      best = script;
      bestCount = n;
    }
  }
  if (best === 'latin') return { kind: 'latin' };
  if (best === 'han' || best === 'kana') {
    // Japanese mixes kana with kanji; Chinese has no kana.
    return { kind: 'language', language: (byScript.get('kana') ?? 0) > letters * 0.05 ? 'ja' : 'zh' };
  }
  if (best === 'arabic') {
    if ((special.get('ur') ?? 0) >= 3) return { kind: 'language', language: 'ur' };
    if ((special.get('fa') ?? 0) >= 3) return { kind: 'language', language: 'fa' };
    return { kind: 'language', language: 'ar' };
  }
  if (best === 'cyrillic') return { kind: 'language', language: cyrillicLanguage(special) };
  const language = SCRIPT_LANGUAGE[best];
  return language === undefined ? { kind: 'none' } : { kind: 'language', language };
}
