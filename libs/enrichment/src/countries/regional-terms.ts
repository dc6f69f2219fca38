/**
 * Words that frame a release as regional or global rather than about one country, in French,
 * English and Spanish. Region names carry their UN M49 code where one fits ('' where none does:
 * the Mediterranean spans three); they are matched capitalised, as proper nouns ("Pacifique",
 * not "cohabitation pacifique"). `(s)` marks an optional ending (see expandForms).
 */
export const REGION_NAMES: Readonly<Record<string, string>> = {
  '002': 'Afrique|Africa|África|Afrique subsaharienne|Afrique sub-saharienne|sub-Saharan Africa|Sub-Saharan Africa|África subsahariana',
  '011':
    "Afrique de l'Ouest|Afrique occidentale|West Africa|Western Africa|África Occidental|África del Oeste|Sahel|Afrique de l'Ouest et du Centre|West and Central Africa",
  '014':
    "Afrique de l'Est|Afrique orientale|East Africa|Eastern Africa|África Oriental|Corne de l'Afrique|Horn of Africa|Cuerno de África|Grands Lacs|Great Lakes|Grandes Lagos",
  '015': 'Afrique du Nord|North Africa|Northern Africa|África del Norte|Maghreb|Magreb',
  '017': 'Afrique centrale|Central Africa|África Central|bassin du lac Tchad|Lake Chad Basin|Lake Chad region|cuenca del lago Chad',
  '018': 'Afrique australe|Southern Africa|África Austral|África meridional',
  '019': 'Amériques|Americas|Américas|continent américain',
  '419':
    'Amérique latine|Latin America|América Latina|Latinoamérica|Amérique latine et Caraïbes|Latin America and the Caribbean|América Latina y el Caribe',
  '013': 'Amérique centrale|Central America|Centroamérica|América Central|Mesoamérica|Triangle du Nord|Northern Triangle|Triángulo Norte',
  '029': 'Caraïbes|Caribbean|Caribe|Antilles',
  '005': 'Amérique du Sud|South America|América del Sur|Sudamérica|Suramérica',
  '021': 'Amérique du Nord|North America|América del Norte|Norteamérica',
  '142': 'Asie|Asia|Asie-Pacifique|Asia-Pacific|Asia Pacific|Asia and the Pacific|Asia y el Pacífico',
  '030': "Asie de l'Est|East Asia|Asia Oriental",
  '034': 'Asie du Sud|South Asia|Asia del Sur|Asia Meridional',
  '035': 'Asie du Sud-Est|South-East Asia|Southeast Asia|South East Asia|Sudeste Asiático|Asia Sudoriental',
  '143': 'Asie centrale|Central Asia|Asia Central',
  '145': 'Moyen-Orient|Proche-Orient|Middle East|Near East|Oriente Medio|Oriente Próximo|Medio Oriente|Golfe persique|Persian Gulf',
  '150': 'Europe|Europa',
  '039': 'Balkans|Balcanes|Western Balkans',
  '009': 'Pacifique|Pacific|Pacífico|Océanie|Oceania',
  '': 'Méditerranée|Mediterranean|Mediterráneo|Méditerranée centrale|Central Mediterranean|Mediterráneo Central',
};

/** Lowercase words that frame a release as global. */
export const GLOBAL_WORDS =
  'monde mondial mondiale mondiales mondiaux world worldwide global globale globally mundo mundial mundiales planete planet planeta ' +
  'international internationale internacional transnational transnationale transnacional transfrontalier transfrontaliere cross-border transfronterizo';
