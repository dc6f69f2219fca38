/*
 * Hand-written statistics for Latin-script languages (general knowledge of each language, not
 * derived from any corpus): frequent function words with their approximate frequency per 1000
 * tokens, letters with diacritics (per 1000 letters), and spelling cues (character n-grams).
 */

export const LATIN_LANGUAGES = ['en', 'fr', 'es', 'pt', 'de', 'it', 'nl'] as const;
export type LatinLanguage = (typeof LATIN_LANGUAGES)[number];

// "word:perMille"; an apostrophe marks an elided article or preposition ("l'", "d'", "dell'").
const FUNCTION_WORDS: Readonly<Record<LatinLanguage, string>> = {
  en: `the:60 of:31 and:28 to:26 a:21 in:20 is:9 that:9 for:9 it:6 as:6 was:5 with:7 be:5 by:5 on:7
    not:3 he:3 this:4 are:4 or:3 his:2 from:4 at:4 which:2 but:3 have:3 an:3 they:3 has:3 were:3
    been:2 their:3 will:3 we:2 more:2 who:2 its:2 also:2 than:1 these:1 after:1 over:1 into:1
    would:1 there:1 can:1 about:1 said:1.5 such:0.8 other:1 through:0.8 between:0.8 during:0.7
    including:0.7 should:0.6 those:0.6 while:0.5 where:0.5 them:0.8 all:2 out:1 up:1 one:1.5
    how:0.6 when:1 what:0.8 some:0.8 still:0.5 many:0.6 most:0.6 since:0.5 under:0.5 because:0.4
    i:2 you:2 she:1 her:1.5 him:0.6 my:0.8 do:0.8 had:2 may:0.6 could:0.7 any:0.5 only:0.8 so:1
    if:1.5 our:1.5 both:0.5 each:0.4 being:0.5 against:0.4 across:0.3 within:0.3 people:0.8
    s:3 t:1 new:0.8 us:0.5 must:0.4 per:0.2`,
  fr: `de:45 la:25 le:20 et:20 les:18 des:18 à:14 en:12 du:10 un:10 une:9 est:6 pour:7 que:6 qui:5
    dans:6 par:5 au:4 sur:4 plus:3 pas:2 ne:2 avec:3 il:3 ce:2 sont:2 aux:3 a:3 ont:1.5 cette:1.5
    ou:1 mais:1 été:1.5 leur:1 leurs:1 ces:1.5 elle:1 nous:1.5 son:1.5 sa:1 ses:1 entre:1 aussi:0.8
    selon:0.5 comme:1 depuis:0.8 ainsi:0.6 dont:0.8 lors:0.4 être:0.8 afin:0.5 très:0.4 tout:0.6
    tous:0.6 toutes:0.3 sans:0.5 notamment:0.5 également:0.6 se:2 y:0.5 on:0.6 je:0.8 vous:0.6
    ils:0.8 elles:0.3 même:0.4 où:0.5 quand:0.3 encore:0.3 après:0.5 avant:0.3 contre:0.4 vers:0.3
    chez:0.2 sous:0.3 peut:0.4 fait:0.5 personnes:0.5 pays:0.5 ans:0.5 qu':2 l':12 d':10 n':0.8
    s':0.8 c':0.5 j':0.3 jusqu':0.2`,
  es: `de:45 la:28 que:18 el:25 en:20 y:20 a:10 los:15 del:8 se:8 las:10 por:8 un:6 para:7 con:6
    no:4 una:6 su:4 al:4 lo:2 como:3 más:3 o:1.5 pero:1 sus:2 le:0.7 ha:1.5 este:1 esta:1.5
    entre:1 sobre:1 también:1 fue:1 han:1 desde:1 son:1 muy:0.5 hasta:0.6 donde:0.5 durante:0.5
    años:0.7 están:0.5 está:0.6 según:0.4 ya:0.6 todo:0.4 todos:0.5 cuando:0.4 personas:0.5
    además:0.4 sin:0.5 ser:0.6 hay:0.4 así:0.3 les:0.6 esto:0.3 estos:0.4 estas:0.3 otros:0.4
    otras:0.3 parte:0.4 país:0.4 dijo:0.3 tiene:0.3 nos:0.4 me:0.5 mi:0.4 porque:0.4 e:0.3 u:0.1
    ante:0.2 tras:0.2 contra:0.3 través:0.3 cual:0.3 quien:0.2 había:0.3 sido:0.4 puede:0.3`,
  pt: `de:38 a:20 o:20 que:18 e:20 do:12 da:12 em:10 um:5 para:6 com:5 não:4 uma:5 os:6 no:6 se:4
    na:6 por:4 mais:3 as:5 dos:6 como:3 mas:1 ao:3 ele:1 das:5 à:2 seu:1 sua:1.5 ou:1 quando:0.5
    muito:0.5 nos:1 já:0.6 também:1 pelo:1 pela:1 até:0.6 isso:0.4 entre:1 foi:1.5 são:1.2
    está:0.7 sobre:0.8 após:0.4 pessoas:0.5 ainda:0.5 há:0.5 seus:0.5 suas:0.5 ser:0.6 tem:0.6
    têm:0.3 num:0.2 numa:0.2 pelos:0.3 pelas:0.3 aos:0.5 nas:1 este:0.5 esta:0.6 essa:0.3
    esse:0.3 onde:0.3 eles:0.4 elas:0.2 país:0.3 anos:0.5 mesmo:0.3 bem:0.3 sem:0.4 sido:0.3`,
  de: `der:30 die:30 und:28 in:12 den:10 von:8 zu:8 das:8 mit:7 sich:5 des:6 auf:5 für:5 ist:6 im:5
    dem:5 nicht:4 ein:5 eine:5 als:3 auch:3 es:3 an:3 werden:2 aus:3 er:2 hat:2 dass:2 sie:3
    nach:2 wird:2 bei:2 einer:2 um:1.5 am:1.5 sind:2 noch:1 wie:1 einem:1.5 über:1.5 einen:1.5
    so:1 zum:1.5 war:1 haben:1 nur:1 oder:1 aber:1 vor:1 zur:1.5 bis:0.8 mehr:0.8 durch:0.8
    man:0.6 sowie:0.5 wurde:1 wurden:0.8 ich:1 wir:0.8 kann:0.5 unter:0.5 gegen:0.4 seit:0.4
    diese:0.6 dieser:0.5 sei:0.4 menschen:0.4 keine:0.4 schon:0.3`,
  it: `di:30 e:20 il:15 la:15 che:15 in:12 a:10 per:8 un:6 del:6 della:6 le:6 non:4 è:5 una:5 i:5
    con:5 sono:2 da:4 al:3 si:3 dei:3 come:2 anche:2 nel:3 alla:2 più:2 ha:2 ma:1.5 gli:3 lo:1
    delle:2 dal:1 nella:2 degli:1 questo:1 questa:1 o:1 tra:1 loro:1 stato:1 essere:0.7 sul:0.7
    sulla:0.7 ai:1 dalla:1 ad:0.6 fra:0.3 hanno:0.8 tutti:0.5 cui:0.8 nei:0.7 alle:0.7 l':4 dell':2
    all':0.8 nell':0.8 un':0.5 sull':0.3 dall':0.3 anni:0.4 persone:0.4 ancora:0.3 dopo:0.4
    già:0.3 molto:0.3 sia:0.5 perché:0.3 quando:0.3 ne:0.5 ci:0.6 mi:0.4 se:0.5`,
  nl: `de:35 van:20 het:15 een:15 en:20 in:14 is:8 dat:7 op:6 te:6 zijn:5 voor:5 met:5 die:5
    niet:4 aan:3 er:3 om:2 ook:3 als:2 bij:2 door:2 of:2 worden:2 wordt:2 naar:2 uit:2 maar:1.5
    tot:1 dit:2 deze:2 nog:1 over:1 hij:1.5 ze:1 kan:1 werd:1 heeft:2 hebben:1.5 meer:1 zich:1
    onder:0.7 geen:0.7 wel:0.7 tegen:0.4 omdat:0.4 mensen:0.5 we:0.8 wij:0.4 jaar:0.5 zal:0.4
    zou:0.4 hun:0.6 haar:0.6 na:0.3 al:0.5 nu:0.3`,
};

