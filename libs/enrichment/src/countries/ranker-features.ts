/**
 * What a learned ranker over the candidate primary countries reads (issue 15, wave 10): for each
 * country the detector found, today's rules (whether they chose it, whether the title announces or
 * places it) and the roles and positions of its mentions (title, lead, dateline, first position,
 * counts, origins, donors, demonyms, headquarters cities). Pure; every feature is within 0..1.
 */
import { leadTokens } from '../themes/detect.js';
import type { TokenizedText } from '../text/tokenize.js';
import type { CountryDetection, PlaceMatch } from './detect.js';
import { originMention, titleDonors, titlePlace } from './mention-roles.js';

export const RANKER_FEATURES = [
  'rulePick',
  'titleSubject',
  'titlePlace',
  'weightShare',
  'heaviest',
  'inverseWeightRank',
  'inTitle',
  'titleOrigin',
  'inLead',
  'earliness',
  'mentions',
  'datelineCountry',
  'datelineOffice',
  'donor',
  'originShare',
  'demonymShare',
  'cityShare',
  'officeShare',
  'datelineOnly',
] as const;

export interface RankerCandidate {
  readonly code: string;
  /** Features in RANKER_FEATURES order. */
  readonly x: readonly number[];
}

interface Tally {
  mentions: number;
  origins: number;
  demonyms: number;
  cities: number;
  offices: number;
  lead: boolean;
  titleOrigin: boolean;
  first: number;
}

function tallyOf(tallies: Map<string, Tally>, code: string): Tally {
  let t = tallies.get(code);
  if (t === undefined) {
    t = { mentions: 0, origins: 0, demonyms: 0, cities: 0, offices: 0, lead: false, titleOrigin: false, first: 1 };
    tallies.set(code, t);
  }
  return t;
}

function count(doc: TokenizedText, m: PlaceMatch, t: Tally): boolean {
  t.mentions++;
  if (m.kind === 'demonym') t.demonyms++;
  if (m.kind === 'city') t.cities++;
  if (m.office) t.offices++;
  const origin = originMention(doc, m);
  if (origin) t.origins++;
  return origin;
}

/** The candidates of a release (every country found, the dateline's included) with their features. */
export function rankerCandidates(title: TokenizedText | null, body: TokenizedText, found: CountryDetection): RankerCandidate[] {
  const tallies = new Map<string, Tally>();
  const lead = leadTokens(body);
  const length = Math.max(1, body.tokens.length);
  for (const m of found.bodyMatches) {
    const t = tallyOf(tallies, m.code);
    if (count(body, m, t)) continue;
    if (m.start < lead) t.lead = true;
    t.first = Math.min(t.first, m.start / length);
  }
  if (title !== null)
    for (const m of found.titleMatches) {
      const t = tallyOf(tallies, m.code);
      if (count(title, m, t)) t.titleOrigin = true;
    }
  const weights = found.weights;
  const total = weights.reduce((n, w) => n + w.weight, 0);
  const top = weights[0]?.weight ?? 0;
  const donors = titleDonors(title, found.titleMatches);
  const placed = titlePlace(title, found.titleMatches);
  const dateline = found.dateline;
  return found.countries.map(({ code, mentions }) => {
    const t = tallies.get(code);
    const w = weights.find((x) => x.code === code);
    const weight = w?.weight ?? 0;
    const rank = weights.filter((x) => x.weight > weight).length + 1;
    const own = Math.max(1, t?.mentions ?? 0);
    return {
      code,
      x: [
        found.primary === code ? 1 : 0,
        found.titleSubject === code ? 1 : 0,
        placed === code ? 1 : 0,
        total === 0 ? 0 : weight / total,
        weight > 0 && weight === top ? 1 : 0,
        weight > 0 ? 1 / rank : 0,
        w?.inTitle === true ? 1 : 0,
        t?.titleOrigin === true ? 1 : 0,
        t?.lead === true ? 1 : 0,
        1 - (t?.first ?? 1),
        Math.min(1, Math.log1p(mentions) / Math.log(30)),
        dateline?.code === code ? 1 : 0,
        dateline?.code === code && dateline.office ? 1 : 0,
        donors.has(code) ? 1 : 0,
        (t?.origins ?? 0) / own,
        (t?.demonyms ?? 0) / own,
        (t?.cities ?? 0) / own,
        (t?.offices ?? 0) / own,
        t === undefined ? 1 : 0,
      ],
    };
  });
}
