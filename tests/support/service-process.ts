import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './environment.js';
import { serviceNodeOptions } from './pipeline.js';

/**
 * One real service (apps/<service>/dist/main.js) as a child process with its own environment, logs to a
 * file. HTTP_HOST is left to its default: control-endpoint.test.ts checks that it is loopback.
 */
export class ServiceProcess {
  protected child: ChildProcess | undefined;
  protected exited: Promise<number | null> | undefined;
  readonly url: string;

  constructor(
    private readonly service: string,
    private readonly port: number,
    private readonly env: Record<string, string>,
    readonly logFile: string,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  /** Resolves once `path` (readiness by default) answers 200; rejects if the process exits first. */
  async start(timeoutMs = 90_000, path = '/health/ready'): Promise<void> {
    const log = createWriteStream(this.logFile, { flags: 'a' });
    const env = { ...process.env, NODE_OPTIONS: serviceNodeOptions(), HTTP_PORT: String(this.port), LOG_LEVEL: 'info', ...this.env };
    const child = spawn(process.execPath, [join(ROOT, 'apps', this.service, 'dist', 'main.js')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`${this.service} exited with ${child.exitCode} (log: ${this.logFile})`);
      if (
        await fetch(`${this.url}${path}`).then(
          (response) => response.ok,
          () => false,
        )
      )
        return;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    throw new Error(`${this.service} not ready (log: ${this.logFile})`);
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

  /** The service's Prometheus metrics as text. */
  async metrics(): Promise<string> {
    return (await fetch(`${this.url}/metrics`)).text();
  }
}
