import { mapped } from './arrays.js';
import { detectAmounts, type AmountTag } from './amounts.js';
import { detectCountries, type CountryDetection, type CountryTag } from './countries/detect.js';
import { isRegional, regionOf, scopeEvidence } from './countries/scope.js';
import { countryInfo } from './countries/gazetteer/gazetteer.js';
import { findOrganizations, type OrganizationTag } from './organizations/detect.js';
import { detectPersons, findPersons, type PersonTag } from './persons/detect.js';
import { regionsFor, type RegionTag } from './regions.js';
import { tokenize, type TokenizedText } from './text/tokenize.js';
import { themeCandidates, type ThemeCandidate, type ThemeTag } from './themes/detect.js';
import { decideThemesWithText } from './themes/model.js';
import { SHIPPED_THEME_MODEL } from './themes/model-file.js';
import { tokenTextProbabilities, wordBag, type WordBag } from './themes/text-model.js';

export interface EnrichmentInput {
  title: string | null;
  body: string;
  dateline: string | null;
  language: string;
  contacts: { name: string | null; office: string | null }[];
}

export interface Enrichment {
  countries: CountryTag[];
  regions: RegionTag[];
  themes: ThemeTag[];
  organizations: OrganizationTag[];
  persons: PersonTag[];
  amounts: AmountTag[];
  location: { lat: number; lon: number } | null;
  datelineCountry: string | null;
}

function languageOf(language: string): string {
  return language.trim().toLowerCase().slice(0, 2);
}

/**
 * Title and body tokenised once and shared by the country, theme and organisation detectors,
 * with what they found.
 */
function analyse(input: EnrichmentInput) {
  const lang = languageOf(input.language);
  const title = input.title !== null && input.title.trim() !== '' ? tokenize(input.title) : null;
  const body = tokenize(input.body);

  // The cleaner decided the headline and the dateline (a headline glued to the body included).
  const dateline = input.dateline !== null && input.dateline.trim() !== '' ? input.dateline : null;

  // People first: a country word inside a name ("Kenya Morales") is not a mention.
  const people = findPersons(body);
  const personTokens = new Set<number>();
  for (const p of people) for (let k = p.start; k < p.end; k++) personTokens.add(k);
  const countriesFound = detectCountries(title, body, dateline, personTokens);
  const docs = title === null ? [body] : [body, title];
  const places = title === null ? [countriesFound.bodyMatches] : [countriesFound.bodyMatches, countriesFound.titleMatches];
  // Ministries take the leading country even in a regional release (they are usually its own).
  const orgs = findOrganizations(docs, lang, places, countriesFound.primary);
  const scope = scopeEvidence(title, body, countriesFound, orgs.covered);
  const regional = isRegional(scope);
  const codes = mapped(countriesFound.countries, (c) => c.code);
  const countries = regional ? mapped(countriesFound.countries, (c) => ({ ...c, role: 'mentioned' as const })) : countriesFound.countries;
  const where = regional ? { primary: null, region: regionOf(scope, codes) } : { primary: countriesFound.primary, region: null };
  const themes = themeCandidates(title, body, { skipBody: orgs.covered[0], skipTitle: orgs.covered[1] });
  return { lang, title, body, people, countriesFound, countries, where, orgs, themes };
}

/** What `enrich` decides themes from: the candidates with their features and the word bag (for fitting the theme model). */
export function themeInputsFor(input: EnrichmentInput): { candidates: ThemeCandidate[]; bag: WordBag } {
  const { title, body, themes } = analyse(input);
  return { candidates: themes, bag: wordBag(title, body) };
}

/** What the primary-country choice reads: the tokens, the countries found and the scope decision (for fitting the country ranker). */
export function countryInputsFor(input: EnrichmentInput): {
  title: TokenizedText | null;
  body: TokenizedText;
  found: CountryDetection;
  regional: boolean;
} {
  const { title, body, countriesFound, where } = analyse(input);
  // No primary: a regional or global release, or no country found at all.
  return { title, body, found: countriesFound, regional: where.primary === null };
}

/**
 * Tags one cleaned release. Persons and amounts work on the raw text with anchored regular
 * expressions; the rest on the shared tokens (`analyse`).
 */
export function enrich(input: EnrichmentInput): Enrichment {
  const { lang, title, body, people, countriesFound, countries, where, orgs, themes } = analyse(input);
  const model = SHIPPED_THEME_MODEL;
  // The text classifier reads the tokens directly (no word bag): the same probabilities as decideThemes'.
  const text =
    model.text === null
      ? mapped(themes, () => 0)
      : tokenTextProbabilities(
          model.text,
          title,
          body,
          mapped(themes, (c) => c.id),
        );
  // A regional release has no point on a map: its regions carry it.
  const info = where.primary === null ? undefined : countryInfo(where.primary);
  const latlng = info?.latlng ?? null;
  return {
    countries,
    regions: regionsFor(
      mapped(countries, (c) => c.code),
      where.region,
    ),
    themes: decideThemesWithText(themes, model, text),
    organizations: orgs.organizations,
    persons: detectPersons(body, input.contacts, people),
    amounts: detectAmounts(input.title === null ? input.body : `${input.title}\n${input.body}`, lang, where.primary),
    location: latlng === null ? null : { lat: latlng[0], lon: latlng[1] },
    datelineCountry: countriesFound.dateline?.code ?? null,
  };
}
