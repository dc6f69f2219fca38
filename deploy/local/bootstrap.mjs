// Shared by `npm start` and `npm test`: install what is missing, build, and report progress.
// Plain Node (no dependencies): it must run on a fresh clone before `npm ci`.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const started = Date.now();

export function elapsed() {
  return `${((Date.now() - started) / 1000).toFixed(1)}s`;
}

export function say(message) {
  process.stderr.write(`[presswatch ${elapsed()}] ${message}\n`);
}

/** Runs a command, inheriting stdio unless told otherwise; rejects with the exit code on failure. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`)),
    );
  });
}

/** `npm ci` when node_modules is missing or older than the lock file. */
export async function ensureInstalled() {
  const lock = join(ROOT, 'package-lock.json');
  const marker = join(ROOT, 'node_modules', '.package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  say('installing dependencies (npm ci; the first time builds the SQLite driver, ~2 min)');
  await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Incremental TypeScript build of every project (fast when nothing changed). */
export async function build() {
  say('building (tsc -b)');
  await run(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-b', '--pretty'], { stdio: ['ignore', 'inherit', 'inherit'] });
}
