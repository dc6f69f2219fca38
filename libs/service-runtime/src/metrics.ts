import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ConsumedOutcome, ConsumerProgress, StageObserver } from '@presswatch/kafka-messaging';

export const METRIC_PREFIX = 'presswatch_';

export type CounterMetric = Counter<string>;
export type HistogramMetric = Histogram<string>;

/**
 * One registry per service with Prometheus conventions: project prefix, base units, `_total` counters,
 * low-cardinality labels (service, topic, outcome).
 */
export class ServiceMetrics implements StageObserver {
  readonly registry = new Registry();
  private readonly consumedTotal: Counter<'topic' | 'outcome'>;
  private readonly producedTotal: Counter<'topic'>;
  private readonly processingSeconds: Histogram<'topic'>;
  private readonly deadLettersTotal: Counter<'topic' | 'stage'>;
  private readonly rejoinsTotal: Counter<'topic'>;

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry, prefix: METRIC_PREFIX });
    this.consumedTotal = new Counter({
      name: `${METRIC_PREFIX}messages_consumed_total`,
      help: 'Kafka messages consumed, by topic and outcome (ok, dead-lettered, retried, dropped: refused by Kafka even as a dead letter).',
      labelNames: ['topic', 'outcome'],
      registers: [this.registry],
    });
    this.producedTotal = new Counter({
      name: `${METRIC_PREFIX}messages_produced_total`,
      help: 'Kafka messages produced, by topic.',
      labelNames: ['topic'],
      registers: [this.registry],
    });
    this.processingSeconds = new Histogram({
      name: `${METRIC_PREFIX}message_processing_duration_seconds`,
      help: 'Time to process one chunk of consumed messages, publishing and committing included.',
      labelNames: ['topic'],
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30],
      registers: [this.registry],
    });
    this.deadLettersTotal = new Counter({
      name: `${METRIC_PREFIX}dead_letters_total`,
      help: 'Messages sent to the dead-letter topic, by input topic and stage.',
      labelNames: ['topic', 'stage'],
      registers: [this.registry],
    });
    this.rejoinsTotal = new Counter({
      name: `${METRIC_PREFIX}consumer_rejoins_total`,
      help: 'Batches abandoned because the consumer lost its group membership (eviction, rebalance); each is redelivered after the rejoin.',
      labelNames: ['topic'],
      registers: [this.registry],
    });
  }

  /** Gauges read from the stage consumer at scrape time: group membership, stall time, lag as the consumer sees it. */
  watchConsumer(progress: ConsumerProgress): void {
    new Gauge({
      name: `${METRIC_PREFIX}consumer_group_member`,
      help: '1 when the stage consumer is a member of its consumer group, 0 while it is out (starting, rebalancing, evicted, crashed).',
      registers: [this.registry],
      collect() {
        this.set(progress.isMember() ? 1 : 0);
      },
    });
    new Gauge({
      name: `${METRIC_PREFIX}consumer_stalled_seconds`,
      help: 'Seconds the stage consumer has been out of its group, or behind without committing; /health/live fails past LIVENESS_STALL_SECONDS.',
      registers: [this.registry],
      collect() {
        this.set(progress.stalledSeconds());
      },
    });
    new Gauge({
      name: `${METRIC_PREFIX}consumer_lag_messages`,
      help: 'Messages between the committed offset and the last high watermark the consumer saw, per owned partition.',
      labelNames: ['topic', 'partition'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const position of progress.lag()) this.set({ topic: position.topic, partition: String(position.partition) }, position.lag);
      },
    });
  }

  consumed(topic: string, outcome: ConsumedOutcome, count: number): void {
    if (count > 0) this.consumedTotal.inc({ topic, outcome }, count);
  }

  produced(topic: string, count: number): void {
    if (count > 0) this.producedTotal.inc({ topic }, count);
  }

  processed(topic: string, seconds: number): void {
    this.processingSeconds.observe({ topic }, seconds);
  }

  /**
   * Series born at their first increment start above 0, and increase()/rate() cannot see that first step:
   * an alert on the first dead letter of a process would never fire. So every series of an input topic
   * exists at 0 from the subscription on.
   */
  subscribed(topic: string, stage: string): void {
    for (const outcome of ['ok', 'dead-lettered', 'retried']) this.consumedTotal.inc({ topic, outcome }, 0);
    this.deadLettersTotal.inc({ topic, stage }, 0);
  }

  deadLettered(topic: string, stage: string, count: number): void {
    if (count > 0) this.deadLettersTotal.inc({ topic, stage }, count);
  }

  rejoined(topic: string): void {
    this.rejoinsTotal.inc({ topic });
  }

  counter(name: string, help: string, labelNames: string[] = []): CounterMetric {
    return new Counter({ name: `${METRIC_PREFIX}${name}`, help, labelNames, registers: [this.registry] });
  }

  /** A service-specific histogram; buckets in the metric's base unit (seconds, documents...). */
  histogram(name: string, help: string, labelNames: string[], buckets: number[]): HistogramMetric {
    return new Histogram({ name: `${METRIC_PREFIX}${name}`, help, labelNames, buckets, registers: [this.registry] });
  }
}
