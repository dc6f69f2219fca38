import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildRawRelease, decodeText } from '@presswatch/fetching';
import { cleanRelease, emptyTemplate, enrichRelease, learnTemplate } from '@presswatch/release-processing';
import {
  bulkWrite,
  createSearchClient,
  documentVersion,
  ensureReleasesIndex,
  refreshReleases,
  toReleaseDocument,
  type SearchClient,
} from '@presswatch/search-index';
import { ROOT } from './environment.js';

export const SAMPLES = join(ROOT, 'samples', 'releases');

/**
 * Loads the sample corpus into its own alias through the stage functions (as the services would), for
 * tests that query the index without the Kafka path (the end-to-end test covers that one).
 */
export async function indexSamples(opensearchUrl: string, alias: string): Promise<{ client: SearchClient; count: number }> {
  const client = createSearchClient({ node: opensearchUrl });
  await ensureReleasesIndex(client, alias);
  const files = (await readdir(SAMPLES)).filter((name) => name.endsWith('.txt')).sort();
  const bodies = await Promise.all(files.map(async (name) => decodeText(await readFile(join(SAMPLES, name)))));
  const template = bodies.reduce(learnTemplate, emptyTemplate());
  const items = files.map((name, position) => {
    const raw = buildRawRelease({
      source: alias,
      location: name,
      url: null,
      body: bodies[position]!,
      fetchedAt: new Date('2024-06-01T00:00:00Z'),
    });
    const release = enrichRelease(cleanRelease(raw, template));
    return { id: release.id, version: documentVersion(release), document: toReleaseDocument(release) };
  });
  const outcome = await bulkWrite(client, items, alias);
  if (outcome.acknowledged.length !== items.length)
    throw new Error(`indexing samples: ${JSON.stringify(outcome.rejected.concat(outcome.retryable)).slice(0, 400)}`);
  await refreshReleases(client, alias);
  return { client, count: items.length };
}

/** Removes a test alias's indices and template. */
export async function dropAlias(opensearchUrl: string, alias: string): Promise<void> {
  await fetch(`${opensearchUrl}/${alias}-v*`, { method: 'DELETE' });
  await fetch(`${opensearchUrl}/_index_template/${alias}`, { method: 'DELETE' });
}
