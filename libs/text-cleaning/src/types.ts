import { z } from 'zod';
import type { CleaningWarning, Contact } from '@presswatch/contracts';

/*
 * A contact and a warning are part of the clean release's contract: their one declaration is there, read
 * here as types only (nothing of the pipeline is loaded by this lib at run time).
 */
export type { CleaningWarning, Contact } from '@presswatch/contracts';

export interface CleanedText {
  title: string | null;
  /** The place named by the dateline, as written (e.g. "Port-au-Prince, Haïti"), without the dash. */
  dateline: string | null;
  /** Paragraphs separated by exactly one blank line; no navigation, contact block or dateline prefix. */
  body: string;
  contacts: Contact[];
  /** ISO 639-1 code or "und". */
  language: string;
  warnings: CleaningWarning[];
  /** Publication date (ISO) from a date line under the headline or the page's metadata, or null. */
  publishedAt: string | null;
  /** Input lines dropped as boilerplate (navigation, template lines, footer). */
  removedLines: number;
}

/**
 * Per-source statistics of normalised lines, JSON-serialisable so it can be persisted; the schema checks a
 * stored copy before it is used again. Keys of lineCounts are hashes of normalised lines; values count the
 * documents containing them.
 */
export const sourceTemplateSchema = z.object({
  version: z.literal(1),
  documents: z.number().int().nonnegative(),
  lineCounts: z.record(z.string(), z.number().int().nonnegative()),
});
export type SourceTemplate = z.infer<typeof sourceTemplateSchema>;

export interface CleanTextOptions {
  template?: SourceTemplate;
}