/** Frequency given to a known function word of another language ("rare here"). */
const WORD_FLOOR_PER_MILLE = 0.02;
export const WORD_FLOOR_LOG = Math.log(WORD_FLOOR_PER_MILLE / 1000);

// Letters per 1000 letters, in LATIN_LANGUAGES order.
const LETTERS: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['é', [0.05, 19, 4, 3, 0.1, 1, 0.3]],
  ['è', [0.01, 3, 0.01, 0.01, 0.01, 2, 0.1]],
  ['ê', [0.01, 2.2, 0.01, 1.5, 0.01, 0.01, 0.05]],
  ['ë', [0.01, 0.05, 0.01, 0.01, 0.05, 0.01, 0.3]],
  ['à', [0.01, 4, 0.01, 1, 0.01, 2, 0.01]],
  ['â', [0.01, 0.5, 0.01, 1, 0.01, 0.01, 0.01]],
  ['á', [0.01, 0.01, 1.5, 2.5, 0.01, 0.01, 0.01]],
  ['í', [0.01, 0.01, 4, 1.5, 0.01, 0.01, 0.01]],
  ['ì', [0.01, 0.01, 0.01, 0.01, 0.01, 0.4, 0.01]],
  ['î', [0.01, 0.5, 0.01, 0.01, 0.01, 0.01, 0.01]],
  ['ï', [0.01, 0.1, 0.01, 0.01, 0.01, 0.01, 0.1]],
  ['ó', [0.01, 0.01, 6, 2, 0.01, 0.05, 0.01]],
  ['ò', [0.01, 0.01, 0.01, 0.01, 0.01, 0.6, 0.01]],
  ['ô', [0.01, 0.5, 0.01, 0.5, 0.01, 0.01, 0.01]],
  ['õ', [0.01, 0.01, 0.01, 1.5, 0.01, 0.01, 0.01]],
  ['ö', [0.01, 0.01, 0.01, 0.01, 3, 0.01, 0.05]],
  ['ú', [0.01, 0.01, 1, 0.8, 0.01, 0.01, 0.01]],
  ['ù', [0.01, 0.2, 0.01, 0.01, 0.01, 0.2, 0.01]],
  ['û', [0.01, 0.3, 0.01, 0.01, 0.01, 0.01, 0.01]],
  ['ü', [0.01, 0.01, 0.05, 0.01, 6, 0.01, 0.05]],
  ['ä', [0.01, 0.01, 0.01, 0.01, 5, 0.01, 0.01]],
  ['ß', [0.01, 0.01, 0.01, 0.01, 2, 0.01, 0.01]],
  ['ñ', [0.01, 0.01, 2.5, 0.01, 0.01, 0.01, 0.01]],
  ['ç', [0.01, 1, 0.01, 3, 0.01, 0.01, 0.01]],
  ['ã', [0.01, 0.01, 0.01, 6, 0.01, 0.01, 0.01]],
  ['œ', [0.01, 0.3, 0.01, 0.01, 0.01, 0.01, 0.01]],
  ['¿', [0.01, 0.01, 0.3, 0.01, 0.01, 0.01, 0.01]],
  ['¡', [0.01, 0.01, 0.1, 0.01, 0.01, 0.01, 0.01]],
  ['w', [20, 0.5, 0.2, 0.3, 17, 0.2, 15]],
  ['k', [7, 0.5, 0.5, 0.3, 12, 0.2, 22]],
  ['h', [55, 8, 7, 12, 45, 9, 24]],
];

