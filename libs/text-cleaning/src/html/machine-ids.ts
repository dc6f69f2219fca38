/*
 * A paragraph made of machine identifiers is not text: a marketplace scrambles its "Sponsored"
 * label into a run of UUIDs in spans that its CSS hides, leaving visible only the letters between
 * them. A UUID quoted in prose (an order number, a dataset's id) stays: the paragraph must hold
 * several of them and be mostly made of them.
 */

// 8-4-4-4-12 hex digits, glued to whatever the spans put around them.
const UUID_RE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
// Cheap pre-test: most paragraphs hold no hex run of this shape at all. It is read from the hyphen, then
// behind it: the same verdict as /[0-9a-f]{8}-[0-9a-f]{4}-/i, which tried eight hex digits at every
// character of prose full of a-f (2.3 against 14.5 µs over a bench page's paragraphs).
const UUID_HINT_RE = /-(?<=[0-9a-f]{8}-)[0-9a-f]{4}-/i;
const MIN_IDS = 3;
// Shorter paragraphs cannot hold MIN_IDS of them (36 characters each): not scanned.
const MIN_LEN = 36 * MIN_IDS;
// Share of the paragraph's characters (spaces aside) inside the identifiers.
const MIN_ID_SHARE = 0.5;

export function isMachineIdRun(paragraph: string): boolean {
  if (paragraph.length < MIN_LEN || !UUID_HINT_RE.test(paragraph)) return false;
  const ids = paragraph.match(UUID_RE);
  if (ids === null || ids.length < MIN_IDS) return false;
  let idChars = 0;
  for (const id of ids) idChars += id.length;
  let chars = 0;
  for (let i = 0; i < paragraph.length; i++) if (paragraph.charCodeAt(i) > 32) chars++;
  return idChars >= MIN_ID_SHARE * chars;
}

/** The paragraphs without those made of machine identifiers. */
export function dropMachineIdRuns(paragraphs: readonly string[]): string[] {
  return paragraphs.filter((p) => !isMachineIdRun(p));
}
