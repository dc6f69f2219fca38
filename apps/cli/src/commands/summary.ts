import { parseArgs } from 'node:util';
import { countReleases, createSearchClient, searchSecurityFromEnv, facetCounts, refreshReleases } from '@presswatch/search-index';
import { OPENSEARCH_DEFAULT_HELP, opensearchOption } from './connection-options.js';

export const SUMMARY_HELP = `Usage: npm run --silent cli -- summary [--json] [--opensearch URL]

Prints how many releases are indexed and the top countries, themes and languages.

Options:
  --opensearch URL  OpenSearch node (${OPENSEARCH_DEFAULT_HELP})
                    basic auth and CA from OPENSEARCH_USERNAME, OPENSEARCH_PASSWORD, OPENSEARCH_CA_FILE
  --json            machine-readable output
`;

export async function summaryCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, opensearch: opensearchOption() },
  });
  const client = createSearchClient({ node: values.opensearch, ...searchSecurityFromEnv(values.opensearch) });
  await refreshReleases(client);
  const [total, countries, primary, themes, languages] = await Promise.all([
    countReleases(client),
    facetCounts(client, 'country_codes', 10),
    facetCounts(client, 'primary_country', 10),
    facetCounts(client, 'theme_ids', 10),
    facetCounts(client, 'language', 10),
  ]);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ total, countries, primaryCountries: primary, themes, languages })}\n`);
    return 0;
  }
  const list = (buckets: { key: string; count: number }[]) =>
    buckets.map((bucket) => `${bucket.key} ${bucket.count}`).join(', ') || '(none)';
  process.stdout.write(
    [
      `Releases indexed: ${total}`,
      `Languages:         ${list(languages)}`,
      `Top countries:     ${list(countries)}`,
      `Primary countries: ${list(primary)}`,
      `Top themes:        ${list(themes)}`,
      '',
    ].join('\n'),
  );
  return 0;
}
