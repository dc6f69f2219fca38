import { GAZETTEER } from '../countries/gazetteer/gazetteer.js';
import { fold, phraseKeys, type Token, type TokenizedText } from '../text/tokenize.js';

export interface PersonTag {
  name: string;
  role: string | null;
}

/**
 * People are found on the shared token stream: runs of two to four
 * capitalised words are candidate names, kept only in the constructions
 * press releases use for people — after a speech verb ("a déclaré X, chef de
 * mission", "said X, IOM Chief of Mission", "afirmó X"), before one ("X, Minister
 * of ..., said"), after a title ("la ministra X", "Minister of Justice, X"),
 * after "contact" — plus the structured press contacts.
 */

const keys = (list: string): string[][] => list.split('|').map(phraseKeys);

/** Speech verbs that introduce the speaker (verb before the name). */
const SPEECH_BEFORE = keys(
  "a déclaré|a ajouté|a indiqué|a souligné|a expliqué|a affirmé|a précisé|a noté|a estimé|a rappelé|a insisté|a dit|a conclu|" +
    'a poursuivi|a observé|a signalé|a commenté|a fait remarquer|a fait savoir|a assuré|a annoncé|a déploré|a relevé|ont déclaré|' +
    "déclare|explique|souligne|ajoute|indique|affirme|précise|selon|d'après|" +
    'said|says|added|explained|noted|stated|stressed|emphasized|emphasised|commented|remarked|observed|concluded|highlighted|' +
    'affirmed|declared|underlined|told|according to|' +
    'afirmó|dijo|declaró|señaló|explicó|agregó|añadió|indicó|destacó|subrayó|aseguró|manifestó|expresó|sostuvo|comentó|' +
    'precisó|resaltó|enfatizó|apuntó|mencionó|según|de acuerdo con|afirma|dice|señala|explica|agrega|añade|indica|destaca',
);

/** Verbs that follow the speaker ("X a déclaré", "X, Minister of ..., said"). */
const SPEECH_AFTER = keys(
  'a déclaré|a ajouté|a indiqué|a souligné|a expliqué|a affirmé|a précisé|a noté|a estimé|a rappelé|a insisté|a dit|a conclu|' +
    "a mis l'accent|a fait remarquer|a salué|a remercié|a annoncé|a assuré|a présenté|a ouvert|a inauguré|a signé|a participé|" +
    'déclare|explique|souligne|affirme|précise|indique|estime|' +
    'said|says|added|explained|noted|stressed|told|highlighted|stated|emphasized|emphasised|welcomed|thanked|announced|' +
    'afirmó|dijo|declaró|señaló|explicó|agregó|añadió|indicó|destacó|subrayó|aseguró|manifestó|expresó|sostuvo|comentó|resaltó|' +
    'enfatizó|explica|afirma|señala|indica|destaca|agradeció|anunció|inauguró|firmó|participó',
);

const CONTACT_BEFORE = keys('contacter|contactez|contact|contacts|contactar a|contactar|comunicarse con|contáctese con|contacto');

/** Words that open a title before a name ("Ministre de la Justice, X", "Minister X"). */
const TITLE_HEADS: ReadonlySet<string> = new Set(
  [
    'ministre', 'minister', 'ministra', 'ministro', 'viceministre', 'viceministro', 'viceministra', 'vice', 'directeur', 'directrice',
    'director', 'directora', 'ambassadeur', 'ambassadrice', 'ambassador', 'embajador', 'embajadora', 'president', 'presidente',
    'presidenta', 'secretaire', 'secretary', 'secretario', 'secretaria', 'gouverneur', 'governor', 'gobernador', 'gobernadora',
    'maire', 'mayor', 'alcalde', 'alcaldesa', 'procureur', 'prosecutor', 'fiscal', 'commissaire', 'commissioner', 'comisionado',
    'comisionada', 'coordinateur', 'coordinatrice', 'coordinator', 'coordinador', 'coordinadora', 'chef', 'chief', 'jefe', 'jefa',
    'representant', 'representante', 'representative', 'porte', 'spokesperson', 'vocero', 'vocera', 'portavoz', 'head',
  ].map(fold),
);

