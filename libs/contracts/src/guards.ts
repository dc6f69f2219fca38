/**
 * Hand-written checks that say yes only to values a contract's zod schema accepts unchanged: every field
 * the shape has, in the shape's order, and nothing else, so zod's parse would return an equal object with
 * the same key order. A value they refuse goes through zod, which decides and words the issues. They are
 * a fast path (zod's parse copies every object and collects issues: most of the check's cost), never a
 * second definition of the contract: `exactObject` refuses to build unless its fields are the shape's.
 */
export type Guard = (value: unknown) => boolean;

export const literal =
  (expected: string | number | boolean): Guard =>
  (value) =>
    value === expected;

/** `z.string()` with `.min`, `.max` (UTF-16 length, as zod counts) and `.regex`. */
export const string =
  (options: { min?: number; max?: number; pattern?: RegExp } = {}): Guard =>
  (value) =>
    typeof value === 'string' &&
    value.length >= (options.min ?? 0) &&
    value.length <= (options.max ?? Number.POSITIVE_INFINITY) &&
    (options.pattern === undefined || options.pattern.test(value));

/** `z.number()` (finite) with `.min`, `.max` and `.int()` (a safe integer). */
export const number =
  (options: { min?: number; max?: number; int?: boolean } = {}): Guard =>
  (value) =>
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= (options.min ?? Number.NEGATIVE_INFINITY) &&
    value <= (options.max ?? Number.POSITIVE_INFINITY) &&
    (options.int !== true || Number.isSafeInteger(value));

export const oneOf = (values: readonly string[]): Guard => {
  const allowed = new Set(values);
  return (value) => typeof value === 'string' && allowed.has(value);
};

export const nullable =
  (guard: Guard): Guard =>
  (value) =>
    value === null || guard(value);

/** Every element, holes included (zod reads a hole as undefined). */
export const arrayOf =
  (guard: Guard): Guard =>
  (value) => {
    if (!Array.isArray(value)) return false;
    for (let position = 0; position < value.length; position++) if (!guard(value[position])) return false;
    return true;
  };

/**
 * An object with exactly the shape's keys in the shape's order, each passing its guard. Throws when the
 * guards do not name the shape's fields in its order (a guard out of step with its schema).
 */
export function exactObject(shape: object, guards: Record<string, Guard>): Guard {
  const names = Object.keys(shape);
  const given = Object.keys(guards);
  if (names.length !== given.length || names.some((name, position) => given[position] !== name))
    throw new Error(`guard fields [${given.join(', ')}] are not the schema's [${names.join(', ')}]`);
  const checks = names.map((name) => guards[name]!);
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const keys = Object.keys(value);
    if (keys.length !== names.length) return false;
    const record = value as Record<string, unknown>;
    for (let position = 0; position < names.length; position++) {
      const name = names[position]!;
      if (keys[position] !== name || !checks[position]!(record[name])) return false;
    }
    return true;
  };
}
