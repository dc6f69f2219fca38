import { HEADERS, RELEASE_TOPIC_MAX_MESSAGE_BYTES, TOPICS, type RawRelease } from '@presswatch/contracts';
import { childTraceparent, type OutgoingMessage } from '@presswatch/kafka-messaging';
import { backoffDelayMs, sleep } from '@presswatch/timing';
import { releaseMessageValue } from '../release-message.js';

/** The producer side the publisher needs (MessageProducer). */
export interface RawProducer {
  sendOrRefuse(messages: OutgoingMessage[]): Promise<{ message: OutgoingMessage; reason: string }[]>;
}

export interface RefusedRelease {
  id: string;
  reason: string;
}

export interface ReleasePublisherOptions {
  /** Largest release message (JSON bytes) published (MAX_RELEASE_BYTES); larger ones are refused here. */
  maxReleaseBytes: number;
  /** Aborts the retries when the service shuts down. */
  signal: AbortSignal;
  /** Message bytes per produce request at most (a request holds at least one message). */
  requestBytes?: number;
  retryInitialMs?: number;
  retryMaxMs?: number;
  onRetry?: (attempt: number, delayMs: number, error: string) => void;
}

/**
 * A source's messages go to one partition, so one produce request is one record batch, which the broker
 * refuses above the topic's max.message.bytes (4 MiB). Three quarters of it leaves room for each record's
 * key, headers and framing (about 250 bytes) in a batch of hundreds.
 */
const DEFAULT_REQUEST_BYTES = (RELEASE_TOPIC_MAX_MESSAGE_BYTES * 3) / 4;

/**
 * Publishes raw releases, each with a new trace, to the raw topic, keyed by source. While Kafka is unavailable it retries
 * with jittered backoff until Kafka takes them or the service stops, so a broker outage delays a pass
 * instead of ending it. What can never be published (over the size limit, refused by the broker) is
 * returned with the reason, for the run to report, and the rest goes on.
 */
export class ReleasePublisher {
  private failing: number | null = null;

  constructor(
    private readonly producer: RawProducer,
    private readonly options: ReleasePublisherOptions,
  ) {}

  /** Since when publishing has been failing (epoch ms), or null while Kafka takes what it is given. */
  get failingSince(): number | null {
    return this.failing;
  }

  async publish(releases: RawRelease[], onRetry: () => void = () => undefined): Promise<RefusedRelease[]> {
    const refused: RefusedRelease[] = [];
    const requests: OutgoingMessage[][] = [[]];
    const idOf = new Map<OutgoingMessage, string>();
    const { requestBytes = DEFAULT_REQUEST_BYTES } = this.options;
    let requestSize = 0;
    for (const release of releases) {
      // As bytes: measured here and by the producer without encoding the text again.
      const value = releaseMessageValue(release);
      const bytes = value.length;
      if (bytes > this.options.maxReleaseBytes) {
        refused.push({
          id: release.id,
          reason: `oversized: ${bytes} bytes, over the ${this.options.maxReleaseBytes}-byte limit (MAX_RELEASE_BYTES)`,
        });
        continue;
      }
      // Keyed by source: one partition holds a source's whole stream, in order, so the one cleaner owning it
      // learns the source's template from every release whatever the number of replicas.
      const message = {
        topic: TOPICS.raw,
        key: release.source,
        value,
        headers: {
          [HEADERS.traceparent]: childTraceparent(undefined),
          [HEADERS.schemaVersion]: String(release.schemaVersion),
          [HEADERS.releaseId]: release.id,
        },
      };
      // Checked before adding, by the exact bytes sent: the message that would overflow opens the next request.
      let request = requests[requests.length - 1]!;
      if (request.length > 0 && requestSize + bytes > requestBytes) {
        requests.push((request = []));
        requestSize = 0;
      }
      request.push(message);
      requestSize += bytes;
      idOf.set(message, release.id);
    }
    for (const request of requests) {
      const rejected = await this.send(request, onRetry);
      refused.push(...rejected.map((entry) => ({ id: idOf.get(entry.message)!, reason: `refused by Kafka: ${entry.reason}` })));
    }
    return refused;
  }

  /** One produce request, retried until Kafka takes it or the service stops (at least once). */
  private async send(messages: OutgoingMessage[], onRetry: () => void): Promise<{ message: OutgoingMessage; reason: string }[]> {
    if (messages.length === 0) return [];
    const { retryInitialMs = 500, retryMaxMs = 30_000 } = this.options;
    for (let attempt = 0; ; attempt++) {
      try {
        const rejected = await this.producer.sendOrRefuse(messages);
        this.failing = null;
        return rejected;
      } catch (error) {
        this.failing ??= Date.now();
        const delay = backoffDelayMs(attempt, retryInitialMs, retryMaxMs);
        onRetry();
        this.options.onRetry?.(attempt, delay, (error as Error).message);
        await sleep(delay, this.options.signal);
      }
    }
  }
}
