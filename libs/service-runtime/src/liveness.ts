/** A check for /health/live: in-memory only, so liveness answers at once whatever the dependencies do. */
export interface LivenessCheck {
  name: string;
  check(): { live: boolean; reason: string | null };
}

export class LivenessRegistry {
  private readonly checks: LivenessCheck[] = [];

  add(check: LivenessCheck): void {
    this.checks.push(check);
  }

  evaluate(): { live: boolean; checks: Record<string, string> } {
    const results = this.checks.map((entry) => [entry.name, entry.check()] as const);
    return {
      live: results.every(([, verdict]) => verdict.live),
      checks: Object.fromEntries(results.map(([name, verdict]) => [name, verdict.live ? 'ok' : (verdict.reason ?? 'failing')])),
    };
  }
}
