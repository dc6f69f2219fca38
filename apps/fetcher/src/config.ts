import { resolve } from 'node:path';
import { z } from 'zod';
import { baseEnvSchema, controlTokenVar, loadConfig, portVar } from '@presswatch/service-runtime';

const optionalInt = (min: number) => z.coerce.number().int().min(min).optional();

export const fetcherEnvSchema = baseEnvSchema.extend({
  HTTP_PORT: portVar(3001),
  /** A YAML or JSON file of sources (see apps/fetcher/sources.example.yaml); unset or empty: the folder below is the one source. */
  FETCHER_SOURCES_FILE: z
    .string()
    .optional()
    .transform((file) => (file ? resolve(file) : undefined)),
  /** The local-folder source (the default source of the main job). */
  FETCHER_FOLDER: z
    .string()
    .min(1)
    .default('samples/releases')
    .transform((folder) => resolve(folder)),
  /** Source name recorded in each release; defaults to `folder:<folder name>`. */
  FETCHER_SOURCE_NAME: z.string().min(1).max(200).optional(),
  /** Seconds between runs of a source without its own interval; 0 runs one pass at start-up only. */
  FETCHER_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(300),
  DATABASE_URL: z.string().min(1).default('sqlite:.presswatch/fetcher.sqlite'),
  /** Override the sources file's politeness section. */
  FETCHER_USER_AGENT: z.string().min(1).max(300).optional(),
  FETCHER_PER_HOST_CONCURRENCY: optionalInt(1),
  FETCHER_MIN_DELAY_MS: optionalInt(0),
  FETCHER_TIMEOUT_MS: optionalInt(100),
  FETCHER_MAX_BODY_BYTES: optionalInt(1024),
  /** How often the scheduler looks for due sources. */
  FETCHER_TICK_MS: z.coerce.number().int().min(50).default(1000),
  /** Bearer token for `POST /fetch/run`; unset: the endpoint is refused. */
  CONTROL_TOKEN: controlTokenVar,
  /** A failed run is due again after this, doubling per failure up to 10 minutes, whatever the interval. */
  FETCHER_RETRY_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
});

export type FetcherConfig = z.infer<typeof fetcherEnvSchema>;
export const loadFetcherConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(fetcherEnvSchema, env);
