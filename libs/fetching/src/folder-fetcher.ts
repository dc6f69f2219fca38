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
  /** Files per publish batch at most: one ledger query, one produce request and one ledger transaction each. */
  batchSize?: number;
  /** Body bytes (UTF-8) per publish batch at most, checked before a file is added (a batch holds at least one file). */
  batchBytes?: number;
  /** Filled as the pass goes, so a pass that fails midway still tells what it did. */
  stats?: RunStats;
}

/**
 * 200 files a batch: at 50, each produce request and each ledger transaction (WAL pages rewritten per
 * commit) was paid for a quarter as many releases, and the consumers downstream got smaller fetches.
 * The byte cap keeps a batch of large files well within one produce request the broker takes (a source's
 * batch goes to one partition: one record batch, 4 MiB at most on the release topics); the publisher
 * still splits a request by the messages' exact bytes, should JSON escapes inflate a batch past that.
 */
const DEFAULT_BATCH_SIZE = 200;
const DEFAULT_BATCH_BYTES = 1024 * 1024;

interface Fetched {
  release: RawRelease;
  location: string;
  /** The body's UTF-8 bytes. */
  bytes: number;
}

/**
 * One pass over a folder: new and changed files are published, unchanged ones skipped. Files are taken a
 * publish batch at a time: one ledger query decides the batch, one ledger transaction records what was
 * published, and only after Kafka acknowledged it, so a crash mid-run republishes rather than loses.
 */
export async function fetchFolder(options: FolderFetchOptions): Promise<RunStats> {
  const { folder, source, now = () => new Date(), stats = emptyRunStats('incremental') } = options;
  const { batchSize = DEFAULT_BATCH_SIZE, batchBytes = DEFAULT_BATCH_BYTES } = options;
  const paths = await listReleaseFiles(folder);
  let batch: Fetched[] = [];
  let bytes = 0;
  const flush = async (): Promise<void> => {
    await publishBatch(options, batch, stats);
    batch = [];
    bytes = 0;
  };
  for (const path of paths) {
    stats.seen++;
    // A file that cannot be read is that file's failure, not the batch's.
    let fetched: Fetched;
    try {
      const { location, body, utf8 } = await readFolderDocument(folder, path);
      const release = buildRawRelease({ source, location, url: null, body, bodyUtf8: utf8, fetchedAt: now() });
      fetched = { release, location, bytes: utf8?.length ?? Buffer.byteLength(body, 'utf8') };
    } catch (error) {
      stats.failed.push({ location: path, reason: (error as Error).message });
      continue;
    }
    // Checked before adding: the file that would take the batch over the cap opens the next one.
    if (batch.length > 0 && bytes + fetched.bytes > batchBytes) await flush();
    batch.push(fetched);
    bytes += fetched.bytes;
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  return stats;
}

async function publishBatch(options: FolderFetchOptions, batch: Fetched[], stats: RunStats): Promise<void> {
  const { source, ledger, publish } = options;
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
  if (fresh.length === 0) return;
  const refused = new Map(((await publish(fresh.map((item) => item.release))) ?? []).map((entry) => [entry.id, entry.reason]));
  // What can never be published is not recorded: the next pass tries it again, and reports it again.
  for (const item of fresh) {
    const reason = refused.get(item.release.id);
    if (reason !== undefined) stats.failed.push({ location: item.observation.location, reason });
  }
  await ledger.recordAll(fresh.filter((item) => !refused.has(item.release.id)));
  stats.published += fresh.length - refused.size;
}
