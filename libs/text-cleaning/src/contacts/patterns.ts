/* Patterns shared by contact-block detection and parsing (French, English, Spanish). */

const APOS = `['’]`;
// Phrases that open a press-contact block. Spaces are \s+ so a phrase may span a wrapped line.
export const CONTACT_INTRO =
  String.raw`(?:pour\s+(?:plus\s+d${APOS}\s*|de\s+plus\s+amples\s+|toutes?\s+|d${APOS}autres\s+|obtenir\s+(?:plus\s+d${APOS}|des\s+)\s*)informations?|` +
  String.raw`pour\s+en\s+savoir\s+plus|for\s+(?:more|further|additional)\s+information|for\s+media\s+(?:enquiries|inquiries|requests)|` +
  String.raw`media\s+(?:contacts?|enquiries|inquiries)|press\s+contacts?|` +
  String.raw`contacts?\s+(?:presse|pour\s+les\s+m[ée]dias|m[ée]dias?|de\s+prensa|para\s+(?:los\s+)?medios)|` +
  String.raw`para\s+(?:m[aá]s|mayor(?:es)?|obtener\s+m[aá]s)\s+informaci[oó]n(?:es)?|contactos?\s+(?:de\s+prensa|para\s+(?:los\s+)?medios))`;
// Bare "Contact:" labels only count at the start of a line.
export const CONTACT_LABEL = String.raw`(?:contacts?|contactos?|contact\s+person|persona\s+de\s+contacto)\s*:`;
// The verb and politeness that usually follow the intro ("veuillez contacter", "please contact").
export const CONTACT_VERB =
  String.raw`(?:contacter|contactez|contactar|contacten|contacte|contactarse|contacto|contact|` +
  String.raw`comunicarse|joindre|s${APOS}adresser|écrire|escribir)(?:\s+(?:a|à|con|with|avec))?`;

export const EMAIL_RE_SOURCE = String.raw`[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,5}\.[A-Za-z]{2,24}`;
// Phone-like run: 7+ digits with spaces, dots, dashes or parentheses between groups.
export const PHONE_RE_SOURCE = String.raw`(?:\+|\b00)?\(?\d[\d ().-]{5,24}\d`;
