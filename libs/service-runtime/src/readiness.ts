/** A dependency check for /health/ready; liveness never runs these. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<boolean> | boolean;
}

/** Each check gets this long: the endpoint answers within a second whatever a dependency is doing. */
export const READINESS_CHECK_TIMEOUT_MS = 800;

export class ReadinessRegistry {
  private readonly checks: ReadinessCheck[] = [];

  add(check: ReadinessCheck): void {
    this.checks.push(check);
  }

  /** Runs the checks side by side; one that throws or answers too late counts as not ready. */
  async evaluate(timeoutMs: number = READINESS_CHECK_TIMEOUT_MS): Promise<{ ready: boolean; checks: Record<string, boolean> }> {
    const results = await Promise.all(this.checks.map(async (check) => [check.name, await withDeadline(check, timeoutMs)] as const));
    return { ready: results.every(([, ok]) => ok), checks: Object.fromEntries(results) };
  }
}

async function withDeadline(check: ReadinessCheck, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    return await Promise.race([
      Promise.resolve()
        .then(() => check.check())
        .catch(() => false),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
