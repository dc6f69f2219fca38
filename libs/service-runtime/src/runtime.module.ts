import { Global, Module, type DynamicModule } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { LivenessRegistry } from './liveness.js';
import { ReadinessRegistry } from './readiness.js';
import { ServiceMetrics } from './metrics.js';
import type { Logger } from './logger.js';

export const LOGGER = Symbol('LOGGER');

export interface RuntimeContext {
  metrics: ServiceMetrics;
  readiness: ReadinessRegistry;
  liveness: LivenessRegistry;
  logger: Logger;
}

/** Health (liveness, readiness) and metrics endpoints plus the shared logger, registered once per service. */
@Global()
@Module({})
export class ServiceRuntimeModule {
  static forRoot(context: RuntimeContext): DynamicModule {
    return {
      module: ServiceRuntimeModule,
      controllers: [HealthController],
      providers: [
        { provide: ServiceMetrics, useValue: context.metrics },
        { provide: ReadinessRegistry, useValue: context.readiness },
        { provide: LivenessRegistry, useValue: context.liveness },
        { provide: LOGGER, useValue: context.logger },
      ],
      exports: [ServiceMetrics, ReadinessRegistry, LivenessRegistry, LOGGER],
    };
  }
}
