import { Module, type DynamicModule } from '@nestjs/common';
import { serviceTopicSpecs } from '@presswatch/contracts';
import { MessageProducer, createKafkaClient, ensureTopics } from '@presswatch/kafka-messaging';
import { databaseIsReachable, openStateDatabase, type StateDatabase } from '@presswatch/pipeline-state';
import { CONTROL_TOKEN, bootstrapService, createLogger, runMain, serviceKafkaSettings } from '@presswatch/service-runtime';
import { loadFetcherConfig, type FetcherConfig } from './config.js';
import { FetchController } from './fetch.controller.js';
import { FetchScheduler } from './fetch-scheduler.js';
import type { SourcesConfig } from '@presswatch/fetching';
import { resolveSources } from './sources.js';
import { FETCHER_CONFIG, PRODUCER, SOURCES, STATE_DATABASE } from './tokens.js';

@Module({})
class FetcherModule {
  static with(config: FetcherConfig, sources: SourcesConfig, producer: MessageProducer, database: StateDatabase): DynamicModule {
    return {
      module: FetcherModule,
      controllers: [FetchController],
      providers: [
        FetchScheduler,
        { provide: FETCHER_CONFIG, useValue: config },
        { provide: SOURCES, useValue: sources },
        { provide: PRODUCER, useValue: producer },
        { provide: STATE_DATABASE, useValue: database },
        { provide: CONTROL_TOKEN, useValue: config.CONTROL_TOKEN },
      ],
    };
  }
}

runMain(async () => {
  const config = loadFetcherConfig();
  const logger = createLogger('fetcher', config.LOG_LEVEL);
  const sources = await resolveSources(config);
  logger.info(
    { sources: sources.sources.map((source) => `${source.kind}:${source.name}`), userAgent: sources.politeness.userAgent },
    'sources loaded',
  );
  const kafka = serviceKafkaSettings(config, 'fetcher');
  await ensureTopics(kafka, serviceTopicSpecs('fetcher', config.KAFKA_PARTITIONS), logger, { create: config.KAFKA_CREATE_TOPICS });
  const database = await openStateDatabase(config.DATABASE_URL);
  const producer = new MessageProducer(createKafkaClient(kafka, logger));
  await producer.connect();
  await bootstrapService({
    service: 'fetcher',
    httpHost: config.HTTP_HOST,
    httpPort: config.HTTP_PORT,
    logLevel: config.LOG_LEVEL,
    module: (runtime) => {
      runtime.readiness.add({ name: 'database', check: () => databaseIsReachable(database) });
      return FetcherModule.with(config, sources, producer, database);
    },
  });
});
