import { Controller, Get, Header, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ReadinessRegistry } from './readiness.js';
import { ServiceMetrics } from './metrics.js';

@Controller()
export class HealthController {
  constructor(
    @Inject(ReadinessRegistry) private readonly readiness: ReadinessRegistry,
    @Inject(ServiceMetrics) private readonly metrics: ServiceMetrics,
  ) {}

  /** Answers as long as the process serves HTTP: restarting it would not fix a dependency outage. */
  @Get('health/live')
  live() {
    return { status: 'ok' };
  }

  @Get('health/ready')
  async ready() {
    const result = await this.readiness.evaluate();
    if (!result.ready) throw new ServiceUnavailableException({ status: 'unavailable', checks: result.checks });
    return { status: 'ok', checks: result.checks };
  }

  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
