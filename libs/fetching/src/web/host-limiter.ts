import { sleep } from '@presswatch/timing';

interface HostState {
  active: number;
  /** When the last request actually started. */
  lastStartAt: number;
  /** No request before this time (Retry-After). */
  blockedUntil: number;
  waiting: (() => void)[];
}

export interface HostLimits {
  /** Requests in flight per host at most. */
  concurrency: number;
  /** Minimum ms between the starts of two requests to the same host. */
  minDelayMs: number;
}

/**
 * Politeness per host, shared by every source of the process: at most `concurrency` requests in flight and
 * starts spaced by at least `minDelayMs` (or the host's robots.txt Crawl-delay, when larger).
 */
export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();
  private readonly delays = new Map<string, number>();

  constructor(private readonly limits: HostLimits) {}

  /** Raises the spacing of one host (robots.txt Crawl-delay); never lowers it below the configured minimum. */
  setHostDelay(host: string, delayMs: number): void {
    this.delays.set(host, Math.max(this.limits.minDelayMs, delayMs));
  }

  /** Holds every request to a host until `ms` from now (a 429 or 503 with Retry-After concerns the whole host). */
  deferHost(host: string, ms: number): void {
    const state = this.state(host);
    state.blockedUntil = Math.max(state.blockedUntil, Date.now() + ms);
  }

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const state = this.state(host);
    while (state.active >= this.limits.concurrency) await new Promise<void>((resolve) => state.waiting.push(resolve));
    state.active++;
    try {
      // Re-checked after every wait: timers fire late, and another task may have started meanwhile.
      for (;;) {
        const delay = this.delays.get(host) ?? this.limits.minDelayMs;
        const wait = Math.max(state.lastStartAt + delay, state.blockedUntil) - Date.now();
        if (wait <= 0) break;
        await sleep(wait);
      }
      state.lastStartAt = Date.now();
      return await task();
    } finally {
      state.active--;
      state.waiting.shift()?.();
    }
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) this.hosts.set(host, (state = { active: 0, lastStartAt: 0, blockedUntil: 0, waiting: [] }));
    return state;
  }
}
