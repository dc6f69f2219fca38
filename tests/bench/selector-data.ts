/* The candidates file that extraction-candidates.ts writes and extraction-selector.ts reads. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const Row = z.object({
  id: z.string(),
  type: z.string(),
  domain: z.string(),
  /** F1 of each candidate's text, in the file's candidate order (the rules' first). */
  f1: z.array(z.number()),
  /** Whether each candidate's text is the rules' text. */
  same: z.array(z.boolean()),
  /** Each candidate's feature vector. */
  features: z.array(z.array(z.number())),
});
export type CandidateRow = z.infer<typeof Row>;

const File = z.object({ candidates: z.array(z.string()), rows: z.array(Row) });
export type CandidateFile = z.infer<typeof File>;

export function readCandidates(path: string): CandidateFile {
  return File.parse(JSON.parse(readFileSync(path, 'utf8')));
}
