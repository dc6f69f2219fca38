import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Supervisor, type ServiceName } from './supervisor.js';

export interface StackSettings {
  kafkaBrokers: string;
  opensearchUrl: string;
  basePort: number;
  workDir: string;
  services: ServiceName[];
  /** Settings every service gets on top of the defaults (e.g. a short session for the quick scenarios). */
  extraEnv?: Record<string, string>;
  servicesRoot?: string;
}

/** The services under supervision, wired to the given Kafka and OpenSearch, each with its own SQLite file. */
export function supervisedStack(settings: StackSettings): Supervisor {
  const emptyFolder = join(settings.workDir, 'no-releases');
  mkdirSync(emptyFolder, { recursive: true });
  return new Supervisor({
    services: settings.services,
    basePort: settings.basePort,
    logDir: join(settings.workDir, 'logs'),
    ...(settings.servicesRoot ? { servicesRoot: settings.servicesRoot } : {}),
    env: (service) => ({
      KAFKA_BROKERS: settings.kafkaBrokers,
      OPENSEARCH_URL: settings.opensearchUrl,
      FETCHER_FOLDER: emptyFolder,
      FETCHER_INTERVAL_SECONDS: '0',
      DATABASE_URL: `sqlite:${join(settings.workDir, `${service}.sqlite`)}`,
      LOG_LEVEL: 'info',
      ...settings.extraEnv,
    }),
  });
}