// Spelling cues: character sequences typical of a language ("_" marks a word boundary), with a
// log-odds weight.
const NGRAM_CUES: Readonly<Record<LatinLanguage, string>> = {
  en: 'ing_:2 ght:2 ould:2 wh:1.5 ss_:1 ly_:1.5 ed_:1.5 ee:1 oo:1 ow:1 ay_:1.5 ck:1.5 sh:1 th:1.5',
  fr: 'eau:2 aux_:2 ement:1.5 oi:1 ouv:1.5 eur_:1.5 ée:2 ées_:2 ais:1.5 ait_:1.5 qu:1 ille:1 oir:1.5 ux_:1.5 ez_:1.5',
  es: 'ción:2 ciones_:2 ado_:1.5 ada_:1 idad_:2 dad_:1.5 ll:1 ue:1 ie:0.5 os_:1 rr:1 ón_:2 ía:1 mente_:1',
  pt: 'ção:3 ções_:3 ão_:3 õe:3 lh:2 nh:2 ade_:1 em_:1.5 am_:1 ência:1 mente_:1',
  de: 'sch:2 ch:1 ung_:2 ei:1 ie:1 cht:2 eit_:1.5 en_:0.5 ge:0.5 z:0.5 ß:2 keit_:2 lich_:2',
  it: 'zione_:2 zioni_:2 zz:2 gli_:2 cc:1 tt:1 i_:0.5 o_:0.5 che_:1 ità_:2 ggi:2 tà_:1.5',
  nl: 'ij:2 aa:2 oe:1 ee:1 uu:2 sch:1 cht:1 heid_:2 lijk_:2 ge:0.5 en_:0.5 aan_:1',
};

