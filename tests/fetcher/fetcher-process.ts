import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/environment.js';

/** The real fetcher service (apps/fetcher/dist/main.js) as a child process, logs to a file. */
export class FetcherProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<void> | undefined;
  readonly url: string;

  constructor(
    private readonly port: number,
    private readonly env: Record<string, string>,
    private readonly logFile: string,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  /** Starts the service and waits until it answers `path` (readiness by default) with 200. */
  async start(timeoutMs = 60_000, path = '/health/ready'): Promise<void> {
    const log = createWriteStream(this.logFile, { flags: 'a' });
    const child = spawn(process.execPath, [join(ROOT, 'apps', 'fetcher', 'dist', 'main.js')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HTTP_HOST: '127.0.0.1', HTTP_PORT: String(this.port), LOG_LEVEL: 'info', ...this.env },
    });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`fetcher exited with ${child.exitCode} (log: ${this.logFile})`);
      const ready = await fetch(`${this.url}${path}`).then((response) => response.ok, () => false);
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`fetcher not ready (log: ${this.logFile})`);
  }

  /** SIGKILL: a crash, nothing flushed. */
  async kill(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exited;
  }

  async stop(): Promise<void> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(timer);
  }

  async lastRuns(): Promise<{ source: string; status: string; stats: Record<string, unknown> }[]> {
    const response = await fetch(`${this.url}/fetch/last`);
    return ((await response.json()) as { runs: { source: string; status: string; stats: Record<string, unknown> }[] }).runs;
  }
}
