/**
 * Subdivision names several countries share (Bolívar: Colombia, Ecuador, Venezuela; Córdoba:
 * Argentina, Colombia, Spain) are dropped by the gazetteer, as a bare name says nothing. Next to
 * the word for the kind of subdivision, they often do: Colombia has departamentos, Ecuador
 * provincias, Venezuela estados, so "departamento de Bolívar" is Colombia. These are the kinds
 * of the first-level subdivisions, for the countries whose names clash (country-region-data and
 * ISO 3166-2 carry no kind).
 */

interface SubdivisionType {
  /** The word before the name, with its glue ("departamento de"), folded and tokenised by the gazetteer. */
  readonly before: readonly string[];
  /** The word after the name ("Bolívar Department"). */
  readonly after: readonly string[];
  /** Countries whose first-level subdivisions are of this kind. */
  readonly countries: readonly string[];
}

const TYPES: readonly SubdivisionType[] = [
  {
    before: ['departamento de', 'departamento del', 'department of', 'département de', 'département du', "département d'"],
    after: ['department'],
    countries: ['BO', 'CO', 'GT', 'HN', 'HT', 'NI', 'PE', 'PY', 'SV', 'UY'],
  },
  // The government of a department (Colombia, Bolivia, Paraguay; departmental governors in Central
  // America) or of a Venezuelan state; Argentina's provinces and Spain's have none of that name.
  { before: ['gobernación de', 'gobernación del'], after: [], countries: ['BO', 'CO', 'GT', 'HN', 'PY', 'SV', 'VE'] },
  {
    before: ['provincia de', 'provincia del', 'province of', 'province de', 'province du', "province d'"],
    after: ['province'],
    countries: ['AR', 'CR', 'CU', 'DO', 'EC', 'ES', 'PA'],
  },
  {
    before: ['estado de', 'estado del', 'estado', 'state of', 'état de', 'état du'],
    after: ['state'],
    countries: ['BR', 'MX', 'US', 'VE'],
  },
  { before: ['región de', 'región del', 'region of', 'région de', 'région du'], after: ['region'], countries: ['CL', 'PE'] },
];

/**
 * Phrases that name one country through a shared subdivision name and its kind, given every
 * (country, subdivision name) pair: [phrase, country] for each kind only one of the sharers has.
 */
export function typedSharedSubdivisions(
  regions: ReadonlyMap<string, readonly string[]>,
  key: (name: string) => string,
): [string, string][] {
  const byKey = new Map<string, { name: string; codes: Set<string> }>();
  for (const [code, names] of regions) {
    for (const name of names) {
      const k = key(name);
      const seen = byKey.get(k);
      if (seen === undefined) byKey.set(k, { name, codes: new Set([code]) });
      else seen.codes.add(code);
    }
  }
  const out: [string, string][] = [];
  for (const { name, codes } of byKey.values()) {
    if (codes.size < 2) continue;
    for (const t of TYPES) {
      const owners = t.countries.filter((c) => codes.has(c));
      const owner = owners[0];
      if (owners.length !== 1 || owner === undefined) continue;
      for (const b of t.before) out.push([b.endsWith("'") ? `${b}${name}` : `${b} ${name}`, owner]);
      for (const a of t.after) out.push([`${name} ${a}`, owner]);
    }
  }
  return out;
}
