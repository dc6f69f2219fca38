import type { SearchClient } from './client.js';
import { rawRequest, statusOf } from './client.js';
import {
  RELEASES_ALIAS,
  RELEASES_INDEX_VERSION,
  defaultIndexSettings,
  dynamicIndexSettings,
  indexVersionOf,
  releasesIndexName,
  releasesTemplate,
  type ReleasesIndexSettings,
} from './releases-index.js';

/**
 * Installs the index template and, on first start, the versioned index behind the alias. Idempotent, so
 * every indexer replica and the Kubernetes setup Job can run it. The template only shapes new indices, so the
 * dynamic settings (the refresh interval) are also put on the alias's existing indices: a changed setting
 * applies at the next start.
 */
export async function ensureReleasesIndex(
  client: SearchClient,
  alias: string = RELEASES_ALIAS,
  settings: ReleasesIndexSettings = defaultIndexSettings,
): Promise<{ index: string; created: boolean; outdated: boolean }> {
  await rawRequest(client, 'PUT', `/_index_template/${alias}`, releasesTemplate(alias, settings));
  const current = await indicesOfAlias(client, alias);
  if (current.length > 0) {
    await rawRequest(client, 'PUT', `/${current.join(',')}/_settings`, { index: dynamicIndexSettings(settings) });
    // An index made with an older mapping must be rolled forward before documents of the new shape arrive.
    return { index: current[0]!, created: false, outdated: (indexVersionOf(current[0]!, alias) ?? 0) < RELEASES_INDEX_VERSION };
  }
  const index = releasesIndexName(undefined, alias);
  try {
    await client.indices.create({ index, body: { aliases: { [alias]: { is_write_index: true } } } });
  } catch (error) {
    // Another replica created it first.
    if (statusOf(error) !== 400) throw error;
  }
  return { index, created: true, outdated: false };
}

/** The concrete indices an alias points to, newest version first. */
export async function indicesOfAlias(client: SearchClient, alias: string = RELEASES_ALIAS): Promise<string[]> {
  const exists = await client.indices.existsAlias({ name: alias });
  if (!exists.body) return [];
  const aliases = await client.indices.getAlias({ name: alias });
  return Object.keys(aliases.body).sort((a, b) => (indexVersionOf(b, alias) ?? 0) - (indexVersionOf(a, alias) ?? 0));
}

/** Reachability of the node for readiness probes and start-up waits; a hung node is unreachable after `timeoutMs`. */
export async function searchIsReachable(client: SearchClient, timeoutMs = 2000): Promise<boolean> {
  try {
    const health = await client.cluster.health({ timeout: `${timeoutMs}ms` }, { requestTimeout: timeoutMs });
    return health.body.status !== 'red';
  } catch {
    return false;
  }
}
