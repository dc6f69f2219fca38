import type { RawRelease } from '@presswatch/contracts';
import type { RefusedRelease } from '../run/release-publisher.js';

/**
 * Lets many page workers publish one release each while Kafka receives batches: releases arriving within
 * `lingerMs` (or up to `maxBatch`) go in one send, and each caller resumes once its batch is acknowledged,
 * with the reason when its release can never be published (null when it was).
 */
export function batchingPublisher(
  publish: (releases: RawRelease[]) => Promise<RefusedRelease[] | void>,
  maxBatch = 50,
  lingerMs = 5,
): (release: RawRelease) => Promise<string | null> {
  let queue: { release: RawRelease; resolve: (refusal: string | null) => void; reject: (error: unknown) => void }[] = [];
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    publish(batch.map((item) => item.release)).then(
      (refused) => {
        const reasons = new Map((refused ?? []).map((entry) => [entry.id, entry.reason]));
        batch.forEach((item) => item.resolve(reasons.get(item.release.id) ?? null));
      },
      (error: unknown) => batch.forEach((item) => item.reject(error)),
    );
  };
  return (release) =>
    new Promise<string | null>((resolve, reject) => {
      queue.push({ release, resolve, reject });
      if (queue.length >= maxBatch) flush();
      else timer ??= setTimeout(flush, lingerMs);
    });
}
