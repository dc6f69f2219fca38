import { z } from 'zod';
import { arrayOf, exactObject, literal, nullable, number, oneOf, string, type Guard } from './guards.js';
import { parserFor } from './validation.js';

/** Every message carries the version of the schema it was written with. */
export const SCHEMA_VERSION = 1 as const;

/**
 * Default of the largest release message (its JSON, in bytes) the services publish or read, and of the
 * largest file the CLI processes (MAX_RELEASE_BYTES): real releases are a few KB to a few hundred.
 */
export const DEFAULT_MAX_RELEASE_BYTES = 2 * 1024 * 1024;

const isoDateTime = z.iso.datetime({ offset: true });
const SHA256 = /^[0-9a-f]{64}$/;
const sha256 = z.string().regex(SHA256, 'expected a sha256 hex digest');
const COUNTRY_CODE = /^[A-Z]{2}$/;
const REGION_CODE = /^\d{3}$/;
const CURRENCY_CODE = /^[A-Z]{3}$/;

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
  code: z.string().regex(COUNTRY_CODE),
  name: z.string(),
  role: z.enum(['primary', 'mentioned']),
  mentions: z.number().int().nonnegative(),
});
export const RegionTagSchema = z.object({ code: z.string().regex(REGION_CODE), name: z.string() });
export const ThemeTagSchema = z.object({
  id: z.string(),
  score: z.number().min(0).max(1),
  reliefwebTheme: z.string(),
  evidence: z.array(z.string()),
});
export const OrganizationTagSchema = z.object({ id: z.string(), name: z.string() });
export const PersonTagSchema = z.object({ name: z.string(), role: z.string().nullable() });
export const AmountTagSchema = z.object({ value: z.number().nonnegative(), currency: z.string().regex(CURRENCY_CODE), text: z.string() });

/** A clean release with what the enricher found: the document the indexer writes. */
export const EnrichedReleaseSchema = CleanReleaseSchema.extend({
  dateline: z
    .object({
      text: z.string(),
      country: z.string().regex(COUNTRY_CODE).nullable(),
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

/*
 * The fast path of each release check (guards.ts): the same fields and rules as the schemas above, checked
 * without zod's copies. A message they do not pass unchanged goes through zod, which has the last word.
 */
const ISO_DATE_TIME = isoDateTime._zod.def.pattern;
const dateTime: Guard = ISO_DATE_TIME ? string({ pattern: ISO_DATE_TIME }) : () => false;
const text = string();
const texts = arrayOf(text);
const releaseHead = {
  schemaVersion: literal(SCHEMA_VERSION),
  id: string({ min: 1, max: 128 }),
  source: string({ min: 1, max: 200 }),
  url: nullable(string({ max: 4096 })),
  fetchedAt: dateTime,
};
const cleanTail = (dateline: Guard) => ({
  contentHash: string({ pattern: SHA256 }),
  language: string({ min: 2, max: 8 }),
  title: nullable(text),
  dateline,
  body: text,
  contacts: arrayOf(
    exactObject(ContactSchema.shape, { name: nullable(text), office: nullable(text), email: nullable(text), phones: texts }),
  ),
  warnings: arrayOf(oneOf(CleaningWarningSchema.options)),
  publishedAt: nullable(dateTime),
});
const isRawRelease = exactObject(RawReleaseSchema.shape, {
  ...releaseHead,
  contentType: string({ min: 1, max: 200 }),
  body: text,
  contentHash: string({ pattern: SHA256 }),
});
const isCleanRelease = exactObject(CleanReleaseSchema.shape, {
  ...releaseHead,
  ...cleanTail(nullable(exactObject(CleanReleaseSchema.shape.dateline.unwrap().shape, { text }))),
});
const isEnrichedRelease = exactObject(EnrichedReleaseSchema.shape, {
  ...releaseHead,
  ...cleanTail(
    nullable(
      exactObject(EnrichedReleaseSchema.shape.dateline.unwrap().shape, { text, country: nullable(string({ pattern: COUNTRY_CODE })) }),
    ),
  ),
  countries: arrayOf(
    exactObject(CountryTagSchema.shape, {
      code: string({ pattern: COUNTRY_CODE }),
      name: text,
      role: oneOf(CountryTagSchema.shape.role.options),
      mentions: number({ min: 0, int: true }),
    }),
  ),
  regions: arrayOf(exactObject(RegionTagSchema.shape, { code: string({ pattern: REGION_CODE }), name: text })),
  themes: arrayOf(
    exactObject(ThemeTagSchema.shape, { id: text, score: number({ min: 0, max: 1 }), reliefwebTheme: text, evidence: texts }),
  ),
  organizations: arrayOf(exactObject(OrganizationTagSchema.shape, { id: text, name: text })),
  persons: arrayOf(exactObject(PersonTagSchema.shape, { name: text, role: nullable(text) })),
  amounts: arrayOf(exactObject(AmountTagSchema.shape, { value: number({ min: 0 }), currency: string({ pattern: CURRENCY_CODE }), text })),
  location: nullable(
    exactObject(EnrichedReleaseSchema.shape.location.unwrap().shape, {
      lat: number({ min: -90, max: 90 }),
      lon: number({ min: -180, max: 180 }),
    }),
  ),
});

export const parseRawRelease = parserFor('RawRelease', RawReleaseSchema, isRawRelease);
export const parseCleanRelease = parserFor('CleanRelease', CleanReleaseSchema, isCleanRelease);
export const parseEnrichedRelease = parserFor('EnrichedRelease', EnrichedReleaseSchema, isEnrichedRelease);
