/** The gazetteer's hand-written data: aliases, ambiguous names, blocking phrases, display names. */

/** Hand aliases that win over package data (and settle names two packages disagree on). */
export const ALIASES: Readonly<Record<string, string>> = {
  CG: 'Congo|Congo-Brazzaville|République du Congo|Republic of Congo|Republic of the Congo|República del Congo',
  CD:
    'RDC|R.D.C.|DRC|RD Congo|R.D. Congo|RDCongo|DR Congo|D.R. Congo|Congo-Kinshasa|RD del Congo|République démocratique du Congo|' +
    'République Démocratique du Congo|Democratic Republic of Congo|Democratic Republic of the Congo|República Democrática del Congo|Congo démocratique|Zaïre',
  MX: 'Etats-Unis du Mexique|États-Unis du Mexique|États-Unis mexicains|Estados Unidos Mexicanos|Estados Unidos de México|United Mexican States|Méjico',
  US: "Etats-Unis|États-Unis d'Amérique|Estados Unidos|Estados Unidos de América|EE.UU.|EE. UU.|EEUU|EUA|U.S.|U.S.A.|USA|US|United States|United States of America",
  CI: "Côte d'Ivoire|Cote d'Ivoire|Costa de Marfil|Ivory Coast",
  SS: 'Soudan du Sud|Sud-Soudan|Sudán del Sur|South Sudan|Sudán meridional',
  GN: 'Guinée-Conakry|Guinée Conakry|Guinea-Conakry|Guinea Conakry',
  GW: 'Guinée-Bissau|Guinea-Bisáu|Guinea-Bissau',
  GQ: 'Guinée équatoriale|Guinea Ecuatorial|Equatorial Guinea',
  MM: 'Birmanie|Birmania|Burma|Myanmar',
  TR: 'Türkiye|Turquie|Turquía|Turkiye',
  CZ: 'Tchéquie|Chequia|Czechia',
  SZ: 'Swaziland|Suazilandia|Eswatini',
  MK: 'Macédoine|Macedonia',
  KR: 'Corée du Sud|Corea del Sur|South Korea',
  KP: 'Corée du Nord|Corea del Norte|North Korea',
  SY: 'Syrie|Siria|Syria',
  RU: 'Russie|Rusia|Russia',
  IR: 'Iran|Irán',
  LA: 'Laos',
  VN: 'Viet Nam|Vietnam',
  TZ: 'Tanzanie|Tanzania',
  BO: 'Bolivie|Bolivia',
  MD: 'Moldova|Moldavie',
  TL: 'Timor oriental|Timor-Oriental|East Timor|Timor-Leste',
  CV: 'Cap-Vert|Le Cap-Vert|Cabo Verde|Cape Verde',
  PS: 'Palestine|Palestina|Territoire palestinien occupé|Territoires palestiniens|Territorio Palestino|Occupied Palestinian Territory|Palestinian Territories',
  GB: 'Angleterre|England|Inglaterra|Écosse|Scotland|Escocia|Grande-Bretagne|Gran Bretaña|Great Britain|Royaume-Uni|Reino Unido|UK|U.K.',
  NL: 'Pays-Bas|Países Bajos|Netherlands|Holland|Hollande|Holanda',
  NG: 'Nigéria|Nigeria|delta du Niger|Niger Delta|delta del Níger',
  SA: 'Arabie saoudite|Arabie Saoudite|Arabia Saudí|Arabia Saudita|Saudi Arabia',
  AE: 'Émirats arabes unis|Emiratos Árabes Unidos|UAE',
  BA: 'Bosnie|Bosnia',
  XK: 'Kosovo',
  CF: 'Centrafrique|RCA|République centrafricaine',
  EH: 'Sahara occidental|Western Sahara|Sáhara Occidental',
  BF: 'Burkina|Burkina Faso',
  HT: 'Haïti|Haiti|Haití',
  DO: 'République dominicaine|República Dominicana|Dominican Republic',
  LC: 'Sainte-Lucie|Santa Lucía|Saint Lucia|St Lucia|St. Lucia',
  TT: 'Trinité-et-Tobago|Trinidad y Tobago|Trinidad and Tobago|Tobago',
  KN: 'Saint-Kitts-et-Nevis|Saint-Christophe-et-Niévès|San Cristóbal y Nieves',
  VC: 'Saint-Vincent-et-les-Grenadines|San Vicente y las Granadinas',
  PE: 'Pérou|Perú|Peru',
  EC: 'Équateur|Ecuador',
  GF: 'Guyane française|Guyane',
  LY: 'Libye|Libia|Libya',
  BY: 'Biélorussie|Bélarus|Belarus',
};

