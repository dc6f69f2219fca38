import type { RawRelease } from '@presswatch/contracts';
import type { FetchLedger } from '@presswatch/pipeline-state';
import { listReleaseFiles, readFolderDocument } from './folder-source.js';
import { buildRawRelease } from './raw-release.js';

export interface FetchRunStats {
  seen: number;
  published: number;
  unchanged: number;
  failed: { location: string; reason: string }[];
}

export interface FolderFetchOptions {
  folder: string;
  source: string;
  ledger: FetchLedger;
  /** Publishes releases; resolves once Kafka has them. */
  publish: (releases: RawRelease[]) => Promise<void>;
  now?: () => Date;
  batchSize?: number;
}

/**
 * One pass over a folder: new and changed files are published, unchanged ones skipped. The ledger is
 * updated only after Kafka acknowledged, so a crash mid-run republishes rather than loses.
 */
export async function fetchFolder(options: FolderFetchOptions): Promise<FetchRunStats> {
  const { folder, source, ledger, publish, now = () => new Date(), batchSize = 50 } = options;
  const stats: FetchRunStats = { seen: 0, published: 0, unchanged: 0, failed: [] };
  let pending: { release: RawRelease; version: number; location: string }[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    await publish(pending.map((item) => item.release));
    for (const item of pending) {
      await ledger.record({ id: item.release.id, source, location: item.location, contentHash: item.release.contentHash, fetchedAt: item.release.fetchedAt }, item.version);
    }
    stats.published += pending.length;
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
