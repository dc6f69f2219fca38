import { Module } from '@nestjs/common';
import { CONSUMER_GROUPS } from '@presswatch/contracts';
import { runMain, runStageService } from '@presswatch/service-runtime';
import { loadCleanerConfig } from './config.js';
import { CleanerController } from './cleaner.controller.js';

@Module({ controllers: [CleanerController] })
class CleanerModule {}

runMain(async () => {
  const config = loadCleanerConfig();
  await runStageService({ service: 'cleaner', groupId: CONSUMER_GROUPS.cleaner, config, batchSize: config.CLEANER_BATCH_SIZE, module: () => CleanerModule });
});
