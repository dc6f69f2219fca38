import { Module, type DynamicModule } from '@nestjs/common';
import { CONSUMER_GROUPS } from '@presswatch/contracts';
import { TemplateStore, databaseIsReachable, openStateDatabase, type StateDatabase } from '@presswatch/pipeline-state';
import { runMain, runStageService } from '@presswatch/service-runtime';
import { loadCleanerConfig } from './config.js';
import { CleanerController } from './cleaner.controller.js';
import { SourceTemplates } from './source-templates.js';
import { TEMPLATE_STORE } from './tokens.js';

@Module({})
class CleanerModule {
  static with(database: StateDatabase): DynamicModule {
    return {
      module: CleanerModule,
      controllers: [CleanerController],
      providers: [SourceTemplates, { provide: TEMPLATE_STORE, useValue: new TemplateStore(database) }],
    };
  }
}

runMain(async () => {
  const config = loadCleanerConfig();
  const database = await openStateDatabase(config.DATABASE_URL);
  await runStageService({
    service: 'cleaner',
    groupId: CONSUMER_GROUPS.cleaner,
    config,
    batchSize: config.CLEANER_BATCH_SIZE,
    module: (runtime) => {
      runtime.readiness.add({ name: 'database', check: () => databaseIsReachable(database) });
      return CleanerModule.with(database);
    },
  });
});
