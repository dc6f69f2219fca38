/**
 * The dictionaries' words (ids from `intern`) in an open-addressing table keyed by char codes, so
 * the tokeniser finds a word's id from the characters it has just scanned, without making a string
 * and hashing it for a Map first. A word it knows comes back as the table's own string, already
 * hashed for the detectors' Set lookups. FNV-1a over UTF-16 code units.
 */

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** One step of the hash: the running value with one more code unit. */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

export const HASH_START = FNV_OFFSET;

function hashOf(s: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < s.length; k++) h = hashStep(h, s.charCodeAt(k));
  return h;
}

/**
 * Bits of the membership filter (one bit per hash, set by `intern`): 16 KB, small enough to stay
 * cached, where a miss's probe reads the much larger slot and hash arrays (about 4 in 10 of a
 * text's words are in no dictionary). About 1 in 12 absent words passes it with 11k words.
 */
const FILTER_BITS = 17;
const FILTER_SHIFT = 32 - FILTER_BITS;

export class WordTable {
  /** Slot -> word id + 1 (0: empty). Kept at most half full. */
  private slots = new Int32Array(1 << 12);
  private mask = (1 << 12) - 1;
  private readonly words: string[] = [];
  private hashes = new Int32Array(1 << 11);
  /** Bit (hash's top FILTER_BITS) set for every word's hash: a clear bit means no word has that hash. */
  private readonly filter = new Int32Array(1 << (FILTER_BITS - 5));

  get size(): number {
    return this.words.length;
  }

  /** The id of `word`, added with the next id when new. */
  intern(word: string): number {
    const h = hashOf(word);
    const found = this.find(h, word);
    if (found >= 0) return found;
    const id = this.words.length;
    this.words.push(word);
    if (id >= this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = h;
    const bit = h >>> FILTER_SHIFT;
    this.filter[bit >>> 5] = (this.filter[bit >>> 5] ?? 0) | (1 << (bit & 31));
    if (this.words.length * 2 > this.slots.length) this.rehash();
    else this.place(h, id);
    return id;
  }

  /** The word with this id. */
  word(id: number): string {
    return this.words[id] ?? '';
  }

  /** The id of a string, or -1. */
  idOf(word: string): number {
    return this.find(hashOf(word), word);
  }

  /**
   * The id of the word whose code units are those of `lower` from `start` to `end` (hash `h`, as
   * `hashStep` from `HASH_START` over them), or -1.
   */
  idOfRange(h: number, lower: string, start: number, end: number): number {
    const bit = h >>> FILTER_SHIFT;
    if (((this.filter[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return -1;
    const len = end - start;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) return -1;
      const id = entry - 1;
      if (this.hashes[id] !== h) continue;
      const w = this.words[id] ?? '';
      if (w.length !== len) continue;
      let k = 0;
      while (k < len && w.charCodeAt(k) === lower.charCodeAt(start + k)) k++;
      if (k === len) return id;
    }
  }

  /** `idOfRange` for the code units of `text` from `start` to `end` mapped through `map` (hash `h` over the mapped units). */
  // idOfRange's probe with the mapping inlined: a comparison callback shared by both would cost the tokeniser's hot loop.
  idOfMapped(h: number, text: string, start: number, end: number, map: Uint8Array): number {
    const bit = h >>> FILTER_SHIFT;
    if (((this.filter[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return -1;
    const len = end - start;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) return -1;
      const id = entry - 1;
      if (this.hashes[id] !== h) continue;
      const w = this.words[id] ?? '';
      if (w.length !== len) continue;
      let k = 0;
      while (k < len && w.charCodeAt(k) === map[text.charCodeAt(start + k)]) k++;
      if (k === len) return id;
    }
  }

  private find(h: number, word: string): number {
    return this.idOfRange(h, word, 0, word.length);
  }

  private place(h: number, id: number): void {
    let slot = h & this.mask;
    while ((this.slots[slot] ?? 0) !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = id + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let id = 0; id < this.words.length; id++) this.place(this.hashes[id] ?? 0, id);
  }
}
