import type { Kafka, Producer } from 'kafkajs';
import kafkajs from 'kafkajs';
import { describeError, messageRefused } from './kafka-errors.js';
import type { OutgoingMessage } from './types.js';

const { CompressionTypes } = kafkajs;

/**
 * A producer that waits for all in-sync replicas: a send resolves only once Kafka holds the messages, which
 * is what lets consumers commit their input offsets afterwards. Not idempotent on purpose: delivery is
 * at-least-once end to end and deterministic document ids make duplicates harmless, while kafkajs's
 * idempotence would need unbounded retries that hide an outage from the stage's own retry loop.
 * Uncompressed: gzip (the only codec kafkajs ships) cost ~0.12 ms of CPU per ~4 KB release at each of the
 * three hops, plus the broker's and the consumers' decompression, against the network and disk it saved.
 */
export class MessageProducer {
  private readonly producer: Producer;
  private connected = false;

  constructor(kafka: Kafka) {
    this.producer = kafka.producer({ maxInFlightRequests: 1, allowAutoTopicCreation: false });
  }

  async connect(): Promise<void> {
    if (this.connected) return;
    await this.producer.connect();
    this.connected = true;
  }

  async send(messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const message of messages) {
      const list = byTopic.get(message.topic);
      if (list) list.push(message);
      else byTopic.set(message.topic, [message]);
    }
    await this.producer.sendBatch({
      acks: -1,
      compression: CompressionTypes.None,
      topicMessages: [...byTopic].map(([topic, list]) => ({
        topic,
        messages: list.map((message) => ({
          key: message.key,
          // Bytes, encoded once: given a string, kafkajs measures its UTF-8 length twice, then encodes it.
          value: typeof message.value === 'string' ? Buffer.from(message.value, 'utf8') : message.value,
          headers: { ...message.rawHeaders, ...message.headers },
        })),
      })),
    });
  }

  /**
   * Sends the messages; those the broker refuses for good (too large, malformed) are returned with the
   * reason instead of failing the rest. A refusal of the whole request is narrowed down by sending one
   * message at a time, since the broker may refuse a batch only because of its combined size. Outages
   * still throw, so the caller retries (messages already sent are then sent again: at least once).
   */
  async sendOrRefuse(messages: OutgoingMessage[]): Promise<{ message: OutgoingMessage; reason: string }[]> {
    try {
      await this.send(messages);
      return [];
    } catch (error) {
      if (!messageRefused(error)) throw error;
    }
    const refused: { message: OutgoingMessage; reason: string }[] = [];
    for (const message of messages) {
      try {
        await this.send([message]);
      } catch (error) {
        if (!messageRefused(error)) throw error;
        refused.push({ message, reason: describeError(error) });
      }
    }
    return refused;
  }

  async disconnect(): Promise<void> {
    if (!this.connected) return;
    this.connected = false;
    await this.producer.disconnect();
  }
}
