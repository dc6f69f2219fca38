import { parseArgs } from 'node:util';
import { z } from 'zod';
import { RELEASES_ALIAS, createSearchClient, searchSecurityFromEnv, searchReleases, type ReleaseHit } from '@presswatch/search-index';
import { OPENSEARCH_DEFAULT_HELP, opensearchOption } from './connection-options.js';

export const SEARCH_HELP = `Usage: npm run --silent cli -- search [TEXT] [options]

Searches the indexed releases: TEXT in every language (French, English and Spanish stemming), filtered
by country, theme, language and date. Prints the matches with highlighted passages, newest first when
no TEXT is given.

Options:
  --country CODE     ISO 3166-1 alpha-2 (repeatable), e.g. --country MX
  --theme ID         theme id (repeatable), e.g. --theme human-trafficking
  --language CODE    fr, en, es... (repeatable)
  --since DATE       YYYY-MM-DD, on the publication date (fetch date when none)
  --until DATE       YYYY-MM-DD
  --size N           number of releases (default 10)
  --json             one JSON object: {total, hits: [{id, score, release, highlights}]}
  --opensearch URL   ${OPENSEARCH_DEFAULT_HELP}
                     basic auth and CA from OPENSEARCH_USERNAME, OPENSEARCH_PASSWORD, OPENSEARCH_CA_FILE
  --alias NAME       index alias (default ${RELEASES_ALIAS})

Example: npm run --silent cli -- search "traite" --country MX --theme human-trafficking --since 2010-01-01
`;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const optionsSchema = z.object({
  country: z
    .array(
      z
        .string()
        .regex(/^[A-Za-z]{2}$/, 'expected a 2-letter country code')
        .transform((code) => code.toUpperCase()),
    )
    .optional(),
  theme: z.array(z.string().regex(/^[a-z-]+$/)).optional(),
  language: z.array(z.string().regex(/^[a-z]{2,3}$/)).optional(),
  since: isoDate.optional(),
  until: isoDate.optional(),
  size: z.coerce.number().int().min(1).max(1000).default(10),
  json: z.boolean().default(false),
  opensearch: z.url(),
  alias: z.string().min(1),
});

export async function searchCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      country: { type: 'string', multiple: true },
      theme: { type: 'string', multiple: true },
      language: { type: 'string', multiple: true },
      since: { type: 'string' },
      until: { type: 'string' },
      size: { type: 'string' },
      json: { type: 'boolean' },
      opensearch: opensearchOption(),
      alias: { type: 'string', default: RELEASES_ALIAS },
    },
  });
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) {
    process.stderr.write(`search: ${parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; ')}\n`);
    return 2;
  }
  const options = parsed.data;
  const color = !options.json && process.stdout.isTTY === true;
  const result = await searchReleases(
    createSearchClient({ node: options.opensearch, ...searchSecurityFromEnv(options.opensearch) }),
    {
      ...(positionals.length > 0 ? { text: positionals.join(' ') } : {}),
      ...(options.country ? { countries: options.country } : {}),
      ...(options.theme ? { themes: options.theme } : {}),
      ...(options.language ? { languages: options.language } : {}),
      ...(options.since ? { since: options.since } : {}),
      ...(options.until ? { until: options.until } : {}),
      size: options.size,
      highlight: color ? { pre: '\u001b[1;33m', post: '\u001b[0m' } : { pre: '**', post: '**' },
    },
    options.alias,
  );
  if (options.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  }
  process.stdout.write(`${result.total} release(s)${result.total > result.hits.length ? `, showing ${result.hits.length}` : ''}\n\n`);
  for (const hit of result.hits) process.stdout.write(renderHit(hit));
  return 0;
}

function renderHit({ release, highlights }: ReleaseHit): string {
  const date = release.date.slice(0, 10);
  const facets = [release.language, release.primary_country ?? '??', release.theme_ids.slice(0, 4).join(', ')].filter(Boolean).join(' | ');
  const passages = (highlights.length > 0 ? highlights : [release.body.slice(0, 200)]).map(
    (passage) => `    … ${passage.replace(/\s+/g, ' ').trim()} …`,
  );
  return [`${date}  ${release.title ?? '(no title)'}`, `    ${facets}`, ...passages, `    ${release.url ?? release.source}`, '', ''].join(
    '\n',
  );
}