/** Honorifics that may stand between a title or verb and the name. */
const HONORIFICS: ReadonlySet<string> = new Set(
  [
    'm', 'mme', 'mr', 'mrs', 'ms', 'dr', 'sr', 'sra', 'don', 'dona', 'le', 'la', 'l', 'el', 'the', 'son', 'sa', 'su', 'excellence',
    'excelencia', 'superintendent', 'inspector', 'inspecteur', 'commissioner', 'commissaire', 'officer', 'sergeant', 'sergent',
    'captain', 'capitaine', 'capitan', 'colonel', 'coronel', 'lieutenant', 'teniente', 'commander', 'comandante', 'judge', 'juge',
    'juez', 'jueza', 'professor', 'professeur', 'profesor', 'profesora', 'doctor', 'docteur', 'doctora', 'sir', 'father', 'pere',
    'padre', 'sister', 'hermana', 'imam', 'bishop', 'eveque', 'obispo',
  ],
);

const PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'da', 'dos', 'das', 'do', 'van', 'von', 'der', 'di', 'du', 'y', 'bin', 'al', 'el', 'ben', 'la', 'le', 'los']);

const ROLE_WORDS =
  /(?:ministr|minister|direct|chef|chief|head|jef[ea]|coordin|représent|represent|présiden|presiden|secr[eé]t|ambassad|embajad|officer|oficial|officier|spokes|porte-parole|vocer|portavoz|fiscal|procureur|prosecutor|commissi|comisionad|gouvern|govern|gobernad|maire|mayor|alcald|sp[eé]cialist|especialista|expert|advis|conseill|asesor|administra|deputy|adjoint|adjunt|vice|manager|gestionnaire|gerente|responsable|focal|mission|misión|survivant|survivor|sobreviviente|victim|víctima|migrant|judge|juge|juez|magistra|founder|fondat|fundador|profess|profesor|research|chercheu|investigador|staff|agent|policier|policía|\bIOM\b|\bOIM\b|\bUN\b|\bONU\b)/iu;

