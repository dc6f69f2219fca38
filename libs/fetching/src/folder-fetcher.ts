import type { RawRelease } from '@presswatch/contracts';
import type { FetchLedger } from '@presswatch/pipeline-state';
import { listReleaseFiles, readFolderDocument } from './folder-source.js';
import { buildRawRelease } from './raw-release.js';
import type { RefusedRelease } from './run/release-publisher.js';
import { emptyRunStats, type RunStats } from './run/run-stats.js';

export interface FolderFetchOptions {
  folder: string;
  source: string;
  ledger: FetchLedger;
  /** Publishes releases; resolves once Kafka has them, with those that can never be published. */
  publish: (releases: RawRelease[]) => Promise<RefusedRelease[] | void>;
  now?: () => Date;
  batchSize?: number;
  /** Filled as the pass goes, so a pass that fails midway still tells what it did. */
  stats?: RunStats;
}

/**
 * One pass over a folder: new and changed files are published, unchanged ones skipped. Files are taken a
 * publish batch at a time: one ledger query decides the batch, one ledger transaction records what was
 * published, and only after Kafka acknowledged it, so a crash mid-run republishes rather than loses.
 */
export async function fetchFolder(options: FolderFetchOptions): Promise<RunStats> {
  const { folder, source, ledger, publish, now = () => new Date(), batchSize = 50, stats = emptyRunStats('incremental') } = options;
  const paths = await listReleaseFiles(folder);
  for (let start = 0; start < paths.length; start += batchSize) {
    const batch: { release: RawRelease; location: string }[] = [];
    // Each read settles on its own: a file that cannot be read is that file's failure, not the batch's.
    const chunk = paths.slice(start, start + batchSize);
    const documents = await Promise.allSettled(chunk.map((path) => readFolderDocument(folder, path)));
    documents.forEach((document, position) => {
      stats.seen++;
      if (document.status === 'rejected') stats.failed.push({ location: chunk[position]!, reason: (document.reason as Error).message });
      else
        batch.push({
          release: buildRawRelease({ source, location: document.value.location, url: null, body: document.value.body, fetchedAt: now() }),
          location: document.value.location,
        });
    });
    const observations = batch.map(({ release, location }) => ({
      id: release.id,
      source,
      location,
      contentHash: release.contentHash,
      fetchedAt: release.fetchedAt,
    }));
    const decisions = await ledger.decideAll(observations);
    const fresh = batch.flatMap((item, position) => {
      const decision = decisions[position]!;
      return decision.publish ? [{ release: item.release, observation: observations[position]!, version: decision.version }] : [];
    });
    stats.unchanged += batch.length - fresh.length;
    if (fresh.length === 0) continue;
    const refused = new Map(((await publish(fresh.map((item) => item.release))) ?? []).map((entry) => [entry.id, entry.reason]));
    // What can never be published is not recorded: the next pass tries it again, and reports it again.
    for (const item of fresh) {
      const reason = refused.get(item.release.id);
      if (reason !== undefined) stats.failed.push({ location: item.observation.location, reason });
    }
    await ledger.recordAll(fresh.filter((item) => !refused.has(item.release.id)));
    stats.published += fresh.length - refused.size;
  }
  return stats;
}
