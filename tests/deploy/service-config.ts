import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ROOT } from '../support/environment.js';
import type { ServiceName } from './manifests.js';

/**
 * The services' own environment schemas (`<service>EnvSchema` in apps/<service>/src/config.ts), read from
 * the build output at run time: the tests project may not import apps (module boundaries), but the schema
 * the service validates its environment with is the only trustworthy list of variable names and values.
 */
export interface EnvSchema {
  keys: string[];
  check(env: Record<string, string>): string[];
}

const schemaLike = z.object({
  shape: z.record(z.string(), z.unknown()),
  safeParse: z.custom<(input: unknown) => unknown>((value) => typeof value === 'function'),
});
const parseResult = z.union([
  z.object({ success: z.literal(true) }),
  z.object({
    success: z.literal(false),
    error: z.object({ issues: z.array(z.object({ path: z.array(z.unknown()), message: z.string() })) }),
  }),
]);

export async function loadEnvSchema(service: ServiceName): Promise<EnvSchema> {
  const path = join(ROOT, 'apps', service, 'dist', 'config.js');
  if (!existsSync(path)) throw new Error(`apps/${service}/dist/config.js is missing: build the services first (tsc -b apps/${service})`);
  const module: unknown = await import(pathToFileURL(path).href);
  const exported = z.record(z.string(), z.unknown()).parse(module)[`${service}EnvSchema`];
  const schema = schemaLike.parse(exported);
  return {
    keys: Object.keys(schema.shape),
    check(env) {
      const result = parseResult.parse(schema.safeParse.call(exported, env));
      return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    },
  };
}
