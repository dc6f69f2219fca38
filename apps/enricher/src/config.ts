import { z } from 'zod';
import { baseEnvSchema, loadConfig, portVar } from '@presswatch/service-runtime';

export const enricherEnvSchema = baseEnvSchema.extend({
  HTTP_PORT: portVar(3003),
  ENRICHER_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(200),
});

export const loadEnricherConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(enricherEnvSchema, env);
