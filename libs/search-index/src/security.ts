import { existsSync } from 'node:fs';
import { z } from 'zod';

const empty = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

/**
 * Credentials and CA of the OpenSearch client from the environment (indexer, CLI, setup Job). Certificate
 * verification cannot be switched off: a private CA is given as a file instead.
 */
export const searchSecurityEnvShape = {
  /** Basic-auth user (production: presswatch-indexer, only `presswatch-*` writable). */
  OPENSEARCH_USERNAME: z.string().optional().transform(empty),
  OPENSEARCH_PASSWORD: z.string().optional().transform(empty),
  /** PEM file of the CA that signed OpenSearch's HTTP certificate. */
  OPENSEARCH_CA_FILE: z.string().optional().transform(empty),
};

type SecurityEnv = { [K in keyof typeof searchSecurityEnvShape]: z.output<(typeof searchSecurityEnvShape)[K]> };

/** Cross-field rules; `url` is the node URL the settings go with. */
export function checkSearchSecurity(env: SecurityEnv, url: string | undefined, context: z.RefinementCtx): void {
  const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
  if ((env.OPENSEARCH_USERNAME === undefined) !== (env.OPENSEARCH_PASSWORD === undefined)) {
    issue(
      env.OPENSEARCH_USERNAME === undefined ? 'OPENSEARCH_USERNAME' : 'OPENSEARCH_PASSWORD',
      'OPENSEARCH_USERNAME and OPENSEARCH_PASSWORD go together',
    );
  }
  const plain = url !== undefined && url.startsWith('http:');
  if (plain && env.OPENSEARCH_USERNAME !== undefined)
    issue('OPENSEARCH_USERNAME', 'credentials need an https:// OPENSEARCH_URL (basic auth over plain HTTP would expose them)');
  if (plain && env.OPENSEARCH_CA_FILE !== undefined) issue('OPENSEARCH_CA_FILE', 'a CA file needs an https:// OPENSEARCH_URL');
  if (env.OPENSEARCH_CA_FILE !== undefined && !existsSync(env.OPENSEARCH_CA_FILE))
    issue('OPENSEARCH_CA_FILE', `no such file: ${env.OPENSEARCH_CA_FILE}`);
}

export interface SearchSecurity {
  auth?: { username: string; password: string };
  caFile?: string;
}

export function searchSecurityOf(env: SecurityEnv): SearchSecurity {
  return {
    auth:
      env.OPENSEARCH_USERNAME && env.OPENSEARCH_PASSWORD
        ? { username: env.OPENSEARCH_USERNAME, password: env.OPENSEARCH_PASSWORD }
        : undefined,
    caFile: env.OPENSEARCH_CA_FILE,
  };
}

/** For tools without a service config (the CLI, the setup Job): validates or throws naming each bad variable. */
export function searchSecurityFromEnv(url: string, env: NodeJS.ProcessEnv = process.env): SearchSecurity {
  const result = z
    .object(searchSecurityEnvShape)
    .superRefine((value, context) => checkSearchSecurity(value, url, context))
    .safeParse(env);
  if (!result.success)
    throw new Error(
      `invalid OpenSearch settings:\n${result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`,
    );
  return searchSecurityOf(result.data);
}
