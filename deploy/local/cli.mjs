#!/usr/bin/env node
// `npm run --silent cli -- ...`: installs dependencies on a fresh clone, builds the CLI (incremental, quiet
// when up to date), then runs it. Only the CLI itself writes to stdout.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, ensureInstalled, run } from './bootstrap.mjs';

try {
  await ensureInstalled();
  await run(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-b', 'apps/cli'], { stdio: ['ignore', process.stderr, 'inherit'] });
} catch (error) {
  process.stderr.write(`cli: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const child = spawn(process.execPath, [join(ROOT, 'apps', 'cli', 'dist', 'main.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
