import type { SearchClient } from './client.js';
import { rawRequest, statusOf } from './client.js';
import { RELEASES_ALIAS, RELEASES_TEMPLATE, releasesIndexName, releasesTemplate } from './releases-index.js';

/**
 * Installs the index template and, on first start, the versioned index behind the alias. Idempotent, so
 * every indexer replica and the Kubernetes setup Job can run it.
 */
export async function ensureReleasesIndex(client: SearchClient): Promise<{ index: string; created: boolean }> {
  await rawRequest(client, 'PUT', `/_index_template/${RELEASES_TEMPLATE}`, releasesTemplate);
  const aliasExists = await client.indices.existsAlias({ name: RELEASES_ALIAS });
  if (aliasExists.body) {
    const aliases = await client.indices.getAlias({ name: RELEASES_ALIAS });
    return { index: Object.keys(aliases.body)[0] ?? releasesIndexName(), created: false };
  }
  const index = releasesIndexName();
  try {
    await client.indices.create({ index, body: { aliases: { [RELEASES_ALIAS]: { is_write_index: true } } } });
  } catch (error) {
    // Another replica created it first.
    if (statusOf(error) !== 400) throw error;
  }
  return { index, created: true };
}

/** Liveness of the node for readiness probes and start-up waits. */
export async function searchIsReachable(client: SearchClient): Promise<boolean> {
  try {
    const health = await client.cluster.health({ timeout: '2s' });
    return health.body.status !== 'red';
  } catch {
    return false;
  }
}
