import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The workspace root: the nearest folder above this file (source or build output) holding nx.json. */
function findRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'nx.json'))) return dir;
  throw new Error(`no nx.json above ${from}`);
}

export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/**
 * Integration tests run against the real Kafka, OpenSearch and PostgreSQL that `npm test` starts; run
 * alone they fail with this message instead of skipping, so a green run always means they ran.
 */
export function requireEnv(
  name: 'PRESSWATCH_TEST_KAFKA' | 'PRESSWATCH_TEST_OPENSEARCH' | 'PRESSWATCH_TEST_POSTGRES' | 'PRESSWATCH_TEST_KAFKA_CREDENTIALS',
): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the integration tests through \`npm test\`, which starts the infrastructure`);
  return value;
}

/**
 * A fixed test port moved by TEST_PORT_OFFSET, so that two checkouts can run their suites side by side
 * (each with its own TEST_INFRA_NAME and infrastructure ports).
 */
export function testPort(port: number): number {
  return port + Number(process.env.TEST_PORT_OFFSET ?? 0);
}
