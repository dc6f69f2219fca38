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
  /**
   * Per id: hash, offset of its characters in `codes`, length. A probe compares a word against these
   * flat arrays rather than its string, which sits somewhere in the heap (a cache miss per word read).
   */
  private meta = new Int32Array(3 << 11);
  private codes = new Uint16Array(1 << 14);
  private codesLength = 0;
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
    if (3 * id + 3 > this.meta.length) {
      const grown = new Int32Array(this.meta.length * 2);
      grown.set(this.meta);
      this.meta = grown;
    }
    if (this.codesLength + word.length > this.codes.length) {
      const grown = new Uint16Array(Math.max(this.codes.length * 2, this.codesLength + word.length));
      grown.set(this.codes);
      this.codes = grown;
    }
    this.meta[3 * id] = h;
    this.meta[3 * id + 1] = this.codesLength;
    this.meta[3 * id + 2] = word.length;
    for (let k = 0; k < word.length; k++) this.codes[this.codesLength++] = word.charCodeAt(k);
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
    if (!this.mayHold(h)) return -1;
    const len = end - start;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) return -1;
      const id = entry - 1;
      const m = 3 * id;
      if (this.meta[m] !== h || this.meta[m + 2] !== len) continue;
      const at = (this.meta[m + 1] ?? 0) - start;
      let k = start;
      while (k < end && this.codes[at + k] === lower.charCodeAt(k)) k++;
      if (k === end) return id;
    }
  }

  /** `idOfRange` for the code units of `text` from `start` to `end` mapped through `map` (hash `h` over the mapped units). */
  // idOfRange's probe with the mapping inlined: a comparison callback shared by both would cost the tokeniser's hot loop.
  idOfMapped(h: number, text: string, start: number, end: number, map: Uint8Array): number {
    if (!this.mayHold(h)) return -1;
    const len = end - start;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) return -1;
      const id = entry - 1;
      const m = 3 * id;
      if (this.meta[m] !== h || this.meta[m + 2] !== len) continue;
      const at = (this.meta[m + 1] ?? 0) - start;
      let k = start;
      while (k < end && this.codes[at + k] === map[text.charCodeAt(k)]) k++;
      if (k === end) return id;
    }
  }

  private find(h: number, word: string): number {
    return this.idOfRange(h, word, 0, word.length);
  }

  /** False when no word has hash `h` (its filter bit is clear); true means only perhaps. */
  private mayHold(h: number): boolean {
    const bit = h >>> FILTER_SHIFT;
    return ((this.filter[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
  }

  private place(h: number, id: number): void {
    let slot = h & this.mask;
    while ((this.slots[slot] ?? 0) !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = id + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let id = 0; id < this.words.length; id++) this.place(this.meta[3 * id] ?? 0, id);
  }
}
