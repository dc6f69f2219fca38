/*
 * `enrich-ab` runs under the services' V8 flags (the presswatch-common ConfigMap's NODE_OPTIONS, as
 * deploy/local/pipeline.mjs gives every service): with V8's default young generation it collected about
 * four times as often as the enricher service does, so its figures did not mean what the service sees.
 * Started without them, the bench runs itself again in a child with them.
 */
import { spawnSync } from 'node:child_process';

/** Set in the child, so it does not start another one. */
const MARK = 'PRESSWATCH_BENCH_SERVICE_FLAGS';

/** The flags of `serviceOptions` (a NODE_OPTIONS value) that this process was not started with. */
export function missingFlags(serviceOptions: string, execArgv: readonly string[]): string[] {
  return serviceOptions.split(/\s+/).filter((flag) => flag !== '' && !execArgv.includes(flag));
}

/**
 * Null when this process already runs with the services' flags (or is the child); else the exit code of
 * the same command run in a child with them, its output inherited. `--no-service-flags` keeps V8's defaults.
 */
export function rerunWithServiceFlags(serviceOptions: string, argv: readonly string[]): number | null {
  if (process.env[MARK] === '1' || argv.includes('--no-service-flags')) return null;
  const missing = missingFlags(serviceOptions, process.execArgv);
  if (missing.length === 0) return null;
  const child = spawnSync(process.execPath, [...process.execArgv, ...missing, ...argv], {
    stdio: 'inherit',
    env: { ...process.env, [MARK]: '1' },
  });
  return child.status ?? 1;
}
