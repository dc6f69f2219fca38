import { decodeEntities } from './entities.js';
import { stripHtmlRemnants } from './html-remnants.js';
import { restoreLostOe } from './lost-ligatures.js';
import { fixMojibake } from './mojibake.js';
import { normalizeWhitespace } from './whitespace.js';

/**
 * Repairs the usual damage of scraped text: mojibake, HTML entities and markup remnants,
 * lost "œ", non-NFC accents, odd whitespace. Order matters: mojibake first (entities and
 * markup are ASCII, unaffected by it), entities before markup (so "&lt;b&gt;" is removed too),
 * NFC before the œ repair so the word lists match.
 */
export function repairText(text: string): string {
  let out = fixMojibake(text);
  out = decodeEntities(out);
  out = stripHtmlRemnants(out);
  out = out.normalize('NFC');
  out = normalizeWhitespace(out);
  return restoreLostOe(out);
}
