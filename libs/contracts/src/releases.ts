import { z } from 'zod';
import { parserFor } from './validation.js';

/** Every message carries the version of the schema it was written with. */
export const SCHEMA_VERSION = 1 as const;

/**
 * Default of the largest release message (its JSON, in bytes) the services publish or read, and of the
 * largest file the CLI processes (MAX_RELEASE_BYTES): real releases are a few KB to a few hundred.
 */
export const DEFAULT_MAX_RELEASE_BYTES = 2 * 1024 * 1024;

const isoDateTime = z.iso.datetime({ offset: true });
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 hex digest');

/** A release as fetched: the body is the page or file as UTF-8 text, unprocessed. */
export const RawReleaseSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Deterministic id of the release (same source + location → same id). */
  id: z.string().min(1).max(128),
  source: z.string().min(1).max(200),
  url: z.string().max(4096).nullable(),
  fetchedAt: isoDateTime,
  contentType: z.string().min(1).max(200),
  body: z.string(),
  contentHash: sha256,
});
export type RawRelease = z.infer<typeof RawReleaseSchema>;

export const ContactSchema = z.object({
  name: z.string().nullable(),
  office: z.string().nullable(),
  email: z.string().nullable(),
  phones: z.array(z.string()),
});
export type Contact = z.infer<typeof ContactSchema>;

export const CleaningWarningSchema = z.enum(['empty-body', 'short-body', 'no-title', 'language-undetermined']);
export type CleaningWarning = z.infer<typeof CleaningWarningSchema>;

/** A release after boilerplate removal and repairs; warnings flag what must not be trusted blindly. */
export const CleanReleaseSchema = RawReleaseSchema.omit({ body: true, contentType: true }).extend({
  language: z.string().min(2).max(8),
  title: z.string().nullable(),
  dateline: z.object({ text: z.string() }).nullable(),
  body: z.string(),
  contacts: z.array(ContactSchema),
  warnings: z.array(CleaningWarningSchema),
  publishedAt: isoDateTime.nullable(),
});
export type CleanRelease = z.infer<typeof CleanReleaseSchema>;

export const CountryTagSchema = z.object({
  code: z.string().regex(/^[A-Z]{2}$/),
  name: z.string(),
  role: z.enum(['primary', 'mentioned']),
  mentions: z.number().int().nonnegative(),
});
export const RegionTagSchema = z.object({ code: z.string().regex(/^\d{3}$/), name: z.string() });
export const ThemeTagSchema = z.object({
  id: z.string(),
  score: z.number().min(0).max(1),
  reliefwebTheme: z.string(),
  evidence: z.array(z.string()),
});
export const OrganizationTagSchema = z.object({ id: z.string(), name: z.string() });
export const PersonTagSchema = z.object({ name: z.string(), role: z.string().nullable() });
export const AmountTagSchema = z.object({ value: z.number().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/), text: z.string() });

/** A clean release with what the enricher found: the document the indexer writes. */
export const EnrichedReleaseSchema = CleanReleaseSchema.extend({
  dateline: z
    .object({
      text: z.string(),
      country: z
        .string()
        .regex(/^[A-Z]{2}$/)
        .nullable(),
    })
    .nullable(),
  countries: z.array(CountryTagSchema),
  regions: z.array(RegionTagSchema),
  themes: z.array(ThemeTagSchema),
  organizations: z.array(OrganizationTagSchema),
  persons: z.array(PersonTagSchema),
  amounts: z.array(AmountTagSchema),
  location: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).nullable(),
});
export type EnrichedRelease = z.infer<typeof EnrichedReleaseSchema>;

export const parseRawRelease = parserFor('RawRelease', RawReleaseSchema);
export const parseCleanRelease = parserFor('CleanRelease', CleanReleaseSchema);
export const parseEnrichedRelease = parserFor('EnrichedRelease', EnrichedReleaseSchema);
