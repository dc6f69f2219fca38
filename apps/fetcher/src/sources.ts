import { DEFAULT_POLITENESS, folderSourceName, loadSourcesFile, type SourcesConfig } from '@presswatch/fetching';
import type { FetcherConfig } from './config.js';

/** The sources file when one is given, else the folder source of the main job; env overrides politeness. */
export async function resolveSources(config: FetcherConfig): Promise<SourcesConfig> {
  const overrides = {
    userAgent: config.FETCHER_USER_AGENT,
    concurrency: config.FETCHER_PER_HOST_CONCURRENCY,
    minDelayMs: config.FETCHER_MIN_DELAY_MS,
    timeoutMs: config.FETCHER_TIMEOUT_MS,
    maxBodyBytes: config.FETCHER_MAX_BODY_BYTES,
  };
  if (config.FETCHER_SOURCES_FILE) return loadSourcesFile(config.FETCHER_SOURCES_FILE, overrides);
  const politeness = { ...DEFAULT_POLITENESS, ...Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)) };
  return {
    politeness,
    sources: [
      {
        kind: 'folder',
        name: config.FETCHER_SOURCE_NAME ?? folderSourceName(config.FETCHER_FOLDER),
        path: config.FETCHER_FOLDER,
        intervalSeconds: config.FETCHER_INTERVAL_SECONDS,
        allowPrivate: false,
        enabled: true,
      },
    ],
  };
}