/** Capitalised words that are never part of a person's name here. */
const NOT_NAME: ReadonlySet<string> = new Set(
  [
    'Nations', 'Unies', 'United', 'Unidas', 'Organisation', 'Organization', 'Organización', 'Gouvernement', 'Government', 'Gobierno',
    'Programme', 'Program', 'Programa', 'Union', 'Unión', 'Fonds', 'Fund', 'Fondo', 'Bureau', 'Office', 'Oficina', 'Etat', 'Etats',
    'Estado', 'Estados', 'State', 'States', 'République', 'Republic', 'República', 'Ministère', 'Ministry', 'Ministerio', 'Mission',
    'Misión', 'Commission', 'Comisión', 'Comité', 'Committee', 'Institut', 'Instituto', 'Institute', 'Département', 'Department',
    'Departamento', 'Police', 'Policía', 'Agence', 'Agency', 'Agencia', 'Centre', 'Center', 'Centro', 'Conseil', 'Council', 'Consejo',
    'Monsieur', 'Madame', 'Señor', 'Señora', 'Janvier', 'Février', 'Mars', 'Avril', 'Mai', 'Juin', 'Juillet', 'Août', 'Septembre',
    'Octobre', 'Novembre', 'Décembre', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December', 'Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Septiembre',
    'Octubre', 'Noviembre', 'Diciembre', 'Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche', 'Monday',
    'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes',
    'Sábado', 'Domingo', 'Tel', 'Tél', 'Email', 'Mail', 'Courriel', 'Correo', 'Pour', 'For', 'Para', 'Plus', 'More', 'Más', 'Les',
    'Las', 'Los', 'The', 'Cette', 'Este', 'Esta', 'This', 'Ces', 'Nord', 'Sud', 'North', 'South', 'Norte', 'Sur', 'Global',
    'Mondial', 'Mondiale', 'Mundial', 'Day', 'Journée', 'Día', 'Internet', 'Facebook', 'Twitter', 'Croix', 'Cross', 'Cruz', 'Haut',
    'High', 'Alto', 'Plan', 'Pacte', 'Compact', 'Pacto', 'Protocol', 'Protocole', 'Protocolo', 'Convention', 'Convención',
    'Comunidad', 'Community', 'Communauté', 'Banque', 'Bank', 'Banco', 'Justice', 'Justicia', 'Intérieur', 'Interior', 'Travail',
    'Trabajo', 'Labour', 'Labor', 'Salud', 'Santé', 'Health', 'Affaires', 'Relaciones', 'Exteriores', 'Foreign', 'Affairs',
    'Étrangères', 'Gobernación', 'Seguridad', 'Sécurité', 'Security', 'Défense', 'Defensa', 'Mujer', 'Mujeres', 'Femme', 'Femmes',
    'Women', 'Famille', 'Familia', 'Social', 'Education', 'Educación', 'Desarrollo', 'Développement', 'Development', 'Migration',
    'Migración', 'Migraciones', 'Migrations', 'Humanitarian', 'Humanitaire', 'Cour', 'Court', 'Corte', 'Tribunal', 'Supreme',
    'Suprême', 'Suprema', 'National', 'Nationale', 'Nacional', 'General', 'Générale', 'Général', 'Selon', 'Según', 'According',
    'Le', 'La', 'El', 'Un', 'Une', 'Una', 'Des', 'Du', 'De', 'Del', 'En', 'In', 'Au', 'Aux', 'Al', 'A', 'Et', 'Y', 'And', 'Il',
    'Elle', 'Ils', 'Elles', 'He', 'She', 'They', 'We', 'Nous', 'Nosotros', 'Ella', 'Ello', 'Mme', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sr', 'Sra',
    'Don', 'Doña', 'Excellence', 'Excelencia', 'Chef', 'Chief', 'Jefe', 'Jefa', 'Director', 'Directora', 'Directeur', 'Directrice',
    'Ministre', 'Minister', 'Ministra', 'Ministro', 'President', 'Président', 'Présidente', 'Presidente', 'Presidenta', 'Secretary',
    'Secrétaire', 'Secretario', 'Secretaria', 'Coordinator', 'Coordinateur', 'Coordinatrice', 'Coordinador', 'Coordinadora',
    'Ambassador', 'Ambassadeur', 'Embajador', 'Embajadora', 'Governor', 'Gouverneur', 'Gobernador', 'Mayor', 'Maire', 'Alcalde',
    'Superintendent', 'Inspector', 'Inspecteur', 'Commissioner', 'Commissaire', 'Comisionado', 'Officer', 'Sergeant', 'Sergent',
    'Captain', 'Capitaine', 'Capitán', 'Colonel', 'Coronel', 'Lieutenant', 'Teniente', 'Commander', 'Comandante', 'Judge', 'Juge',
    'Juez', 'Jueza', 'Professor', 'Professeur', 'Profesor', 'Profesora', 'Doctor', 'Docteur', 'Doctora', 'Sir', 'Dame', 'Lord',
    'Honourable', 'Honorable', 'Hon', 'Father', 'Père', 'Padre', 'Sister', 'Sœur', 'Hermana', 'Imam', 'Bishop', 'Évêque', 'Obispo',
    'Unit', 'Unité', 'Unidad', 'Division', 'División', 'Section', 'Sección', 'Service', 'Servicio', 'Team', 'Équipe', 'Equipo',
    'Force', 'Fuerza', 'Task', 'Group', 'Groupe', 'Grupo', 'Network', 'Réseau', 'Persons', 'Personnes', 'Personas', 'Trafficking',
    'Traite', 'Trata', 'Airport', 'Aéroport', 'Aeropuerto', 'Camp', 'Campamento', 'Province', 'Provincia', 'District', 'Distrito',
    'Region', 'Région', 'Región', 'Street', 'Rue', 'Calle', 'Avenue', 'Avenida', 'University', 'Université', 'Universidad',
  ].map(fold),
);

