import { Controller, Get, Header, Inject, ServiceUnavailableException } from '@nestjs/common';
import { LivenessRegistry } from './liveness.js';
import { ReadinessRegistry } from './readiness.js';
import { ServiceMetrics } from './metrics.js';

@Controller()
export class HealthController {
  constructor(
    @Inject(ReadinessRegistry) private readonly readiness: ReadinessRegistry,
    @Inject(LivenessRegistry) private readonly liveness: LivenessRegistry,
    @Inject(ServiceMetrics) private readonly metrics: ServiceMetrics,
  ) {}

  /**
   * Fails only when a restart is the cure: the consumer has been out of its group, or behind without
   * committing, for longer than LIVENESS_STALL_SECONDS. In-memory, so it answers whatever Kafka does.
   */
  @Get('health/live')
  live() {
    const result = this.liveness.evaluate();
    if (!result.live) throw new ServiceUnavailableException({ status: 'stalled', checks: result.checks });
    return { status: 'ok', checks: result.checks };
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
