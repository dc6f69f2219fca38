import { Module, type DynamicModule } from '@nestjs/common';
import { CONSUMER_GROUPS } from '@presswatch/contracts';
import { createSearchClient, ensureReleasesIndex, searchIsReachable } from '@presswatch/search-index';
import { runMain, runStageService, createLogger } from '@presswatch/service-runtime';
import { loadIndexerConfig, type IndexerConfig } from './config.js';
import { IndexerController } from './indexer.controller.js';
import { INDEXER_CONFIG, SEARCH_CLIENT } from './tokens.js';

@Module({})
class IndexerModule {
  static with(config: IndexerConfig, search: ReturnType<typeof createSearchClient>): DynamicModule {
    return {
      module: IndexerModule,
      controllers: [IndexerController],
      providers: [
        { provide: SEARCH_CLIENT, useValue: search },
        { provide: INDEXER_CONFIG, useValue: config },
      ],
    };
  }
}

runMain(async () => {
  const config = loadIndexerConfig();
  const search = createSearchClient({ node: config.OPENSEARCH_URL });
  const { index, created } = await ensureReleasesIndex(search, config.INDEX_ALIAS);
  createLogger('indexer', config.LOG_LEVEL).info({ index, created }, 'releases index ready');
  await runStageService({
    service: 'indexer',
    groupId: CONSUMER_GROUPS.indexer,
    config,
    batchSize: config.INDEXER_BULK_SIZE,
    module: (runtime) => {
      runtime.readiness.add({ name: 'opensearch', check: () => searchIsReachable(search) });
      return IndexerModule.with(config, search);
    },
  });
});
