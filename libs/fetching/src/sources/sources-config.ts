import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { parseSelector } from '../parsers/css-selector.js';
import { DEFAULT_POLITENESS, type PolitenessSettings } from '../web/web-fetcher.js';
import { NO_PRIVATE_HOSTS, hostsOf, type PrivateHosts } from '../web/address-guard.js';

const httpUrl = z.url({ protocol: /^https?$/ });
const selector = z
  .string()
  .min(1)
  .refine(
    (text) => {
      try {
        parseSelector(text);
        return true;
      } catch {
        return false;
      }
    },
    {
      message:
        'unsupported CSS selector (supported: tag, #id, .class, [attr], [attr=v], [attr~=v], [attr*=v], [attr^=v], [attr$=v], descendant and > combinators, commas)',
    },
  );

/** How far back a backfill run goes: to a date, a number of listing pages, or both (whichever comes first). */
const backfillSchema = z
  .object({
    since: z.coerce.date().optional(),
    maxPages: z.number().int().min(1).max(10_000).default(50),
  })
  .strict();

const common = {
  /** Recorded as the release's `source`; part of the release id, so keep it stable. */
  name: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[\w.:/@-]+$/, 'letters, digits and . : / @ - _ only'),
  /** Seconds between incremental runs; 0 runs once at start-up. Defaults to FETCHER_INTERVAL_SECONDS. */
  intervalSeconds: z.number().int().min(0).optional(),
  /**
   * Allow the source's own host(s) (of `url`, or of each of `urls`) to be private, loopback or link-local
   * (an intranet site, tests). Only those: a redirect or a listed link to any other host is checked as usual.
   */
  allowPrivate: z.boolean().default(false),
  enabled: z.boolean().default(true),
};

export const feedSourceSchema = z
  .object({ ...common, kind: z.literal('feed'), url: httpUrl, backfill: backfillSchema.optional() })
  .strict();
export const sitemapSourceSchema = z
  .object({ ...common, kind: z.literal('sitemap'), url: httpUrl, backfill: backfillSchema.optional() })
  .strict();
export const listingSourceSchema = z
  .object({
    ...common,
    kind: z.literal('listing'),
    url: httpUrl,
    /** Elements that are (or contain) the links to releases. */
    linkSelector: selector,
    pagination: z
      .union([
        z.object({ nextSelector: selector }).strict(),
        z.object({ pageParameter: z.string().min(1), firstPage: z.number().int().min(0).default(1) }).strict(),
      ])
      .default({ nextSelector: 'a[rel~=next], link[rel~=next]' }),
    /** Pages an incremental run walks at most (it stops earlier at a page with nothing new). */
    maxPages: z.number().int().min(1).max(1000).default(3),
    backfill: backfillSchema.optional(),
  })
  .strict();
export const urlsSourceSchema = z.object({ ...common, kind: z.literal('urls'), urls: z.array(httpUrl).min(1) }).strict();
export const folderSourceSchema = z.object({ ...common, kind: z.literal('folder'), path: z.string().min(1) }).strict();

export const sourceSchema = z.discriminatedUnion('kind', [
  feedSourceSchema,
  sitemapSourceSchema,
  listingSourceSchema,
  urlsSourceSchema,
  folderSourceSchema,
]);
export type SourceConfig = z.infer<typeof sourceSchema>;
export type WebSourceConfig = Exclude<SourceConfig, { kind: 'folder' }>;
export type ListingSourceConfig = z.infer<typeof listingSourceSchema>;

/** The hosts a source's `allowPrivate` covers: the ones its configuration names, nothing else. */
export function privateHostsOf(source: WebSourceConfig): PrivateHosts {
  if (!source.allowPrivate) return NO_PRIVATE_HOSTS;
  return hostsOf(source.kind === 'urls' ? source.urls : [source.url]);
}

export const politenessSchema = z
  .object({
    userAgent: z.string().min(1).max(300),
    concurrency: z.number().int().min(1).max(64),
    minDelayMs: z.number().int().min(0),
    timeoutMs: z.number().int().min(100),
    maxBodyBytes: z.number().int().min(1024),
    maxRedirects: z.number().int().min(0).max(20),
    retries: z.number().int().min(0).max(10),
    retryBaseMs: z.number().int().min(1),
    retryMaxMs: z.number().int().min(1),
    maxRetryAfterMs: z.number().int().min(0),
  })
  .strict();

export const sourcesFileSchema = z
  .object({
    politeness: politenessSchema.partial().default({}),
    sources: z.array(sourceSchema).min(1),
  })
  .strict()
  .superRefine((file, context) => {
    const names = file.sources.map((source) => source.name);
    for (const [index, name] of names.entries()) {
      if (names.indexOf(name) !== index)
        context.addIssue({ code: 'custom', path: ['sources', index, 'name'], message: `duplicate source name ${name}` });
    }
  });

export interface SourcesConfig {
  politeness: PolitenessSettings;
  sources: SourceConfig[];
}

/** Env overrides of the file's politeness section (FETCHER_USER_AGENT, FETCHER_PER_HOST_CONCURRENCY, …). */
export type PolitenessOverrides = Partial<PolitenessSettings>;

/** Parses a sources file (YAML, or JSON: YAML is a superset); folder paths are relative to the file. */
export function parseSourcesText(text: string, file: string, overrides: PolitenessOverrides = {}): SourcesConfig {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new Error(`${file}: not YAML or JSON: ${(error as Error).message}`);
  }
  const result = sourcesFileSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(
      `${file} is invalid:\n${result.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n')}`,
    );
  }
  const base = dirname(resolve(file));
  return {
    politeness: { ...DEFAULT_POLITENESS, ...result.data.politeness, ...definedOnly(overrides) },
    sources: result.data.sources.map((source) =>
      source.kind === 'folder' && !isAbsolute(source.path) ? { ...source, path: resolve(base, source.path) } : source,
    ),
  };
}

export async function loadSourcesFile(file: string, overrides: PolitenessOverrides = {}): Promise<SourcesConfig> {
  return parseSourcesText(await readFile(file, 'utf8'), file, overrides);
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
