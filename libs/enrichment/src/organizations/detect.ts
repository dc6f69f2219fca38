import type { PlaceMatch } from '../countries/detect.js';
import { CONNECTORS, sentenceInitial } from '../text/neighbouring-words.js';
import { PhraseTrie } from '../text/phrase-trie.js';
import { fold, phraseKeys, type Token, type TokenizedText } from '../text/tokenize.js';

export interface OrganizationTag {
  id: string;
  name: string;
}

/**
 * Canonical organisations with their names and acronyms in fr/en/es.
 * A leading "^" marks an acronym, matched only when written in capitals
 * (so "who", "echo", "un" and "pam" in running text are left alone).
 */
const KNOWN: Readonly<Record<string, { name: string; forms: string }>> = {
  IOM: {
    name: 'International Organization for Migration',
    forms:
      '^IOM; ^OIM; Organisation internationale pour les migrations; International Organization for Migration; ' +
      'International Organisation for Migration; Organización Internacional para las Migraciones; UN Migration; ONU Migration; ' +
      'ONU Migración; Agence des Nations Unies pour les migrations; UN Migration Agency; Organismo de las Naciones Unidas para la Migración',
  },
  UNODC: {
    name: 'United Nations Office on Drugs and Crime',
    forms:
      '^UNODC; ^ONUDC; Office des Nations Unies contre la drogue et le crime; United Nations Office on Drugs and Crime; ' +
      'UN Office on Drugs and Crime; Oficina de las Naciones Unidas contra la Droga y el Delito',
  },
  UNHCR: {
    name: 'Office of the United Nations High Commissioner for Refugees',
    forms:
      '^UNHCR; ^HCR; ^ACNUR; Haut-Commissariat des Nations Unies pour les réfugiés; Haut Commissariat des Nations Unies pour les réfugiés; ' +
      'Haut-Commissariat pour les réfugiés; United Nations High Commissioner for Refugees; UN Refugee Agency; UN High Commissioner for Refugees; ' +
      'Alto Comisionado de las Naciones Unidas para los Refugiados; Agence des Nations Unies pour les réfugiés; Agencia de la ONU para los Refugiados',
  },
  EU: {
    name: 'European Union',
    forms:
      "^EU; ^UE; Union européenne; European Union; Unión Europea; Commission européenne; European Commission; Comisión Europea; " +
      "Délégation de l'Union européenne; Delegation of the European Union; Delegación de la Unión Europea; Fonds fiduciaire d'urgence de l'UE; EU Trust Fund",
  },
  ECHO: {
    name: 'European Civil Protection and Humanitarian Aid Operations',
    forms:
      '^ECHO; DG ECHO; European Civil Protection and Humanitarian Aid Operations; ' +
      "protection civile et opérations d'aide humanitaire européennes; Protección Civil y Operaciones de Ayuda Humanitaria Europeas",
  },
  'US-DOS': {
    name: 'United States Department of State',
    forms:
      "US Department of State; U.S. Department of State; United States Department of State; Department of State; State Department; " +
      "Département d'État; Département d'État américain; Département d'État des États-Unis; Departamento de Estado; " +
      'Departamento de Estado de (los) Estados Unidos; Departamento de Estado estadounidense; Office to Monitor and Combat Trafficking in Persons; ' +
      'Bureau of Population, Refugees and Migration; ^J/TIP',
  },
  USAID: {
    name: 'United States Agency for International Development',
    forms:
      '^USAID; United States Agency for International Development; U.S. Agency for International Development; US Agency for International Development; ' +
      "Agence des États-Unis pour le développement international; Agencia de los Estados Unidos para el Desarrollo Internacional",
  },
  INTERPOL: { name: 'INTERPOL', forms: '^INTERPOL; Interpol; International Criminal Police Organization; Organisation internationale de police criminelle' },
  EUROPOL: { name: 'Europol', forms: '^EUROPOL; Europol' },
  FRONTEX: { name: 'Frontex', forms: '^FRONTEX; Frontex; European Border and Coast Guard Agency' },
  UNICEF: {
    name: "United Nations Children's Fund",
    forms: "^UNICEF; Unicef; Fonds des Nations Unies pour l'enfance; United Nations Children's Fund; Fondo de las Naciones Unidas para la Infancia",
  },
  UNFPA: {
    name: 'United Nations Population Fund',
    forms: '^UNFPA; Fonds des Nations Unies pour la population; United Nations Population Fund; Fondo de Población de las Naciones Unidas',
  },
  'UN-WOMEN': { name: 'UN Women', forms: 'UN Women; ONU Femmes; ONU-Femmes; ONU Mujeres' },
  ILO: {
    name: 'International Labour Organization',
    forms:
      '^ILO; ^OIT; ^BIT; Organisation internationale du travail; International Labour Organization; International Labour Organisation; ' +
      'International Labor Organization; Organización Internacional del Trabajo; Bureau international du travail; International Labour Office',
  },
  WHO: {
    name: 'World Health Organization',
    forms: '^WHO; ^OMS; Organisation mondiale de la santé; World Health Organization; Organización Mundial de la Salud',
  },
  WFP: { name: 'World Food Programme', forms: '^WFP; ^PAM; Programme alimentaire mondial; World Food Programme; Programa Mundial de Alimentos' },
  UNDP: {
    name: 'United Nations Development Programme',
    forms: '^UNDP; ^PNUD; Programme des Nations Unies pour le développement; United Nations Development Programme; Programa de las Naciones Unidas para el Desarrollo',
  },
  OHCHR: {
    name: 'Office of the United Nations High Commissioner for Human Rights',
    forms:
      "^OHCHR; ^HCDH; Haut-Commissariat aux droits de l'homme; Haut-Commissariat des Nations Unies aux droits de l'homme; " +
      'Office of the High Commissioner for Human Rights; Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos; ' +
      'Oficina del Alto Comisionado para los Derechos Humanos',
  },
  OCHA: {
    name: 'United Nations Office for the Coordination of Humanitarian Affairs',
    forms:
      '^OCHA; Bureau de la coordination des affaires humanitaires; Office for the Coordination of Humanitarian Affairs; Oficina de Coordinación de Asuntos Humanitarios',
  },
  UN: {
    name: 'United Nations',
    forms: '^ONU; ^UN; Nations Unies; Organisation des Nations Unies; United Nations; Naciones Unidas; Organización de las Naciones Unidas; Système des Nations Unies; UN system',
  },
  OAS: { name: 'Organization of American States', forms: '^OAS; ^OEA; Organisation des États américains; Organization of American States; Organización de los Estados Americanos' },
  ECOWAS: {
    name: 'Economic Community of West African States',
    forms:
      "^ECOWAS; ^CEDEAO; Communauté économique des États de l'Afrique de l'Ouest; Economic Community of West African States; " +
      'Comunidad Económica de los Estados de África Occidental; Comunidad Económica de Estados de África Occidental',
  },
  AU: { name: 'African Union', forms: 'Union africaine; African Union; Unión Africana; Commission de l\'Union africaine; African Union Commission' },
  SICA: { name: 'Central American Integration System', forms: '^SICA; Sistema de la Integración Centroamericana; Central American Integration System; Système d\'intégration centraméricain' },
  CARICOM: { name: 'Caribbean Community', forms: '^CARICOM; Caribbean Community; Communauté des Caraïbes; Comunidad del Caribe' },
  ICRC: { name: 'International Committee of the Red Cross', forms: '^CICR; ^ICRC; Comité international de la Croix-Rouge; International Committee of the Red Cross; Comité Internacional de la Cruz Roja' },
  IFRC: {
    name: 'International Federation of Red Cross and Red Crescent Societies',
    forms:
      '^IFRC; ^FICR; International Federation of Red Cross and Red Crescent Societies; Fédération internationale des sociétés de la Croix-Rouge et du Croissant-Rouge; ' +
      'Federación Internacional de Sociedades de la Cruz Roja y de la Media Luna Roja',
  },
  PAHO: { name: 'Pan American Health Organization', forms: '^PAHO; ^OPS; Pan American Health Organization; Organisation panaméricaine de la santé; Organización Panamericana de la Salud' },
  CERF: {
    name: 'Central Emergency Response Fund',
    forms:
      "^CERF; Central Emergency Response Fund; UN Central Emergency Response Fund; Fonds central d'intervention d'urgence; " +
      "Fonds central d'intervention d'urgence des Nations Unies; Fondo Central para la Acción en Casos de Emergencia; Fondo Central de Respuesta a Emergencias",
  },
  SDC: {
    name: 'Swiss Agency for Development and Cooperation',
    forms:
      '^SDC; ^DDC; ^COSUDE; Swiss Agency for Development and Cooperation; Direction du développement et de la coopération; Coopération suisse; ' +
      'Agencia Suiza para el Desarrollo y la Cooperación; Cooperación Suiza; Swiss Development Cooperation',
  },
  DFID: { name: 'UK Department for International Development', forms: '^DFID; Department for International Development; UK Department for International Development; UK Aid; UKaid' },
  FCDO: { name: 'UK Foreign, Commonwealth and Development Office', forms: '^FCDO; Foreign, Commonwealth and Development Office; Foreign, Commonwealth & Development Office' },
  DFAT: { name: 'Australian Department of Foreign Affairs and Trade', forms: '^DFAT; Department of Foreign Affairs and Trade; Australian Department of Foreign Affairs and Trade; Australian Aid' },
  GAC: { name: 'Global Affairs Canada', forms: 'Global Affairs Canada; Affaires mondiales Canada; Asuntos Globales Canadá' },
  MERCOSUR: { name: 'Southern Common Market', forms: '^MERCOSUR; ^MERCOSUL; Mercosur; Mercosul; Mercado Común del Sur; Marché commun du Sud' },
  AECID: { name: 'Spanish Agency for International Development Cooperation', forms: '^AECID; Agencia Española de Cooperación Internacional para el Desarrollo; Cooperación Española' },
  AFD: { name: 'Agence française de développement', forms: '^AFD; Agence française de développement; French Development Agency' },
  JICA: { name: 'Japan International Cooperation Agency', forms: '^JICA; Japan International Cooperation Agency; Agence japonaise de coopération internationale' },
  KOICA: { name: 'Korea International Cooperation Agency', forms: '^KOICA; Korea International Cooperation Agency' },
  'WORLD-BANK': { name: 'World Bank', forms: 'Banque mondiale; World Bank; Banco Mundial' },
  IDB: { name: 'Inter-American Development Bank', forms: '^BID; ^IDB; Banque interaméricaine de développement; Inter-American Development Bank; Banco Interamericano de Desarrollo' },
  OSCE: { name: 'Organization for Security and Co-operation in Europe', forms: '^OSCE; Organisation pour la sécurité et la coopération en Europe; Organization for Security and Co-operation in Europe' },
  UNESCO: { name: 'UNESCO', forms: '^UNESCO; Unesco' },
  FAO: { name: 'Food and Agriculture Organization', forms: '^FAO; Food and Agriculture Organization; Organisation des Nations Unies pour l\'alimentation et l\'agriculture; Organización de las Naciones Unidas para la Alimentación y la Agricultura' },
  UNAIDS: { name: 'UNAIDS', forms: '^UNAIDS; ^ONUSIDA; Onusida' },
  UNEP: { name: 'United Nations Environment Programme', forms: '^UNEP; ^PNUE; ^PNUMA; United Nations Environment Programme; Programme des Nations Unies pour l\'environnement' },
  IGAD: { name: 'Intergovernmental Authority on Development', forms: '^IGAD; Intergovernmental Authority on Development; Autorité intergouvernementale pour le développement' },
  GIZ: { name: 'Deutsche Gesellschaft für Internationale Zusammenarbeit', forms: '^GIZ; Deutsche Gesellschaft für Internationale Zusammenarbeit' },
};

