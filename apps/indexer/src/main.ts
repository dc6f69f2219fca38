import { Module, type DynamicModule } from '@nestjs/common';
import { CONSUMER_GROUPS } from '@presswatch/contracts';
import { RELEASES_INDEX_VERSION, createSearchClient, ensureReleasesIndex, reindexReleases, searchIsReachable, searchSecurityOf } from '@presswatch/search-index';
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
  const search = createSearchClient({ node: config.OPENSEARCH_URL, ...searchSecurityOf(config) });
  const logger = createLogger('indexer', config.LOG_LEVEL);
  const setup = await ensureReleasesIndex(search, config.INDEX_ALIAS);
  if (setup.outdated) {
    logger.warn({ index: setup.index, version: RELEASES_INDEX_VERSION }, 'releases index has an older mapping: rolling the alias onto the new version');
    logger.info({ ...(await reindexReleases(search, { alias: config.INDEX_ALIAS, toVersion: RELEASES_INDEX_VERSION })) }, 'alias rolled forward');
  } else logger.info({ index: setup.index, created: setup.created }, 'releases index ready');
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
