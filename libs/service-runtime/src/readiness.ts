/** A dependency check for /health/ready; liveness never runs these. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<boolean> | boolean;
}

export class ReadinessRegistry {
  private readonly checks: ReadinessCheck[] = [];

  add(check: ReadinessCheck): void {
    this.checks.push(check);
  }

  async evaluate(): Promise<{ ready: boolean; checks: Record<string, boolean> }> {
    const results = await Promise.all(
      this.checks.map(async (check) => [check.name, await Promise.resolve(check.check()).catch(() => false)] as const),
    );
    return { ready: results.every(([, ok]) => ok), checks: Object.fromEntries(results) };
  }
}