/**
 * Names that are also first names or common words: accepted only with a
 * country-like neighbour ("in Chad", "au Niger") or other evidence for the
 * same country in the document.
 */
export const AMBIGUOUS_NAMES: Readonly<Record<string, string>> = {
  TD: 'Chad',
  JO: 'Jordan',
  GE: 'Georgia',
  NE: 'Niger|Níger',
  JE: 'Jersey',
  MU: 'Maurice',
  DM: 'Dominique',
  GD: 'Grenade|Granada',
  SV: 'Salvador',
  RE: 'Reunion|Réunion|Reunión',
  GP: 'Guadalupe',
  TT: 'Trinidad',
};

/** Phrases that contain a country word but do not refer to the country. */
export const BLOCKING_PHRASES: readonly string[] = [
  'Amérique latine', 'Amérique centrale', 'Amérique du Sud', 'Amérique du Nord', 'Latin America', 'Central America',
  'South America', 'North America', 'Latin American(s)', 'Central American(s)', 'South American(s)', 'North American(s)',
  'latino-américain(e)(s)', 'nord-américain(e)(s)', 'sud-américain(e)(s)', 'centre-américain(e)(s)',
  'centraméricain(e)(s)', 'América Latina', 'América Central', 'América del Sur', 'América del Norte',
  'golfe de Guinée', 'Gulf of Guinea', 'golfo de Guinea', 'golfe du Mexique', 'Gulf of Mexico', 'golfo de México',
  'Indian Ocean', 'océan Indien', 'Indian Ocean', 'mer de Chine', 'South China Sea', 'mar de China',
  'lac Tchad', 'Lake Chad', 'lago Chad', 'bassin du lac Tchad', 'fleuve Niger', 'Niger River', 'río Níger',
  'bassin du Congo', 'Congo Basin', 'cuenca del Congo', 'fleuve Congo', 'Congo River', 'río Congo',
  'franc(s) suisse(s)', 'Swiss franc(s)', 'dollar(s) américain(s)', 'dollar(s) US', 'dollar(s) des États-Unis',
  'US dollar(s)', 'U.S. dollar(s)', 'dólar(es) estadounidense(s)', 'dólar(es) americano(s)', 'dólar(es) de los Estados Unidos',
  'peso(s) mexicano(s)', 'peso(s) colombiano(s)', 'peso(s) argentino(s)', 'peso(s) chileno(s)', 'peso(s) dominicano(s)',
  'New Mexico', 'Nouveau-Mexique', 'Nuevo México', 'New Jersey', 'Nueva Jersey', 'New South Wales',
  'Mexican-American', 'Indian Ocean', 'West Indies', 'Antilles', 'Guinea pig',
];

/** City names that are also frequent first names or surnames. */
export const PERSON_LIKE_CITY_NAMES: readonly string[] = [
  'Santiago', 'San José', 'Colombo', 'Laredo', 'Santa Ana', 'Kingston', 'Washington', 'Phoenix', 'Sydney', 'Paris',
  'Alexandria', 'Nassau', 'Dover', 'Lyon', 'Houston', 'Dallas', 'Denver', 'Santa Marta', 'Juárez', 'Lagos',
  'Cartagena', 'Nogales', 'Matamoros', 'Reynosa', 'Moroni', 'Boston', 'Milan', 'Florence', 'Lima', 'Georgetown',
  'Hidalgo', 'Amman', 'Bamenda',
];

/** Words that make a subdivision name generic when it has no other ("South West", "Central", "Capital"). */
export const GENERIC_REGION_WORDS =
  'north south east west northern southern eastern western central centre center upper lower middle nord sud est ouest ' +
  'norte sur este oeste centro centre capital city region island islands coast coastal highlands lakes plateau mountain ' +
  'mountains river littoral interior metropolitan greater great new';

/** English display names where world-countries' common name is not the UN usage. */
export const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  CI: "Côte d'Ivoire",
  PS: 'Palestine',
  TR: 'Türkiye',
};
