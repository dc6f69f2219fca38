export * from './config.js';
export { createLogger, NestPinoLogger, type Logger } from './logger.js';
export { ServiceMetrics, METRIC_PREFIX, type CounterMetric, type HistogramMetric } from './metrics.js';
export { ReadinessRegistry, READINESS_CHECK_TIMEOUT_MS, type ReadinessCheck } from './readiness.js';
export { LivenessRegistry, type LivenessCheck } from './liveness.js';
export { ServiceRuntimeModule, LOGGER, type RuntimeContext } from './runtime.module.js';
export { bootstrapService, runMain, type ServiceDefinition, type RunningService } from './bootstrap.js';
export { runStageService, type StageServiceConfig, type StageServiceOptions } from './stage-service.js';
export { ControlTokenGuard, CONTROL_TOKEN, controlTokenVar, tokenMatches } from './control-token.guard.js';
