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
 * One pass over a folder: new and changed files are published, unchanged ones skipped. The ledger is
 * updated only after Kafka acknowledged, so a crash mid-run republishes rather than loses.
 */
export async function fetchFolder(options: FolderFetchOptions): Promise<RunStats> {
  const { folder, source, ledger, publish, now = () => new Date(), batchSize = 50, stats = emptyRunStats('incremental') } = options;
  let pending: { release: RawRelease; version: number; location: string }[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const refused = new Map(((await publish(pending.map((item) => item.release))) ?? []).map((entry) => [entry.id, entry.reason]));
    for (const item of pending) {
      const reason = refused.get(item.release.id);
      // Not recorded: the next pass tries it again, and reports it again.
      if (reason !== undefined) stats.failed.push({ location: item.location, reason });
      else await ledger.record({ id: item.release.id, source, location: item.location, contentHash: item.release.contentHash, fetchedAt: item.release.fetchedAt }, item.version);
    }
    stats.published += pending.length - refused.size;
    pending = [];
  };
  for (const path of await listReleaseFiles(folder)) {
    stats.seen++;
    let document;
    try {
      document = await readFolderDocument(folder, path);
    } catch (error) {
      stats.failed.push({ location: path, reason: (error as Error).message });
      continue;
    }
    const release = buildRawRelease({ source, location: document.location, url: null, body: document.body, fetchedAt: now() });
    const decision = await ledger.decide({ id: release.id, source, location: document.location, contentHash: release.contentHash, fetchedAt: release.fetchedAt });
    if (!decision.publish) {
      stats.unchanged++;
      continue;
    }
    pending.push({ release, version: decision.version, location: document.location });
    if (pending.length >= batchSize) await flush();
  }
  await flush();
  return stats;
}
