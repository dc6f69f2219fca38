import { createRequire } from 'node:module';
import { iso31662 } from 'iso-3166';

/**
 * Typed, validated views of the data packages. createRequire keeps the
 * type checker away from the 770 KB world-countries JSON (inferring its type
 * would slow every build) while the guards below keep `any` out of the code.
 */

export interface WorldCountry {
  readonly cca2: string;
  readonly independent: boolean;
  readonly unMember: boolean;
  readonly common: string;
  readonly official: string;
  /** fra/spa common and official names. */
  readonly translations: Readonly<Record<'fra' | 'spa', readonly string[]>>;
  readonly capitals: readonly string[];
  readonly latlng: readonly [number, number] | null;
  readonly demonyms: Readonly<Record<'eng' | 'fra', { m: string; f: string }>>;
}

const require = createRequire(import.meta.url);

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function str(x: unknown): string {
  return typeof x === 'string' ? x : '';
}

function prop(x: unknown, ...path: string[]): unknown {
  let cur: unknown = x;
  for (const k of path) {
    if (!isRecord(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}

function names(x: unknown): string[] {
  return [str(prop(x, 'common')), str(prop(x, 'official'))].filter((s) => s !== '');
}

function demonym(x: unknown): { m: string; f: string } {
  return { m: str(prop(x, 'm')), f: str(prop(x, 'f')) };
}

function toWorldCountry(x: unknown): WorldCountry | null {
  const cca2 = str(prop(x, 'cca2'));
  if (cca2.length !== 2) return null;
  const ll = prop(x, 'latlng');
  const lat = Array.isArray(ll) ? ll[0] : undefined;
  const lon = Array.isArray(ll) ? ll[1] : undefined;
  const cap = prop(x, 'capital');
  return {
    cca2,
    independent: prop(x, 'independent') === true,
    unMember: prop(x, 'unMember') === true,
    common: str(prop(x, 'name', 'common')),
    official: str(prop(x, 'name', 'official')),
    translations: { fra: names(prop(x, 'translations', 'fra')), spa: names(prop(x, 'translations', 'spa')) },
    capitals: Array.isArray(cap) ? cap.map(str).filter((s) => s !== '') : [],
    latlng: typeof lat === 'number' && typeof lon === 'number' ? [lat, lon] : null,
    demonyms: { eng: demonym(prop(x, 'demonyms', 'eng')), fra: demonym(prop(x, 'demonyms', 'fra')) },
  };
}

export function loadWorldCountries(): WorldCountry[] {
  const raw: unknown = require('world-countries/dist/countries.json');
  if (!Array.isArray(raw)) throw new Error('world-countries: unexpected data shape');
  return raw.map(toWorldCountry).filter((c): c is WorldCountry => c !== null);
}

/** i18n-iso-countries locale: alpha-2 -> official name first, then aliases. */
export function loadIsoNames(locale: 'en' | 'fr' | 'es'): Map<string, string[]> {
  const raw: unknown = require(`i18n-iso-countries/langs/${locale}.json`);
  const countries = prop(raw, 'countries');
  const out = new Map<string, string[]>();
  if (!isRecord(countries)) throw new Error(`i18n-iso-countries/${locale}: unexpected data shape`);
  for (const [code, v] of Object.entries(countries)) {
    const list = Array.isArray(v) ? v.map(str) : [str(v)];
    out.set(
      code,
      list.filter((s) => s !== ''),
    );
  }
  return out;
}

/**
 * Subdivisions (states, provinces, departments) by ISO alpha-2 code: country-region-data's names
 * plus ISO 3166-2's (the iso-3166 package), which are current where the former is not (the DR
 * Congo's 26 provinces of 2015) and add second-level ones (French départements).
 */
export function loadRegions(): ReadonlyMap<string, readonly string[]> {
  const data: unknown = require('country-region-data/data.json');
  const out = new Map<string, Set<string>>();
  const add = (code: string, name: string): void => {
    if (code.length !== 2 || name === '') return;
    let names = out.get(code);
    if (names === undefined) out.set(code, (names = new Set()));
    names.add(name);
  };
  if (Array.isArray(data)) {
    for (const c of data) {
      const regions = prop(c, 'regions');
      if (Array.isArray(regions)) for (const r of regions) add(str(prop(c, 'countryShortCode')), str(prop(r, 'name')));
    }
  }
  // "Haute-Sangha / Mambéré-Kadéï": one subdivision, two names.
  for (const s of iso31662) for (const name of s.name.split(' / ')) add(s.parent.slice(0, 2), name.trim());
  return new Map([...out].map(([code, names]) => [code, [...names]]));
}
