import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
// deploy/local is the plain-Node tooling behind `npm start`; the end-to-end tests drive the services the
// same way. Loaded by path at run time because the compiled tests live one folder deeper than the source.
// eslint-disable-next-line @nx/enforce-module-boundaries
import type * as Pipeline from '../../deploy/local/pipeline.mjs';
import { ROOT } from './environment.js';

export type RunningServices = Pipeline.RunningServices;
export const pipeline = (await import(pathToFileURL(join(ROOT, 'deploy', 'local', 'pipeline.mjs')).href)) as typeof Pipeline;

/** NODE_OPTIONS for a service a test starts itself: the services' shared flags (as `npm start` gives them), then this process's own. */
export function serviceNodeOptions(): string {
  return [pipeline.serviceNodeOptions(), process.env.NODE_OPTIONS ?? ''].join(' ').trim();
}
