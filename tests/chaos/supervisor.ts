import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/environment.js';
import { serviceNodeOptions } from '../support/pipeline.js';

/** The manifests' startupProbe: 60 failures 2 s apart before liveness counts. */
const STARTUP_ALLOWANCE_MS = 120_000;

export type ServiceName = 'fetcher' | 'cleaner' | 'enricher' | 'indexer';
export const SERVICE_NAMES: ServiceName[] = ['fetcher', 'cleaner', 'enricher', 'indexer'];

export interface SupervisorOptions {
  services: ServiceName[];
  basePort: number;
  logDir: string;
  env: (service: ServiceName) => Record<string, string>;
  /** Checkout whose built services run (default: this one), e.g. to measure the code before a change. */
  servicesRoot?: string;
  /**
   * Liveness probing as the Kubernetes manifests set it: every 10 s, 3 s timeout, restart after 3 failures,
   * counted once the process answered a first time or after the start-up allowance (the startupProbe's 2 min).
   */
  probePeriodMs?: number;
  probeTimeoutMs?: number;
  probeFailures?: number;
}

interface Managed {
  service: ServiceName;
  port: number;
  child: ChildProcess | undefined;
  exited: Promise<void>;
  failures: number;
  spawnedAt: number;
  /** Answered /health/live since its last start: the startup probe passed. */
  started: boolean;
  /** Extra environment for the next starts (a scenario's own settings). */
  overrides: Record<string, string>;
}

/**
 * Runs the services as an orchestrator would: a process that exits is started again, and one whose
 * /health/live fails three probes in a row is killed and started again. These restarts are automatic
 * (counted, never a manual step); the harness signals processes only to inject faults.
 */
export class Supervisor {
  private readonly managed: Managed[];
  private readonly restartCounts = new Map<ServiceName, number>();
  private timer: NodeJS.Timeout | undefined;
  private stopping = false;

  constructor(private readonly options: SupervisorOptions) {
    mkdirSync(options.logDir, { recursive: true });
    this.managed = options.services.map((service) => ({
      service,
      port: options.basePort + SERVICE_NAMES.indexOf(service),
      child: undefined,
      exited: Promise.resolve(),
      failures: 0,
      spawnedAt: 0,
      started: false,
      overrides: {},
    }));
  }

  url(service: ServiceName): string {
    return `http://127.0.0.1:${this.entry(service).port}`;
  }

  /** Automatic restarts so far (process exits and failed liveness), per service. */
  restarts(): Map<ServiceName, number> {
    return new Map(this.restartCounts);
  }

  async start(): Promise<void> {
    for (const entry of this.managed) this.spawn(entry);
    await Promise.all(this.managed.map((entry) => this.waitReady(entry.service)));
    const period = this.options.probePeriodMs ?? 10_000;
    this.timer = setInterval(() => void this.probe(), period);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    await Promise.all(this.managed.map((entry) => this.terminate(entry)));
  }

  /** kill -9 of a service (the orchestrator starts it again). */
  kill(service: ServiceName): void {
    this.entry(service).child?.kill('SIGKILL');
  }

  /** SIGSTOP then SIGCONT after `ms`: the process freezes, as in a long GC pause. */
  async freeze(service: ServiceName, ms: number): Promise<void> {
    const child = this.entry(service).child;
    child?.kill('SIGSTOP');
    await new Promise((resolve) => setTimeout(resolve, ms));
    child?.kill('SIGCONT');
  }

  /** A deliberate restart (not counted), e.g. to start the fetcher's start-up pass or change settings. */
  async restart(service: ServiceName, overrides?: Record<string, string>): Promise<void> {
    const entry = this.entry(service);
    if (overrides) entry.overrides = overrides;
    await this.terminate(entry);
    this.spawn(entry);
    await this.waitReady(service);
  }

  /** Restarts the service with these settings unless it already runs with them. */
  async ensureSettings(service: ServiceName, overrides: Record<string, string>): Promise<void> {
    const entry = this.entry(service);
    const effective = (extra: Record<string, string>) => JSON.stringify(Object.entries({ ...this.options.env(service), ...extra }).sort());
    if (effective(entry.overrides) !== effective(overrides)) await this.restart(service, overrides);
  }

  async waitReady(service: ServiceName, timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await this.answers(service, '/health/ready', 3000)) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`${service} not ready after ${timeoutMs / 1000}s (log: ${join(this.options.logDir, `${service}.log`)})`);
  }

  async answers(service: ServiceName, path: string, timeoutMs: number): Promise<boolean> {
    try {
      const response = await fetch(`${this.url(service)}${path}`, { signal: AbortSignal.timeout(timeoutMs) });
      await response.arrayBuffer();
      return response.ok;
    } catch {
      return false;
    }
  }

  private entry(service: ServiceName): Managed {
    const found = this.managed.find((entry) => entry.service === service);
    if (!found) throw new Error(`${service} is not supervised`);
    return found;
  }

  private spawn(entry: Managed): void {
    const log = createWriteStream(join(this.options.logDir, `${entry.service}.log`), { flags: 'a' });
    const root = this.options.servicesRoot ?? ROOT;
    const child = spawn(process.execPath, [join(root, 'apps', entry.service, 'dist', 'main.js')], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_OPTIONS: serviceNodeOptions(),
        HTTP_HOST: '127.0.0.1',
        HTTP_PORT: String(entry.port),
        ...this.options.env(entry.service),
        ...entry.overrides,
      },
    });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    entry.child = child;
    entry.failures = 0;
    entry.spawnedAt = Date.now();
    entry.started = false;
    entry.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.once('exit', () => {
      if (this.stopping || entry.child !== child) return;
      // restartPolicy: Always. The pause keeps a crash loop visible instead of spinning.
      this.count(entry.service);
      setTimeout(() => {
        if (!this.stopping && entry.child === child) this.spawn(entry);
      }, 1000);
    });
  }

  private async terminate(entry: Managed): Promise<void> {
    const child = entry.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    entry.child = undefined;
    child.kill('SIGCONT');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await entry.exited;
    clearTimeout(timer);
  }

  private async probe(): Promise<void> {
    const threshold = this.options.probeFailures ?? 3;
    await Promise.all(
      this.managed.map(async (entry) => {
        const child = entry.child;
        if (this.stopping || !child || child.exitCode !== null) return;
        if (await this.answers(entry.service, '/health/live', this.options.probeTimeoutMs ?? 3000)) {
          entry.failures = 0;
          entry.started = true;
          return;
        }
        if (!entry.started && Date.now() - entry.spawnedAt < STARTUP_ALLOWANCE_MS) return;
        if (++entry.failures >= threshold && entry.child === child) {
          // Like a failed livenessProbe: the container is killed; the exit handler starts it again.
          child.kill('SIGCONT');
          child.kill('SIGKILL');
        }
      }),
    );
  }

  private count(service: ServiceName): void {
    this.restartCounts.set(service, (this.restartCounts.get(service) ?? 0) + 1);
  }
}
