import { resolve } from 'node:path';
import { z } from 'zod';
import { baseEnvSchema, loadConfig, portVar } from '@presswatch/service-runtime';

export const fetcherEnvSchema = baseEnvSchema.extend({
  HTTP_PORT: portVar(3001),
  /** The local-folder source (the default source of the main job). */
  FETCHER_FOLDER: z.string().min(1).default('samples/releases').transform((folder) => resolve(folder)),
  /** Source name recorded in each release; defaults to `folder:<folder name>`. */
  FETCHER_SOURCE_NAME: z.string().min(1).max(200).optional(),
  /** Seconds between passes over the sources; 0 runs one pass at start-up only. */
  FETCHER_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(300),
  DATABASE_URL: z.string().min(1).default('sqlite:.presswatch/fetcher.sqlite'),
});

export type FetcherConfig = z.infer<typeof fetcherEnvSchema>;
export const loadFetcherConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(fetcherEnvSchema, env);
