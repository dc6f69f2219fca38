/*
 * Utility-first CSS (Tailwind, UnoCSS) writes a style for one state or medium as `variant:utility`:
 * `print:break-inside-avoid`, `md:flex`, `hover:underline`, `[h2]:pt-0`. Such a class says how a
 * block looks somewhere, not what it is: its words ("print", "hover") are not names of furniture.
 * Except `variant:hidden`: a block the page hides when printed (`print:hidden`: its ads and menus)
 * is one it does not count as its content, and keeps the words that say so.
 */

const VARIANT_RE = /\S*:\S*/g;

function keepHiding(token: string): string {
  return token.endsWith(':hidden') ? token : ' ';
}

/** The class (or id) value without its variant utilities other than `variant:hidden`. */
export function withoutVariantUtilities(value: string): string {
  return value.includes(':') ? value.replace(VARIANT_RE, keepHiding) : value;
}
