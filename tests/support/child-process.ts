import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './environment.js';

export interface Finished {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node ARGS` in the workspace with extra environment (undefined removes a variable); collects its output. */
export function runNode(args: string[], env: Record<string, string | undefined> = {}): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The built CLI (apps/cli/dist/main.js), as `npm run cli` runs it. */
export function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<Finished> {
  return runNode([join(ROOT, 'apps', 'cli', 'dist', 'main.js'), ...args], env);
}
