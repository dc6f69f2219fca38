import { z } from 'zod';
import { baseEnvSchema, loadConfig, portVar } from '@presswatch/service-runtime';

export const cleanerEnvSchema = baseEnvSchema.extend({
  HTTP_PORT: portVar(3002),
  CLEANER_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(200),
  /** Where the learned source templates are kept: `sqlite:<file>` or `postgres://...`. */
  DATABASE_URL: z.string().min(1).default('sqlite:.presswatch/cleaner.sqlite'),
});

export const loadCleanerConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(cleanerEnvSchema, env);
