import type { SearchClient } from './client.js';
import { rawRequest, statusOf } from './client.js';
import { indicesOfAlias } from './index-setup.js';
import {
  RELEASES_ALIAS,
  RELEASES_INDEX_VERSION,
  defaultIndexSettings,
  indexVersionOf,
  releasesIndexName,
  releasesTemplate,
  type ReleasesIndexSettings,
} from './releases-index.js';

export interface ReindexResult {
  from: string;
  to: string;
  copied: number;
  /** Documents the indexer wrote to the new index in the meantime, kept over older copies. */
  keptNewer: number;
}

/**
 * Rolls the alias onto a new versioned index with no downtime:
 * 1. create the new index (the current template applies);
 * 2. make it the alias's write index, so the indexer writes new versions there while the alias still
 *    reads both (a release may briefly show twice);
 * 3. copy the old index over with external versions, so a document the indexer already rewrote in the new
 *    index is never replaced by its older copy;
 * 4. take the old index out of the alias (and delete it when asked).
 */
export async function reindexReleases(
  client: SearchClient,
  options: { alias?: string; toVersion?: number; deleteOld?: boolean; settings?: ReleasesIndexSettings } = {},
): Promise<ReindexResult> {
  const alias = options.alias ?? RELEASES_ALIAS;
  const [from] = await indicesOfAlias(client, alias);
  if (from === undefined) throw new Error(`alias ${alias} does not exist: nothing to reindex`);
  const toVersion = options.toVersion ?? Math.max(RELEASES_INDEX_VERSION, (indexVersionOf(from, alias) ?? 0) + 1);
  const to = releasesIndexName(toVersion, alias);
  if (to === from) throw new Error(`${from} is already the current index`);
  await rawRequest(client, 'PUT', `/_index_template/${alias}`, releasesTemplate(alias, options.settings ?? defaultIndexSettings));
  try {
    await client.indices.create({ index: to });
  } catch (error) {
    // Another indexer replica started the same roll-forward: let it finish.
    if (statusOf(error) === 400)
      throw new Error(`${to} already exists: another reindex is running or was interrupted (finish it with cli reindex)`);
    throw error;
  }
  await updateAliases(client, [
    { add: { index: from, alias, is_write_index: false } },
    { add: { index: to, alias, is_write_index: true } },
  ]);
  const result = await rawRequest<{ created?: number; version_conflicts?: number; failures?: unknown[] }>(
    client,
    'POST',
    '/_reindex?wait_for_completion=true&refresh=true',
    { conflicts: 'proceed', source: { index: from }, dest: { index: to, version_type: 'external' } },
  );
  if ((result.failures ?? []).length > 0) throw new Error(`reindex into ${to} failed: ${JSON.stringify(result.failures).slice(0, 500)}`);
  await updateAliases(client, [{ remove: { index: from, alias } }]);
  if (options.deleteOld) await client.indices.delete({ index: from });
  return { from, to, copied: result.created ?? 0, keptNewer: result.version_conflicts ?? 0 };
}

async function updateAliases(client: SearchClient, actions: object[]): Promise<void> {
  await rawRequest(client, 'POST', '/_aliases', { actions });
}