/** Covers Latin-1 and Latin Extended-A (œ is U+0153). */
export const LETTER_TABLE_SIZE = 0x180;

export interface CompiledProfiles {
  /** word -> log-probability per language (floor for languages that do not list it). */
  words: ReadonlyMap<string, Float64Array>;
  /** Length of the longest function word: longer tokens need no lookup. */
  maxWordLength: number;
  /** Row index in letterRows for character codes below LETTER_TABLE_SIZE, else -1. */
  letterIndex: Int8Array;
  /** Log-frequency per language of each cue letter. */
  letterRows: readonly Float64Array[];
  /** One alternation of all n-gram cues; cue text -> weight per language. */
  ngramRe: RegExp;
  ngrams: ReadonlyMap<string, Float64Array>;
}

function parsePairs(spec: string): Array<[string, number]> {
  return spec
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => {
      const at = pair.lastIndexOf(':');
      return [pair.slice(0, at), Number(pair.slice(at + 1))];
    });
}

function compile(): CompiledProfiles {
  const n = LATIN_LANGUAGES.length;
  const floor = WORD_FLOOR_LOG;
  const words = new Map<string, Float64Array>();
  LATIN_LANGUAGES.forEach((lang, li) => {
    for (const [word, perMille] of parsePairs(FUNCTION_WORDS[lang])) {
      let row = words.get(word);
      if (row === undefined) {
        row = new Float64Array(n).fill(floor);
        words.set(word, row);
      }
      row[li] = Math.log(perMille / 1000);
    }
  });
  const letterIndex = new Int8Array(LETTER_TABLE_SIZE).fill(-1);
  const letterRows: Float64Array[] = [];
  for (const [ch, freqs] of LETTERS) {
    letterIndex[ch.charCodeAt(0)] = letterRows.length;
    letterRows.push(Float64Array.from(freqs, (f) => Math.log(f / 1000)));
  }
  const ngrams = new Map<string, Float64Array>();
  LATIN_LANGUAGES.forEach((lang, li) => {
    for (const [cue, weight] of parsePairs(NGRAM_CUES[lang])) {
      const text = cue.replace(/_/g, ' ');
      let row = ngrams.get(text);
      if (row === undefined) {
        row = new Float64Array(n);
        ngrams.set(text, row);
      }
      row[li] = weight;
    }
  });
  const alternatives = [...ngrams.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return {
    words,
    maxWordLength: Math.max(...[...words.keys()].map((w) => w.length)),
    letterIndex,
    letterRows,
    ngrams,
    ngramRe: new RegExp(alternatives.join('|'), 'g'),
  };
}

export const PROFILES: CompiledProfiles = compile();
