import type { RawRelease } from '@presswatch/contracts';

/**
 * Lets many page workers publish one release each while Kafka receives batches: releases arriving within
 * `lingerMs` (or up to `maxBatch`) go in one send, and each caller resumes once its batch is acknowledged.
 */
export function batchingPublisher(publish: (releases: RawRelease[]) => Promise<void>, maxBatch = 50, lingerMs = 5): (release: RawRelease) => Promise<void> {
  let queue: { release: RawRelease; resolve: () => void; reject: (error: unknown) => void }[] = [];
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    publish(batch.map((item) => item.release)).then(
      () => batch.forEach((item) => item.resolve()),
      (error: unknown) => batch.forEach((item) => item.reject(error)),
    );
  };
  return (release) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ release, resolve, reject });
      if (queue.length >= maxBatch) flush();
      else timer ??= setTimeout(flush, lingerMs);
    });
}
