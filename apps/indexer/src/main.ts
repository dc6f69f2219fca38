import { Module, type DynamicModule } from '@nestjs/common';
import { CONSUMER_GROUPS } from '@presswatch/contracts';
import {
  RELEASES_INDEX_VERSION,
  createSearchClient,
  ensureReleasesIndex,
  indexSettingsOf,
  reindexReleases,
  searchIsReachable,
  searchSecurityOf,
  type RetryingBulkOptions,
  type SearchClient,
} from '@presswatch/search-index';
import { READINESS_CHECK_TIMEOUT_MS, runMain, runStageService, createLogger } from '@presswatch/service-runtime';
import { loadIndexerConfig } from './config.js';
import { bulkObserver } from './bulk-metrics.js';
import { IndexerController } from './indexer.controller.js';
import { BULK_OPTIONS, SEARCH_CLIENT } from './tokens.js';

@Module({})
class IndexerModule {
  static with(search: SearchClient, bulk: RetryingBulkOptions): DynamicModule {
    return {
      module: IndexerModule,
      controllers: [IndexerController],
      providers: [
        { provide: SEARCH_CLIENT, useValue: search },
        { provide: BULK_OPTIONS, useValue: bulk },
      ],
    };
  }
}

runMain(async () => {
  const config = loadIndexerConfig();
  const search = createSearchClient({ node: config.OPENSEARCH_URL, ...searchSecurityOf(config) });
  const logger = createLogger('indexer', config.LOG_LEVEL);
  const settings = indexSettingsOf(config);
  const setup = await ensureReleasesIndex(search, config.INDEX_ALIAS, settings);
  if (setup.outdated) {
    logger.warn(
      { index: setup.index, version: RELEASES_INDEX_VERSION },
      'releases index has an older mapping: rolling the alias onto the new version',
    );
    logger.info(
      { ...(await reindexReleases(search, { alias: config.INDEX_ALIAS, toVersion: RELEASES_INDEX_VERSION, settings })) },
      'alias rolled forward',
    );
  } else logger.info({ index: setup.index, created: setup.created }, 'releases index ready');
  await runStageService({
    service: 'indexer',
    groupId: CONSUMER_GROUPS.indexer,
    config,
    batchSize: config.INDEXER_BULK_SIZE,
    // Bulks are filled across the partitions handled at once (one worker per partition), and a fetch brings
    // up to 4 MiB per partition (~600 enriched releases, kafkajs's default is 1 MiB) so that one partition
    // alone can fill a bulk: see BulkGatherer.
    consumer: {
      gatherLingerMs: config.INDEXER_LINGER_MS,
      partitionsConsumedConcurrently: config.KAFKA_PARTITIONS,
      maxBytesPerPartition: 4 * 1024 * 1024,
    },
    module: (runtime) => {
      // Below the readiness deadline, so a hung node answers "not ready" rather than leaving requests behind.
      runtime.readiness.add({ name: 'opensearch', check: () => searchIsReachable(search, READINESS_CHECK_TIMEOUT_MS - 100) });
      const bulk = {
        index: config.INDEX_ALIAS,
        itemRetries: config.INDEXER_ITEM_RETRIES,
        requestTimeoutMs: config.INDEXER_BULK_TIMEOUT_MS,
        observer: bulkObserver(runtime.metrics, runtime.logger),
      };
      return IndexerModule.with(search, bulk);
    },
  });
});
