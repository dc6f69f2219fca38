import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyList, itemAt, kept, mapped, sortedInPlace, valuesOf } from './arrays.js';

describe('arrays of one hidden class', () => {
  const mixed: readonly (number | string | { n: number })[] = [3, 0.5, 'a', { n: 1 }, -2];

  it('maps as Array.prototype.map does, with the index', () => {
    const f = (x: number | string | { n: number }, i: number): string => `${i}:${JSON.stringify(x)}`;
    assert.deepEqual(mapped(mixed, f), mixed.map(f));
    assert.deepEqual(
      mapped([1, 2, 3], (x) => x / 2),
      [0.5, 1, 1.5],
    );
    assert.deepEqual(
      mapped([], (x: number) => x),
      [],
    );
  });

  it('filters as Array.prototype.filter does, keeping the order and the elements themselves', () => {
    const keep = (x: number | string | { n: number }): boolean => typeof x !== 'number' || x > 0;
    const out = kept(mixed, keep);
    assert.deepEqual(out, mixed.filter(keep));
    assert.equal(out[3], mixed[3]);
    assert.deepEqual(
      kept([1, 2], () => false),
      [],
    );
  });

  it("lists a map's values in insertion order", () => {
    const map = new Map([
      ['b', 2],
      ['a', 1],
      ['c', 3],
    ]);
    map.delete('a');
    map.set('a', 4);
    assert.deepEqual(valuesOf(map), [...map.values()]);
    assert.deepEqual(valuesOf(new Map()), []);
  });

  it('gives a new array on every call', () => {
    const a = emptyList<number>();
    a.push(1);
    assert.deepEqual(emptyList<number>(), []);
    const items = [1, 2];
    assert.notEqual(
      mapped(items, (x) => x),
      items,
    );
    assert.notEqual(
      kept(items, () => true),
      items,
    );
  });

  it('sorts in place in the order of the built-in stable sort, ties kept in their order', () => {
    // A small deterministic generator: the lists hold many ties, as evidence weights do.
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % 5;
    for (let n = 0; n < 40; n++) {
      const items = Array.from({ length: n }, (_, i) => ({ key: next() / 2, i }));
      const byKey = (a: { key: number }, b: { key: number }): number => b.key - a.key;
      const copy = [...items];
      assert.equal(sortedInPlace(copy, byKey), copy);
      assert.deepEqual(copy, [...items].sort(byKey));
    }
    const pairs: [string, number][] = [
      ['a', 1],
      ['b', 3],
      ['c', 1],
      ['d', 3],
    ];
    assert.deepEqual(
      sortedInPlace(pairs, (x, y) => y[1] - x[1]).map((p) => p[0]),
      ['b', 'd', 'a', 'c'],
    );
  });

  it('reads an item as indexing does, undefined before the first and after the last', () => {
    const items = ['a', 'b', 'c'];
    for (let k = -2; k <= 4; k++) assert.equal(itemAt(items, k), items[k]);
    assert.equal(itemAt([], 0), undefined);
  });
});
