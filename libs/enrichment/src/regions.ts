/**
 * UN M49 geographic regions. world-countries uses its own sub-regions
 * ("Central Europe", "North America" including Mexico), so the M49
 * membership is kept here as a small hand table.
 */

export interface RegionTag {
  code: string;
  name: string;
}

export const M49_NAMES: Readonly<Record<string, string>> = {
  '002': 'Africa',
  '011': 'Western Africa',
  '014': 'Eastern Africa',
  '015': 'Northern Africa',
  '017': 'Middle Africa',
  '018': 'Southern Africa',
  '019': 'Americas',
  '005': 'South America',
  '013': 'Central America',
  '029': 'Caribbean',
  '021': 'Northern America',
  '419': 'Latin America and the Caribbean',
  '142': 'Asia',
  '030': 'Eastern Asia',
  '034': 'Southern Asia',
  '035': 'South-eastern Asia',
  '143': 'Central Asia',
  '145': 'Western Asia',
  '150': 'Europe',
  '151': 'Eastern Europe',
  '154': 'Northern Europe',
  '039': 'Southern Europe',
  '155': 'Western Europe',
  '009': 'Oceania',
  '053': 'Australia and New Zealand',
  '054': 'Melanesia',
  '057': 'Micronesia',
  '061': 'Polynesia',
};

const MEMBERS: Readonly<Record<string, string>> = {
  '011': 'BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG',
  '014': 'BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW IO TF',
  '015': 'DZ EG LY MA SD TN EH',
  '017': 'AO CM CF TD CG CD GQ GA ST',
  '018': 'BW SZ LS NA ZA',
  '005': 'AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE',
  '013': 'BZ CR SV GT HN MX NI PA',
  '029': 'AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI',
  '021': 'BM CA GL PM US',
  '143': 'KZ KG TJ TM UZ',
  '030': 'CN HK MO KP JP MN KR TW',
  '034': 'AF BD BT IN IR MV NP PK LK',
  '035': 'BN KH ID LA MY MM PH SG TH TL VN',
  '145': 'AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE',
  '151': 'BY BG CZ HU PL MD RO RU SK UA',
  '154': 'AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB',
  '039': 'AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES XK',
  '155': 'AT BE FR DE LI LU MC NL CH',
  '053': 'AU CX CC HM NZ NF',
  '054': 'FJ NC PG SB VU',
  '057': 'GU KI MH FM NR MP PW UM',
  '061': 'AS CK PF NU PN WS TK TO TV WF',
};

/** Sub-regions whose members also belong to 419 Latin America and the Caribbean. */
const LATIN_AMERICA = new Set(['005', '013', '029']);

const SUBREGION_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(MEMBERS).flatMap(([region, codes]) => codes.split(' ').map((c) => [c, region] as const)),
);

export function subregionOf(countryCode: string): string | null {
  return SUBREGION_OF.get(countryCode) ?? null;
}

function tag(code: string): RegionTag {
  return { code, name: M49_NAMES[code] ?? code };
}

/**
 * Sub-region of every country (in the given order, deduplicated), plus 419 where it applies;
 * `own` first: the region a regional release is about (it has no primary country to place it).
 */
export function regionsFor(countryCodes: readonly string[], own: string | null = null): RegionTag[] {
  const seen = new Set<string>();
  const out: RegionTag[] = [];
  const push = (code: string): void => {
    if (seen.has(code)) return;
    seen.add(code);
    out.push(tag(code));
  };
  if (own !== null) push(own);
  for (const c of countryCodes) {
    const sub = SUBREGION_OF.get(c);
    if (sub === undefined) continue;
    push(sub);
    if (LATIN_AMERICA.has(sub)) push('419');
  }
  return out;
}
