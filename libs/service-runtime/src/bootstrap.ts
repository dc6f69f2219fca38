import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { KafkaStageServer, type StageServerOptions } from '@presswatch/kafka-messaging';
import { ServiceRuntimeModule, type RuntimeContext } from './runtime.module.js';
import { NestPinoLogger, createLogger } from './logger.js';
import { ServiceMetrics } from './metrics.js';
import { LivenessRegistry } from './liveness.js';
import { ReadinessRegistry } from './readiness.js';

export interface ServiceDefinition {
  service: string;
  httpHost: string;
  httpPort: number;
  logLevel: string;
  /** Builds the app's root module around the runtime (metrics, readiness, logger). */
  module: (runtime: RuntimeContext) => unknown;
  /** For consuming stages: the Kafka transport options (the server is created and wired here). */
  stage?: Omit<StageServerOptions, 'logger' | 'observer'>;
  /** Consuming stages: liveness fails after the consumer is stalled this long (LIVENESS_STALL_SECONDS). */
  livenessStallSeconds?: number;
}

export interface RunningService {
  app: INestApplication;
  runtime: RuntimeContext;
  url: string;
}

/**
 * Starts a hybrid NestJS app: the Kafka stage transport (if any) next to a small HTTP listener for health
 * and metrics. HTTP listens first, so health answers while the consumer joins its group (which waits for
 * the session of a killed predecessor to expire: tens of seconds). Shutdown hooks close the consumer before
 * the producer, so in-flight work is committed or redelivered, never half-done.
 */
export async function bootstrapService(definition: ServiceDefinition): Promise<RunningService> {
  const logger = createLogger(definition.service, definition.logLevel);
  const runtime: RuntimeContext = {
    metrics: new ServiceMetrics(definition.service),
    readiness: new ReadinessRegistry(),
    liveness: new LivenessRegistry(),
    logger,
  };
  const root = definition.module(runtime);
  const app = await NestFactory.create(
    { module: class RootModule {}, imports: [ServiceRuntimeModule.forRoot(runtime), root as never] },
    { logger: new NestPinoLogger(logger) },
  );
  app.enableShutdownHooks();
  if (definition.stage) {
    const server = new KafkaStageServer({ ...definition.stage, logger, observer: runtime.metrics });
    runtime.readiness.add({ name: 'kafka-consumer', check: () => server.consumerState === 'running' });
    const windowMs = (definition.livenessStallSeconds ?? 300) * 1000;
    runtime.liveness.add({ name: 'kafka-consumer', check: () => server.progress.verdict(windowMs) });
    runtime.metrics.watchConsumer(server.progress);
    app.connectMicroservice({ strategy: server });
  }
  await app.listen(definition.httpPort, definition.httpHost);
  const url = await app.getUrl();
  logger.info({ url }, `${definition.service} listening`);
  await app.startAllMicroservices();
  return { app, runtime, url };
}

/** Entry-point wrapper: configuration and start-up errors end the process with a clear message and code 1. */
export function runMain(main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
