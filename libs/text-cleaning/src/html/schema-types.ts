import type { ParsedPage } from './dom.js';

/*
 * Whether a page declares a schema.org type in its JSON-LD, as its one "@type" or anywhere in an array of
 * types ("@type": ["WebPage", "Product"]). The quotes make the name exact: "Product" is not "ProductGroup".
 */

const patterns = new Map<string, RegExp>();

function typePattern(type: string): RegExp {
  let re = patterns.get(type);
  if (!re) {
    re = new RegExp(`"@type"\\s*:\\s*(?:\\[[^\\]]*)?"${type}"`);
    patterns.set(type, re);
  }
  return re;
}

/** True when one of the page's JSON-LD scripts gives `type` as its "@type" or among them. */
export function declaresSchemaType(page: ParsedPage, type: string): boolean {
  const re = typePattern(type);
  return page.jsonLd.some((s) => re.test(s));
}

const anyPatterns = new Map<string, RegExp>();

/** True when one of the page's JSON-LD scripts gives one of `types` as its "@type" or among them. */
export function declaresAnySchemaType(page: ParsedPage, types: readonly string[]): boolean {
  const key = types.join('|');
  let re = anyPatterns.get(key);
  if (!re) {
    re = new RegExp(`"@type"\\s*:\\s*(?:\\[[^\\]]*)?"(?:${key})"`);
    anyPatterns.set(key, re);
  }
  return page.jsonLd.some((s) => re.test(s));
}