interface KnownEntry {
  readonly id: string;
  readonly acronym: boolean;
}

function buildKnown(): PhraseTrie<KnownEntry> {
  const trie = new PhraseTrie<KnownEntry>();
  for (const [id, { forms }] of Object.entries(KNOWN)) {
    for (const raw of forms.split(';')) {
      let f = raw.trim();
      const acronym = f.startsWith('^');
      if (acronym) f = f.slice(1);
      const optional = /\(([^)]*)\)/;
      const variants = optional.test(f) ? [f.replace(optional, '$1'), f.replace(optional, '')] : [f];
      for (const v of variants) trie.add(phraseKeys(v), { id, acronym });
    }
  }
  return trie;
}

const KNOWN_TRIE = buildKnown();

/** Words that open the name of an institution. */
const HEADS: ReadonlySet<string> = new Set([
  'ministere', 'ministerio', 'ministry', 'secretaria', 'comite', 'comision', 'committee', 'commission', 'institut', 'instituto',
  'institute', 'fondation', 'fundacion', 'foundation', 'association', 'asociacion', 'police', 'policia', 'direction', 'direccion',
  'directorate', 'agence', 'agencia', 'agency', 'conseil', 'consejo', 'council', 'centre', 'centro', 'center', 'organisation',
  'organizacion', 'organization', 'federation', 'federacion', 'coalition', 'coalicion', 'alliance', 'observatoire', 'observatorio',
  'observatory', 'procuraduria', 'fiscalia', 'defensoria', 'tribunal', 'cour', 'corte', 'court', 'gendarmerie', 'unidad', 'unite',
  'mesa', 'bureau', 'office', 'croix', 'cruz', 'oficina', 'secretariat', 'department', 'departamento', 'service', 'servicio', 'fondo', 'fonds',
  'fund', 'reseau', 'network', 'universite', 'universidad', 'university', 'ong', 'ngo',
]);

