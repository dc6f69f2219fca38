import type { ParsedPage } from './dom.js';

/*
 * Whether a page declares a schema.org type in its JSON-LD, as its one "@type" or anywhere in an array of
 * types ("@type": ["WebPage", "Product"]). The quotes make the name exact: "Product" is not "ProductGroup".
 */

const patterns = new Map<string, RegExp>();

// One pattern per list of types: "@type" naming one of them, alone or in an array.
function typePattern(types: readonly string[]): RegExp {
  const key = types.join('|');
  let re = patterns.get(key);
  if (!re) {
    re = new RegExp(`"@type"\\s*:\\s*(?:\\[[^\\]]*)?"(?:${key})"`);
    patterns.set(key, re);
  }
  return re;
}

/** True when one of the page's JSON-LD scripts gives one of `types` as its "@type" or among them. */
export function declaresAnySchemaType(page: ParsedPage, types: readonly string[]): boolean {
  const re = typePattern(types);
  return page.jsonLd.some((s) => re.test(s));
}

/** True when one of the page's JSON-LD scripts gives `type` as its "@type" or among them. */
export function declaresSchemaType(page: ParsedPage, type: string): boolean {
  return declaresAnySchemaType(page, [type]);
}
