/** The words the person detector reads around names (fr/en/es): speech verbs, titles, honorifics. */

/** Speech verbs that introduce the speaker (verb before the name). */
export const SPEECH_VERBS_BEFORE_NAME =
  "a déclaré|a ajouté|a indiqué|a souligné|a expliqué|a affirmé|a précisé|a noté|a estimé|a rappelé|a insisté|a dit|a conclu|" +
  'a poursuivi|a observé|a signalé|a commenté|a fait remarquer|a fait savoir|a assuré|a annoncé|a déploré|a relevé|ont déclaré|' +
  "déclare|explique|souligne|ajoute|indique|affirme|précise|selon|d'après|" +
  'said|says|added|explained|noted|stated|stressed|emphasized|emphasised|commented|remarked|observed|concluded|highlighted|' +
  'affirmed|declared|underlined|told|according to|' +
  'afirmó|dijo|declaró|señaló|explicó|agregó|añadió|indicó|destacó|subrayó|aseguró|manifestó|expresó|sostuvo|comentó|' +
  'precisó|resaltó|enfatizó|apuntó|mencionó|según|de acuerdo con|afirma|dice|señala|explica|agrega|añade|indica|destaca';

/** Verbs that follow the speaker ("X a déclaré", "X, Minister of ..., said"). */
export const SPEECH_VERBS_AFTER_NAME =
  'a déclaré|a ajouté|a indiqué|a souligné|a expliqué|a affirmé|a précisé|a noté|a estimé|a rappelé|a insisté|a dit|a conclu|' +
  "a mis l'accent|a fait remarquer|a salué|a remercié|a annoncé|a assuré|a présenté|a ouvert|a inauguré|a signé|a participé|" +
  'déclare|explique|souligne|affirme|précise|indique|estime|' +
  'said|says|added|explained|noted|stressed|told|highlighted|stated|emphasized|emphasised|welcomed|thanked|announced|' +
  'afirmó|dijo|declaró|señaló|explicó|agregó|añadió|indicó|destacó|subrayó|aseguró|manifestó|expresó|sostuvo|comentó|resaltó|' +
  'enfatizó|explica|afirma|señala|indica|destaca|agradeció|anunció|inauguró|firmó|participó';

/** Words after which a name is a press contact ("contacter X"). */
export const CONTACT_WORDS = 'contacter|contactez|contact|contacts|contactar a|contactar|comunicarse con|contáctese con|contacto';

/** Words that open a title before a name ("Ministre de la Justice, X", "Minister X"). */
export const TITLE_WORDS: readonly string[] = [
  'ministre', 'minister', 'ministra', 'ministro', 'viceministre', 'viceministro', 'viceministra', 'vice', 'directeur', 'directrice',
  'director', 'directora', 'ambassadeur', 'ambassadrice', 'ambassador', 'embajador', 'embajadora', 'president', 'presidente',
  'presidenta', 'secretaire', 'secretary', 'secretario', 'secretaria', 'gouverneur', 'governor', 'gobernador', 'gobernadora',
  'maire', 'mayor', 'alcalde', 'alcaldesa', 'procureur', 'prosecutor', 'fiscal', 'commissaire', 'commissioner', 'comisionado',
  'comisionada', 'coordinateur', 'coordinatrice', 'coordinator', 'coordinador', 'coordinadora', 'chef', 'chief', 'jefe', 'jefa',
  'representant', 'representante', 'representative', 'porte', 'spokesperson', 'vocero', 'vocera', 'portavoz', 'head',
];

/** Honorifics that may stand between a title or verb and the name. */
export const HONORIFIC_WORDS: readonly string[] = [
  'm', 'mme', 'mr', 'mrs', 'ms', 'dr', 'sr', 'sra', 'don', 'dona', 'le', 'la', 'l', 'el', 'the', 'son', 'sa', 'su', 'excellence',
  'excelencia', 'superintendent', 'inspector', 'inspecteur', 'commissioner', 'commissaire', 'officer', 'sergeant', 'sergent',
  'captain', 'capitaine', 'capitan', 'colonel', 'coronel', 'lieutenant', 'teniente', 'commander', 'comandante', 'judge', 'juge',
  'juez', 'jueza', 'professor', 'professeur', 'profesor', 'profesora', 'doctor', 'docteur', 'doctora', 'sir', 'father', 'pere',
  'padre', 'sister', 'hermana', 'imam', 'bishop', 'eveque', 'obispo',
];

/** Lowercase particles inside a name ("Carlos de la Fuente", "Jan van der Berg"). */
export const NAME_PARTICLES: readonly string[] = ['de', 'del', 'da', 'dos', 'das', 'do', 'van', 'von', 'der', 'di', 'du', 'y', 'bin', 'al', 'el', 'ben', 'la', 'le', 'los'];

/** Words that make a clause after a name read as the person's role. */
export const ROLE_WORDS =
  /(?:ministr|minister|direct|chef|chief|head|jef[ea]|coordin|représent|represent|présiden|presiden|secr[eé]t|ambassad|embajad|officer|oficial|officier|spokes|porte-parole|vocer|portavoz|fiscal|procureur|prosecutor|commissi|comisionad|gouvern|govern|gobernad|maire|mayor|alcald|sp[eé]cialist|especialista|expert|advis|conseill|asesor|administra|deputy|adjoint|adjunt|vice|manager|gestionnaire|gerente|responsable|focal|mission|misión|survivant|survivor|sobreviviente|victim|víctima|migrant|judge|juge|juez|magistra|founder|fondat|fundador|profess|profesor|research|chercheu|investigador|staff|agent|policier|policía|\bIOM\b|\bOIM\b|\bUN\b|\bONU\b)/iu;

/** Capitalised words that are never part of a person's name here. */
export const NOT_NAME_WORDS: readonly string[] = [
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
];

/** Words that cannot sit between a title and the name it introduces. */
export const TITLE_BREAK_WORDS: readonly string[] = ['avec', 'with', 'con', 'qui', 'que', 'who', 'that', 'ont', 'has', 'have', 'par', 'by', 'por', 'pour', 'para', 'for', 'a', 'est', 'is', 'es'];
