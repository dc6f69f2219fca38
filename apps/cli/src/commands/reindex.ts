import { parseArgs } from 'node:util';
import { RELEASES_ALIAS, createSearchClient, searchSecurityFromEnv, reindexReleases } from '@presswatch/search-index';
import { OPENSEARCH_DEFAULT_HELP, opensearchOption } from './connection-options.js';

export const REINDEX_HELP = `Usage: npm run --silent cli -- reindex [--to-version N] [--delete-old] [--opensearch URL] [--alias NAME]

Rolls the releases alias onto a new versioned index with the current index template, without downtime:
creates <alias>-v<N>, makes it the write index, copies the old index (a document the indexer rewrote
meanwhile is kept), then removes the old index from the alias. Run it after a mapping change.

Options:
  --to-version N    version of the new index (default: current + 1)
  --delete-old      delete the old index afterwards
  --opensearch URL  ${OPENSEARCH_DEFAULT_HELP}
                    basic auth and CA from OPENSEARCH_USERNAME, OPENSEARCH_PASSWORD, OPENSEARCH_CA_FILE
  --alias NAME      default ${RELEASES_ALIAS}
`;

export async function reindexCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'to-version': { type: 'string' },
      'delete-old': { type: 'boolean', default: false },
      opensearch: opensearchOption(),
      alias: { type: 'string', default: RELEASES_ALIAS },
    },
  });
  const toVersion = values['to-version'] === undefined ? undefined : Number(values['to-version']);
  if (toVersion !== undefined && (!Number.isInteger(toVersion) || toVersion < 1)) {
    process.stderr.write('reindex: --to-version must be a positive integer\n');
    return 2;
  }
  const result = await reindexReleases(createSearchClient({ node: values.opensearch, ...searchSecurityFromEnv(values.opensearch) }), {
    alias: values.alias,
    deleteOld: values['delete-old'],
    ...(toVersion === undefined ? {} : { toVersion }),
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
}
