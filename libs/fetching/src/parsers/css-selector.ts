/**
 * A small CSS selector subset for listing pages, matched while streaming (no DOM): type, #id, .class,
 * [attr], [attr=v], [attr~=v], [attr*=v], [attr^=v], [attr$=v], descendant (space) and child (>)
 * combinators, and comma-separated alternatives. Enough for "article h2 a", "ul.news > li a[href]".
 */
export interface Element {
  name: string;
  attribs: Record<string, string>;
}

interface AttributeTest {
  name: string;
  operator: '' | '=' | '~=' | '*=' | '^=' | '$=';
  value: string;
}

interface Compound {
  tag: string | undefined;
  id: string | undefined;
  classes: string[];
  attributes: AttributeTest[];
  /** How this compound relates to the one on its left. */
  combinator: ' ' | '>';
}

export type Selector = Compound[][];

const COMPOUND = /^([a-zA-Z][\w-]*|\*)?((?:#[\w-]+|\.[\w-]+|\[\s*[\w:-]+\s*(?:[~*^$]?=\s*(?:"[^"]*"|'[^']*'|[^\]\s]+)\s*)?\])*)$/;
const PART = /#([\w-]+)|\.([\w-]+)|\[\s*([\w:-]+)\s*(?:([~*^$]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+))\s*)?\]/g;

/** Parses a selector; throws with the offending part when it is outside the supported subset. */
export function parseSelector(text: string): Selector {
  return text.split(',').map((alternative) => {
    const tokens = alternative
      .trim()
      .replace(/\s*>\s*/g, ' > ')
      .split(/\s+/)
      .filter(Boolean);
    const compounds: Compound[] = [];
    let combinator: ' ' | '>' = ' ';
    for (const token of tokens) {
      if (token === '>') {
        combinator = '>';
        continue;
      }
      const match = COMPOUND.exec(token);
      if (!match || token === '') throw new Error(`unsupported selector part "${token}" in "${text}"`);
      const compound: Compound = {
        tag: match[1] && match[1] !== '*' ? match[1].toLowerCase() : undefined,
        id: undefined,
        classes: [],
        attributes: [],
        combinator,
      };
      for (const part of (match[2] ?? '').matchAll(PART)) {
        if (part[1]) compound.id = part[1];
        else if (part[2]) compound.classes.push(part[2]);
        else if (part[3])
          compound.attributes.push({
            name: part[3].toLowerCase(),
            operator: (part[4] ?? '') as AttributeTest['operator'],
            value: part[5] ?? part[6] ?? part[7] ?? '',
          });
      }
      compounds.push(compound);
      combinator = ' ';
    }
    if (compounds.length === 0) throw new Error(`empty selector in "${text}"`);
    return compounds;
  });
}

function attributeMatches(element: Element, test: AttributeTest): boolean {
  const value = element.attribs[test.name];
  if (value === undefined) return false;
  switch (test.operator) {
    case '':
      return true;
    case '=':
      return value === test.value;
    case '~=':
      return value.split(/\s+/).includes(test.value);
    case '*=':
      return value.includes(test.value);
    case '^=':
      return value.startsWith(test.value);
    case '$=':
      return value.endsWith(test.value);
  }
}

function compoundMatches(element: Element, compound: Compound): boolean {
  if (compound.tag && element.name !== compound.tag) return false;
  if (compound.id && element.attribs['id'] !== compound.id) return false;
  if (compound.classes.length > 0) {
    const classes = (element.attribs['class'] ?? '').split(/\s+/);
    if (!compound.classes.every((name) => classes.includes(name))) return false;
  }
  return compound.attributes.every((test) => attributeMatches(element, test));
}

function matchesFrom(compounds: Compound[], index: number, ancestors: Element[], position: number): boolean {
  const compound = compounds[index]!;
  if (!compoundMatches(ancestors[position]!, compound)) return false;
  if (index === 0) return true;
  if (compound.combinator === '>') return position > 0 && matchesFrom(compounds, index - 1, ancestors, position - 1);
  for (let up = position - 1; up >= 0; up--) if (matchesFrom(compounds, index - 1, ancestors, up)) return true;
  return false;
}

/** Does the last element of `path` (root first) match the selector? */
export function selectorMatches(selector: Selector, path: Element[]): boolean {
  if (path.length === 0) return false;
  return selector.some((compounds) => matchesFrom(compounds, compounds.length - 1, path, path.length - 1));
}
