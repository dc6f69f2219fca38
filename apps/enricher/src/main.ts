import { Module } from '@nestjs/common';
import { CONSUMER_GROUPS } from '@presswatch/contracts';
import { runMain, runStageService } from '@presswatch/service-runtime';
import { loadEnricherConfig } from './config.js';
import { EnricherController } from './enricher.controller.js';

@Module({ controllers: [EnricherController] })
class EnricherModule {}

runMain(async () => {
  const config = loadEnricherConfig();
  await runStageService({
    service: 'enricher',
    groupId: CONSUMER_GROUPS.enricher,
    config,
    batchSize: config.ENRICHER_BATCH_SIZE,
    module: () => EnricherModule,
  });
});