function sameSentence(doc: TokenizedText, a: number, b: number): boolean {
  const x = doc.tokens[a];
  const y = doc.tokens[b];
  return x !== undefined && y !== undefined && !/[.!?;:«»"“”\n]\s|\n\s*\n/.test(doc.text.slice(x.end, y.start));
}

/** Does the phrase `p` end exactly at token index `last` (inclusive)? */
function endsAt(doc: TokenizedText, p: readonly string[], last: number): boolean {
  const first = last - p.length + 1;
  if (first < 0) return false;
  for (let k = 0; k < p.length; k++) if (doc.tokens[first + k]?.norm !== p[k]) return false;
  return p.length === 1 || sameSentence(doc, first, last);
}

function startsAt(doc: TokenizedText, p: readonly string[], first: number): boolean {
  for (let k = 0; k < p.length; k++) if (doc.tokens[first + k]?.norm !== p[k]) return false;
  return true;
}

function nameToken(t: Token | undefined): boolean {
  return t !== undefined && t.cap && !t.upper && t.end - t.start > 1 && !NOT_NAME.has(t.norm);
}

/**
 * The run is a place ("Buenos Aires") or ends with a country name ("OIM Haïti",
 * "Guatemala Honduras"). A country word first or inside is a given name:
 * "Kenya Morales", "Marie-France Kaboré".
 */
function isPlace(doc: TokenizedText, start: number, end: number): boolean {
  const whole = GAZETTEER.trie.longest(doc.tokens, start, (e) => e.kind !== 'demonym');
  if (whole !== null && whole.end === end) return true;
  const m = GAZETTEER.trie.longest(doc.tokens, end - 1, (e) => e.kind === 'name' && !e.ambiguous);
  return m !== null && m.end === end;
}

/** Raw text from `from` until the next clause break, for a role after "Name,". */
function clauseAfter(text: string, from: number): { role: string; end: number } {
  let i = from;
  const limit = Math.min(text.length, from + 160);
  while (i < limit) {
    const c = text.charAt(i);
    if (',.;«»"“”()'.includes(c) || (c === '\n' && text.charAt(i + 1) === '\n')) break;
    i++;
  }
  return { role: text.slice(from, i), end: i };
}

function cleanRole(raw: string, requireKeyword: boolean): string | null {
  const role = raw.replace(/\s+/g, ' ').replace(/^[\s,:]+|[\s,:]+$/g, '');
  if (role === '' || role.split(' ').length > 14) return null;
  if (requireKeyword && !ROLE_WORDS.test(role)) return null;
  return role;
}

/** Name candidates: 2-4 capitalised words, particles allowed between them. */
function candidates(doc: TokenizedText): { start: number; end: number }[] {
  const t = doc.tokens;
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < t.length; i++) {
    if (!nameToken(t[i])) continue;
    let end = i + 1;
    let words = 1;
    while (words < 4) {
      const next = t[end];
      if (next === undefined || !next.join) break;
      if (nameToken(next)) {
        end++;
        words++;
        continue;
      }
      // One or two particles between name words: "Carlos de la Fuente", "Jan van der Berg".
      let p = end;
      while (p < end + 2 && PARTICLES.has(t[p]?.norm ?? '') && !(t[p]?.cap ?? true) && (t[p]?.join ?? false)) p++;
      const after = t[p];
      if (p > end && after !== undefined && after.join && nameToken(after)) {
        end = p + 1;
        words++;
        continue;
      }
      break;
    }
    if (words >= 2 && !isPlace(doc, i, end)) out.push({ start: i, end });
    i = end - 1;
  }
  return out;
}

/** Words that cannot sit between a title and the name it introduces. */
const TITLE_BREAKS: ReadonlySet<string> = new Set(['avec', 'with', 'con', 'qui', 'que', 'who', 'that', 'ont', 'has', 'have', 'par', 'by', 'por', 'pour', 'para', 'for', 'a', 'est', 'is', 'es']);

