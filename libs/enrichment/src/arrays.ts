/*
 * Arrays with one hidden class whatever they hold, for the results the detectors pass to each other.
 * Optimised code that saw arrays of one elements kind deoptimises on another, and the enricher's largest
 * functions were recompiled after each such deoptimisation over a cold start. Same elements, same order
 * as the built-ins they replace.
 */

/**
 * An empty array from the one literal every helper here starts from. Pushing an object (or a fraction)
 * onto it moves that literal's elements kind for good, so its arrays soon all share one hidden class.
 * The built-ins' results have several: empty, all integers, fractions, objects, and optimised `.map`
 * makes holey arrays where the interpreter's are packed.
 */
export function emptyList<T>(): T[] {
  return [];
}

/** `items.map(f)` over an array without holes. */
export function mapped<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out = emptyList<U>();
  for (let i = 0; i < items.length; i++) out.push(f(items[i] as T, i));
  return out;
}

/** `items.filter(keep)` over an array without holes. */
export function kept<T>(items: readonly T[], keep: (item: T) => boolean): T[] {
  const out = emptyList<T>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    if (keep(item)) out.push(item);
  }
  return out;
}

/** `[...map.values()]`. */
export function valuesOf<K, V>(map: ReadonlyMap<K, V>): V[] {
  const out = emptyList<V>();
  for (const value of map.values()) out.push(value);
  return out;
}

/**
 * `items.sort(compare)` for the short lists the detectors rank (a theme's evidence, a release's themes): a
 * stable insertion sort, so the same order as the built-in's stable sort for a comparator that never returns
 * NaN, without the work array and state the built-in allocates on every call. Quadratic: short lists only.
 */
export function sortedInPlace<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i;
    for (; j > 0 && compare(items[j - 1] as T, item) > 0; j--) items[j] = items[j - 1] as T;
    items[j] = item;
  }
  return items;
}

/**
 * `items[k]`, or undefined outside the array, without reading outside it: optimised code that first reads
 * past an array's ends (a token before the first, after the last) deoptimises and is compiled again, a
 * cost paid in a service's first minutes.
 */
export function itemAt<T>(items: readonly T[], k: number): T | undefined {
  return k >= 0 && k < items.length ? items[k] : undefined;
}
