import { z } from 'zod';
import {
  DEFAULT_OPENSEARCH_URL,
  RELEASES_ALIAS,
  indexSettingsEnvShape,
  checkSearchSecurity,
  searchSecurityEnvShape,
} from '@presswatch/search-index';
import { baseEnvSchema, loadConfig, portVar } from '@presswatch/service-runtime';

export const indexerEnvSchema = baseEnvSchema
  .extend({
    HTTP_PORT: portVar(3004),
    OPENSEARCH_URL: z.url().default(DEFAULT_OPENSEARCH_URL),
    /** The alias analysts query and the indexer writes through (its indices are `<alias>-v<N>`). */
    INDEX_ALIAS: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lowercase index name')
      .default(RELEASES_ALIAS),
    ...indexSettingsEnvShape,
    /** Documents per bulk request. */
    INDEXER_BULK_SIZE: z.coerce.number().int().min(1).max(10_000).default(500),
    /** How long a partial bulk waits for more partitions' messages before it goes out. */
    INDEXER_LINGER_MS: z.coerce.number().int().min(0).max(5000).default(50),
    /** Attempts at the failed items of one bulk before the whole batch is handed back for a later retry. */
    INDEXER_ITEM_RETRIES: z.coerce.number().int().min(0).max(20).default(5),
    /** How long one bulk request may take before OpenSearch counts as unavailable (a hung node). */
    INDEXER_BULK_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(10_000),
    ...searchSecurityEnvShape,
  })
  .superRefine((config, context) => checkSearchSecurity(config, config.OPENSEARCH_URL, context))
  .refine((config) => config.INDEXER_BULK_TIMEOUT_MS * 2 <= config.KAFKA_SESSION_TIMEOUT_MS, {
    path: ['INDEXER_BULK_TIMEOUT_MS'],
    message: 'must be at most half of KAFKA_SESSION_TIMEOUT_MS, so a hung bulk request never outlasts the consumer session',
  });

export type IndexerConfig = z.infer<typeof indexerEnvSchema>;
export const loadIndexerConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(indexerEnvSchema, env);