/** Heads that French and Spanish write in lowercase ("le ministère de la Justice"). */
const MINISTRY_HEADS: ReadonlySet<string> = new Set(['ministere', 'ministerio', 'ministry', 'secretaria']);

/** Portfolio keywords (folded, possibly multi-word) -> ministry portfolio id, in priority order of appearance. */
const PORTFOLIOS: readonly (readonly [string, string])[] = [
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
const STOPS: ReadonlySet<string> = new Set([
  'qui', 'que', 'avec', 'afin', 'dans', 'lors', 'ont', 'est', 'sont', 'sera', 'seront', 'comme', 'ainsi', 'notamment', 'dont',
  'with', 'which', 'who', 'that', 'has', 'have', 'is', 'was', 'were', 'will', 'said', 'con', 'quien', 'quienes', 'cual', 'ha',
  'han', 'fue', 'sera', 'como', 'donde', 'cuyo', 'mediante', 'durante', 'pendant', 'depuis', 'desde', 'entre', 'sobre', 'tras',
  'apres', 'avant', 'antes', 'despues', 'hacia', 'vers', 'chez', 'par', 'por', 'a', 'al',
]);

const MAX_NAME_TOKENS = 12;

function orgSlug(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function acronymOk(doc: TokenizedText, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (doc.tokens[i]?.upper !== true) return false;
  return true;
}

/** "Ministère ... et de la Justice" continues; "... et la Commission nationale" starts another name. */
function conjunctionContinues(tokens: readonly Token[], i: number, lowercaseNames: boolean): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    const t = tokens[j];
    if (t === undefined || !t.join) return false;
    if (CONNECTORS.has(t.norm)) continue;
    if (HEADS.has(t.norm)) return false;
    if (t.cap) return true;
    return lowercaseNames && PORTFOLIOS.some(([k]) => k === t.norm);
  }
  return false;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Extends an institution name from its head word: capitalised words and glue
 * words always; lowercase words too in French and Spanish, which capitalise
 * only the first word ("Comité interinstitutionnel pour l'aide aux victimes").
 */
function extendName(doc: TokenizedText, head: number, covered: Uint8Array, lowercaseNames: boolean): Span {
  const tokens = doc.tokens;
  let end = head + 1;
  let lastContent = head;
  // Once a proper noun has been reached ("... de Tapachula"), a lowercase word ends the name.
  let sawProper = false;
  let lowerRun = 0;
  for (let i = head + 1; i < tokens.length && i - head <= MAX_NAME_TOKENS; i++) {
    const t = tokens[i];
    if (t === undefined || !t.join || covered[i] === 1) break;
    const raw = doc.text.slice(t.start, t.end);
    if (t.norm === 'et' || t.norm === 'y' || t.norm === 'and') {
      if (!conjunctionContinues(tokens, i, lowercaseNames)) break;
      end = i + 1;
      continue;
    }
    if (CONNECTORS.has(t.norm) && raw !== 'a') {
      end = i + 1;
      continue;
    }
    if (STOPS.has(t.norm) || /^\d/.test(t.norm)) break;
    if (t.cap) {
      sawProper = true;
      lowerRun = 0;
      end = i + 1;
      lastContent = i;
      continue;
    }
    if (lowercaseNames && !sawProper && ++lowerRun <= 6) {
      end = i + 1;
      lastContent = i;
      continue;
    }
    break;
  }
  return { start: head, end: Math.min(end, lastContent + 1) };
}

/** English puts the head last ("Colombian National Police"): take capitalised words before it. */
function extendBack(doc: TokenizedText, head: number, covered: Uint8Array): number {
  let s = head;
  while (s > 0) {
    const cur = doc.tokens[s];
    const prev = doc.tokens[s - 1];
    if (cur === undefined || prev === undefined || !cur.join || covered[s - 1] === 1) break;
    if (!prev.cap || prev.upper || CONNECTORS.has(prev.norm) || sentenceInitial(doc, s - 1)) break;
    s--;
  }
  return s;
}

function portfolioOf(keys: string): string | null {
  let best: { at: number; id: string } | null = null;
  for (const [k, id] of PORTFOLIOS) {
    const at = ` ${keys} `.indexOf(` ${k} `);
    if (at >= 0 && (best === null || at < best.at)) best = { at, id };
  }
  return best?.id ?? null;
}

function spanText(doc: TokenizedText, s: Span): string {
  const a = doc.tokens[s.start];
  const b = doc.tokens[s.end - 1];
  return a === undefined || b === undefined ? '' : doc.text.slice(a.start, b.end).replace(/\s+/g, ' ');
}

/** Country of a ministry: a country word inside or just before the name, else the release's primary country. */
function ministryCountry(span: Span, places: readonly PlaceMatch[], primary: string | null): string {
  for (const p of places) {
    if (p.start >= span.start - 3 && p.end <= span.end + 1 && (p.kind === 'demonym' || p.start >= span.start)) return p.code;
  }
  return primary ?? 'XX';
}

export interface OrganizationDetection {
  readonly organizations: OrganizationTag[];
  /** Per document, 1 for tokens inside an organisation's name. */
  readonly covered: readonly Uint8Array[];
}

/** Organisations and the tokens their names cover (so names are not read as topical text). */
export function findOrganizations(
  docs: readonly TokenizedText[],
  language: string,
  placesByDoc: readonly (readonly PlaceMatch[])[],
  primary: string | null,
): OrganizationDetection {
  const out = new Map<string, OrganizationTag>();
  const lowercaseNames = language === 'fr' || language === 'es';
  const coveredByDoc = docs.map((doc) => new Uint8Array(doc.tokens.length));
  docs.forEach((doc, d) => {
    const tokens = doc.tokens;
    const covered = coveredByDoc[d] ?? new Uint8Array(tokens.length);
    const places = placesByDoc[d] ?? [];
    const accept = (e: KnownEntry, s: number, en: number): boolean =>
      e.acronym ? acronymOk(doc, s, en) : tokens[s]?.cap === true;
    for (let i = 0; i < tokens.length; ) {
      const m = KNOWN_TRIE.longest(tokens, i, accept);
      if (m === null) {
        i++;
        continue;
      }
      for (let k = i; k < m.end; k++) covered[k] = 1;
      const known = KNOWN[m.value.id];
      if (known !== undefined && !out.has(m.value.id)) out.set(m.value.id, { id: m.value.id, name: known.name });
      i = m.end;
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined || covered[i] === 1 || !HEADS.has(t.norm)) continue;
      const ministry = MINISTRY_HEADS.has(t.norm);
      if (!t.cap && !(ministry && lowercaseNames)) continue;
      const fwd = extendName(doc, i, covered, lowercaseNames);
      const span = { start: lowercaseNames ? i : extendBack(doc, i, covered), end: fwd.end };
      if (span.end - span.start < 2) continue;
      const keys = tokens
        .slice(span.start, span.end)
        .map((x) => x.norm)
        .join(' ');
      const name = spanText(doc, span);
      const portfolio = ministry ? portfolioOf(keys) : null;
      const id = portfolio !== null ? `MINISTRY:${ministryCountry(span, places, primary)}:${portfolio}` : `ORG:${orgSlug(name)}`;
      if (!out.has(id)) out.set(id, { id, name });
      for (let k = span.start; k < span.end; k++) covered[k] = 1;
      i = span.end - 1;
    }
  });
  return { organizations: [...out.values()], covered: coveredByDoc };
}

export function detectOrganizations(
  docs: readonly TokenizedText[],
  language: string,
  placesByDoc: readonly (readonly PlaceMatch[])[],
  primary: string | null,
): OrganizationTag[] {
  return findOrganizations(docs, language, placesByDoc, primary).organizations;
}
