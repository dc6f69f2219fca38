/*
 * Calls to action and notices that sites append to the story inside the same container
 * ("Subscribe to our newsletter", "Share this story", "© 2024 ..."). Only short paragraphs at the
 * end of the article are examined: the same words inside the story are left alone.
 */

const TRAILER_RE = new RegExp(
  String.raw`\b(?:` +
    [
      'subscribe',
      'newsletters?',
      'sign up',
      'share (?:this|it)',
      'follow (?:us|her|him|them)',
      'like this (?:story|article)',
      'have a tip',
      'tips?@',
      'all rights reserved',
      'copyright',
      'reproduced without',
      'read more',
      'related (?:stories|articles|posts|content)',
      'recommended for you',
      'more from',
      'also on',
      'also read',
      'see also',
      'abonnez-vous',
      'tous droits réservés',
      'suscr[ií]bete',
      'todos los derechos reservados',
    ].join('|') +
    String.raw`)\b|©`,
  'i',
);
// Leads that announce a link to another page, wherever they stand.
const LINK_LEAD_RE = /^(?:related|read more|read also|also read|see also|more|watch|listen|recommended)\s*:/i;
const MAX_TRAILER_LEN = 200;
const MAX_TRAILERS = 4;

export function dropTrailers(paragraphs: string[]): string[] {
  let kept = paragraphs.filter((p) => !(p.length <= MAX_TRAILER_LEN && LINK_LEAD_RE.test(p)));
  let end = kept.length;
  for (let n = 0; n < MAX_TRAILERS && end > 1; n++) {
    const last = kept[end - 1] ?? '';
    if (last.length > MAX_TRAILER_LEN || !TRAILER_RE.test(last)) break;
    end--;
  }
  if (end < kept.length) kept = kept.slice(0, end);
  return kept;
}