function roleBefore(doc: TokenizedText, start: number): string | null {
  // "Ministre de la Justice, Ana López" / "Minister Ana López" / "la directora de la OIM, Ana López"
  for (let k = start - 1; k >= 0 && k >= start - 9; k--) {
    const tok = doc.tokens[k];
    if (tok === undefined || !sameSentence(doc, k, start)) return null;
    if (TITLE_BREAKS.has(tok.norm) && doc.text.slice(tok.start, tok.end) !== 'à') return null;
    if ((tok.norm === 'et' || tok.norm === 'and' || tok.norm === 'y') && doc.tokens[k + 1]?.norm !== 'de') return null;
    if (TITLE_HEADS.has(tok.norm)) {
      const last = doc.tokens[start - 1];
      if (last === undefined) return null;
      return cleanRole(doc.text.slice(tok.start, last.end), false);
    }
  }
  return null;
}

export interface PersonMatch extends PersonTag {
  /** Token range of the name in the document. */
  readonly start: number;
  readonly end: number;
}

/** People named in the text, with where their names are (so places inside names can be ignored). */
export function findPersons(doc: TokenizedText): PersonMatch[] {
  const out: PersonMatch[] = [];
  const t = doc.tokens;
  for (const c of candidates(doc)) {
    const add = (name: string, role: string | null): void => {
      out.push({ name: name.replace(/\s+/g, ' ').trim(), role, start: c.start, end: c.end });
    };
    const first = t[c.start];
    const last = t[c.end - 1];
    if (first === undefined || last === undefined) continue;
    const name = doc.text.slice(first.start, last.end);
    // Skip an honorific or article between the verb/title and the name.
    let before = c.start - 1;
    while (before >= 0 && HONORIFICS.has(t[before]?.norm ?? '') && c.start - before <= 3) before--;

    const afterGap = doc.text.slice(last.end, t[c.end]?.start ?? doc.text.length);
    const commaAfter = /^\s*,/.test(afterGap);
    const clause = commaAfter ? clauseAfter(doc.text, last.end + afterGap.indexOf(',') + 1) : null;

    if (CONTACT_BEFORE.some((p) => endsAt(doc, p, before) || endsAt(doc, p, c.start - 1))) {
      add(name, 'press contact');
      continue;
    }
    if (SPEECH_BEFORE.some((p) => endsAt(doc, p, before))) {
      add(name, clause === null ? null : cleanRole(clause.role, true));
      continue;
    }
    // "X, Ministre de ..., a déclaré" / "X, IOM Chief of Mission, said"
    if (clause !== null && doc.text.charAt(clause.end) === ',') {
      let next = c.end;
      while (next < t.length && (t[next]?.start ?? 0) <= clause.end) next++;
      if (next < t.length && SPEECH_AFTER.some((p) => startsAt(doc, p, next))) {
        const role = cleanRole(clause.role, true);
        if (role !== null) {
          add(name, role);
          continue;
        }
      }
    }
    // "X a déclaré", "X said"
    if (!commaAfter && SPEECH_AFTER.some((p) => startsAt(doc, p, c.end) && (t[c.end]?.join ?? false))) {
      add(name, roleBefore(doc, c.start));
      continue;
    }
    const titled = roleBefore(doc, c.start);
    if (titled !== null) add(name, titled);
  }
  return out;
}

/** Quoted and titled people plus the structured press contacts, one entry per name. */
export function detectPersons(
  doc: TokenizedText,
  contacts: readonly { name: string | null; office: string | null }[],
  found: readonly PersonTag[] = findPersons(doc),
): PersonTag[] {
  const out = new Map<string, PersonTag>();
  const add = (name: string, role: string | null): void => {
    const clean = name.replace(/\s+/g, ' ').trim();
    const key = fold(clean);
    const prev = out.get(key);
    if (prev === undefined) out.set(key, { name: clean, role });
    else if (prev.role === null && role !== null) prev.role = role;
  };
  for (const p of found) add(p.name, p.role);
  for (const c of contacts) if (c.name !== null && c.name.trim() !== '') add(c.name, 'press contact');
  return [...out.values()];
}
