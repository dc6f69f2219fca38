/** Folded words that open, continue or end the name of an institution (ministries, agencies, courts). */

/** Words that open the name of an institution. */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'ministere', 'ministerio', 'ministry', 'secretaria', 'comite', 'comision', 'committee', 'commission', 'institut', 'instituto',
  'institute', 'fondation', 'fundacion', 'foundation', 'association', 'asociacion', 'police', 'policia', 'direction', 'direccion',
  'directorate', 'agence', 'agencia', 'agency', 'conseil', 'consejo', 'council', 'centre', 'centro', 'center', 'organisation',
  'organizacion', 'organization', 'federation', 'federacion', 'coalition', 'coalicion', 'alliance', 'observatoire', 'observatorio',
  'observatory', 'procuraduria', 'fiscalia', 'defensoria', 'tribunal', 'cour', 'corte', 'court', 'gendarmerie', 'unidad', 'unite',
  'mesa', 'bureau', 'office', 'croix', 'cruz', 'oficina', 'secretariat', 'department', 'departamento', 'service', 'servicio', 'fondo', 'fonds',
  'fund', 'reseau', 'network', 'universite', 'universidad', 'university', 'ong', 'ngo',
]);

/** Heads that French and Spanish write in lowercase ("le ministère de la Justice"). */
export const MINISTRY_HEADS: ReadonlySet<string> = new Set(['ministere', 'ministerio', 'ministry', 'secretaria']);

/** Portfolio keywords (folded, possibly multi-word) -> ministry portfolio id, in priority order of appearance. */
export const PORTFOLIOS: readonly (readonly [string, string])[] = [
  ['affaires etrangeres', 'foreign-affairs'], ['relations exterieures', 'foreign-affairs'], ['foreign affairs', 'foreign-affairs'],
  ['relaciones exteriores', 'foreign-affairs'], ['asuntos exteriores', 'foreign-affairs'], ['exteriores', 'foreign-affairs'],
  ['foreign', 'foreign-affairs'], ['cancilleria', 'foreign-affairs'], ['affaires exterieures', 'foreign-affairs'],
  ['home affairs', 'interior'], ['interieur', 'interior'], ['interior', 'interior'], ['gobernacion', 'interior'],
  ['securite publique', 'security'], ['seguridad publica', 'security'], ['public security', 'security'],
  ['justice', 'justice'], ['justicia', 'justice'],
  ['travail', 'labour'], ['trabajo', 'labour'], ['labour', 'labour'], ['labor', 'labour'], ['emploi', 'labour'],
  ['employment', 'labour'], ['empleo', 'labour'],
  ['sante', 'health'], ['health', 'health'], ['salud', 'health'],
  ['femme', 'women'], ['femmes', 'women'], ['women', 'women'], ['mujer', 'women'], ['mujeres', 'women'], ['genero', 'women'],
  ['gender', 'women'], ['genre', 'women'],
  ['affaires sociales', 'social'], ['solidarite', 'social'], ['famille', 'social'], ['familia', 'social'], ['family', 'social'],
  ['social', 'social'], ['sociales', 'social'], ['sociale', 'social'],
  ['education', 'education'], ['educacion', 'education'],
  ['defense', 'defence'], ['defence', 'defence'], ['defensa', 'defence'],
  ['securite', 'security'], ['security', 'security'], ['seguridad', 'security'],
  ['finances', 'finance'], ['finance', 'finance'], ['hacienda', 'finance'], ['economie', 'finance'], ['economy', 'finance'], ['economia', 'finance'],
  ['migration', 'migration'], ['migrations', 'migration'], ['migracion', 'migration'], ['migraciones', 'migration'], ['immigration', 'migration'],
  ['droits de l homme', 'human-rights'], ['derechos humanos', 'human-rights'], ['human rights', 'human-rights'],
  ['enfance', 'children'], ['ninez', 'children'], ['infancia', 'children'], ['children', 'children'],
  ['agriculture', 'agriculture'], ['agricultura', 'agriculture'], ['environnement', 'environment'], ['environment', 'environment'],
  ['ambiente', 'environment'], ['tourisme', 'tourism'], ['turismo', 'tourism'], ['tourism', 'tourism'],
];

/** Words that end a lowercase (fr/es) institution name. */
export const NAME_STOPS: ReadonlySet<string> = new Set([
  'qui', 'que', 'avec', 'afin', 'dans', 'lors', 'ont', 'est', 'sont', 'sera', 'seront', 'comme', 'ainsi', 'notamment', 'dont',
  'with', 'which', 'who', 'that', 'has', 'have', 'is', 'was', 'were', 'will', 'said', 'con', 'quien', 'quienes', 'cual', 'ha',
  'han', 'fue', 'sera', 'como', 'donde', 'cuyo', 'mediante', 'durante', 'pendant', 'depuis', 'desde', 'entre', 'sobre', 'tras',
  'apres', 'avant', 'antes', 'despues', 'hacia', 'vers', 'chez', 'par', 'por', 'a', 'al',
]);
