import type { BulkObserver } from '@presswatch/search-index';
import type { Logger, ServiceMetrics } from '@presswatch/service-runtime';

/** The indexer's bulk metrics and the warning for each document OpenSearch refused for now. */
export function bulkObserver(metrics: ServiceMetrics, logger: Logger): BulkObserver {
  const documents = metrics.histogram(
    'bulk_documents',
    'Documents per bulk request to OpenSearch (retries of refused items included).',
    [],
    [1, 10, 50, 100, 250, 500, 1000, 2500, 5000, 10000],
  );
  const seconds = metrics.histogram(
    'bulk_duration_seconds',
    'Duration of one bulk request to OpenSearch, by outcome (ok, partial, unavailable, error).',
    ['outcome'],
    [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  );
  // At 0 from the start, so the first failed bulk shows in rate() (PresswatchBulkWritesFailing).
  for (const outcome of ['ok', 'partial', 'unavailable', 'error']) seconds.zero({ outcome });
  return {
    request(count, duration, outcome) {
      documents.observe(count);
      seconds.observe({ outcome }, duration);
    },
    itemRefused(failure, attempt) {
      logger.warn({ id: failure.id, status: failure.status, attempt, reason: failure.reason }, 'document refused for now, retrying');
    },
  };
}
