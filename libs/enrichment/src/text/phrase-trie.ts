import { itemAt } from '../arrays.js';
import { intern, type Token } from './tokenize.js';

/**
 * Token-sequence trie: dictionaries of multi-word names are matched greedily
 * (longest first) in one walk per starting token, so "Guinée-Bissau" beats
 * "Guinée" and "Soudan du Sud" beats "Soudan" without any double counting.
 * Children are keyed by interned word id; the root is a plain array.
 */
interface Node<V> {
  next: Map<number, Node<V>> | undefined;
  values: V[] | undefined;
}

export interface TrieMatch<V> {
  /** Exclusive end token index. */
  readonly end: number;
  readonly value: V;
}

export class PhraseTrie<V> {
  private readonly roots: (Node<V> | undefined)[] = [];
  /**
   * 1 at the word id of each phrase's first word: most dictionary words start no phrase of a given
   * trie, and this small array tells so without reading the roots' much larger one.
   */
  private starts = new Uint8Array(0);
  private depth = 0;

  add(keys: readonly string[], value: V): void {
    const first = keys[0];
    if (first === undefined) return;
    const id = intern(first);
    // Filled up to the id so the root array stays dense (a far index would make it a hash table).
    while (this.roots.length <= id) this.roots.push(undefined);
    let node = this.roots[id];
    if (node === undefined) {
      node = { next: undefined, values: undefined };
      this.roots[id] = node;
      if (id >= this.starts.length) {
        const grown = new Uint8Array(Math.max(id + 1, this.starts.length * 2));
        grown.set(this.starts);
        this.starts = grown;
      }
      this.starts[id] = 1;
    }
    for (let k = 1; k < keys.length; k++) {
      const kid = intern(keys[k] ?? '');
      node.next ??= new Map();
      let child = node.next.get(kid);
      if (child === undefined) {
        child = { next: undefined, values: undefined };
        node.next.set(kid, child);
      }
      node = child;
    }
    (node.values ??= []).push(value);
    if (keys.length > this.depth) this.depth = keys.length;
  }

  /**
   * Longest accepted match starting at token `start`. `accept` sees every
   * candidate (value, start, end) so callers can apply case and context rules
   * while still preferring the longest phrase that passes them.
   */
  longest(tokens: readonly Token[], start: number, accept: (value: V, start: number, end: number) => boolean): TrieMatch<V> | null {
    const first = itemAt(tokens, start);
    if (first === undefined || first.id < 0 || this.starts[first.id] !== 1) return null;
    let node = this.roots[first.id];
    let best: TrieMatch<V> | null = null;
    let j = start + 1;
    while (node !== undefined) {
      if (node.values !== undefined) {
        for (const v of node.values) {
          if (accept(v, start, j)) {
            best = { end: j, value: v };
            break;
          }
        }
      }
      const t = itemAt(tokens, j);
      if (t === undefined || t.id < 0 || !t.join || node.next === undefined || j - start >= this.depth) break;
      node = node.next.get(t.id);
      j++;
    }
    return best;
  }
}

/**
 * Expands the compact dictionary notation into concrete forms:
 * "colombien(ne)(s)" -> colombien, colombienne, colombiens, colombiennes;
 * "trafic(|s) illicite(s)" -> alternatives separated by "|" (empty allowed).
 */
export function expandForms(pattern: string): string[] {
  const open = pattern.indexOf('(');
  if (open < 0) return [pattern];
  const close = pattern.indexOf(')', open);
  if (close < 0) return [pattern];
  const head = pattern.slice(0, open);
  const body = pattern.slice(open + 1, close);
  const rest = expandForms(pattern.slice(close + 1));
  const options = body.includes('|') ? body.split('|') : ['', body];
  const out: string[] = [];
  for (const o of options) for (const r of rest) out.push(head + o + r);
  return out;
}
