/*
 * Word-level Markov text for benchmarks: sentences that read like the reports they were trained on (same
 * vocabulary, names and numbers, hence the same work for the cleaner and the enricher) but are new text,
 * so no line recurs across generated releases the way a repeated fixture would.
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const SENTENCE_END = /[.!?]["»”)]?$/;
const MIN_WORDS = 8;
const MAX_WORDS = 45;

/** An order-2 chain: the two previous words choose the next one, weighted by how often it followed them. */
export class MarkovText {
  private readonly next = new Map<string, string[]>();
  private readonly starts: [string, string][] = [];

  /** `paragraphs`: prose only (no tables, lists or headings), one paragraph a string. */
  constructor(paragraphs: readonly string[]) {
    for (const paragraph of paragraphs) {
      const words = paragraph.split(/\s+/).filter((word) => word.length > 0);
      for (let i = 0; i + 2 < words.length; i++) {
        const [a, b, c] = [words[i]!, words[i + 1]!, words[i + 2]!];
        if ((i === 0 || SENTENCE_END.test(words[i - 1]!)) && /^[\p{Lu}«"“]/u.test(a)) this.starts.push([a, b]);
        const key = `${a} ${b}`;
        const list = this.next.get(key);
        if (list) list.push(c);
        else this.next.set(key, [c]);
      }
    }
    if (this.starts.length === 0) throw new Error('no sentence starts in the training text');
  }

  /** One sentence of MIN_WORDS to MAX_WORDS words, ending with its own punctuation or a full stop. */
  sentence(random: () => number): string {
    for (;;) {
      const words = [...pick(random, this.starts)];
      while (words.length < MAX_WORDS) {
        const last = words[words.length - 1]!;
        if (words.length >= MIN_WORDS && SENTENCE_END.test(last)) break;
        const followers = this.next.get(`${words[words.length - 2]} ${last}`);
        if (!followers) break;
        words.push(pick(random, followers));
      }
      if (words.length < MIN_WORDS) continue;
      const text = words.join(' ');
      return SENTENCE_END.test(text) ? text : `${text.replace(/[,;:–-]+$/, '')}.`;
    }
  }
}

/** Prose paragraphs of a report in markdown-ish text: lists, tables, headings and short lines are left out. */
export function proseParagraphs(text: string, minWords = 25): string[] {
  return (
    text
      .split(/\n\s*\n|\n/)
      // Markdown links keep their words, not their addresses.
      .map((paragraph) => paragraph.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim())
      .filter((paragraph) => !/^[-*#>|\d]/.test(paragraph) && !paragraph.includes('|') && !paragraph.includes('**'))
      .filter((paragraph) => paragraph.split(/\s+/).length >= minWords)
  );
}
