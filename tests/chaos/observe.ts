import { HEADERS, TOPICS, parseDeadLetter } from '@presswatch/contracts';
import { OffsetReader, readTopicSince, type IncomingMessage, type KafkaSettings } from '@presswatch/kafka-messaging';
import { createSearchClient, refreshReleases } from '@presswatch/search-index';
import { quietLogger } from '../support/quiet-logger.js';
import type { Expected } from './workload.js';

/** Topics whose duplicates the table counts (at-least-once: a redelivered batch is published again). */
const STREAM_TOPICS = [TOPICS.raw, TOPICS.clean, TOPICS.enriched];
const ALL_TOPICS = [...STREAM_TOPICS, TOPICS.deadLetter];

/** End offsets of the pipeline topics when a scenario starts: what it produced is read from there. */
export type TopicMarks = Map<string, { partition: number; offset: number }[]>;

export interface DeadLetterSeen {
  stage: string;
  reason: string;
}

/** What the pipeline made of a scenario's releases, read back from OpenSearch and Kafka. */
export class PipelineObserver {
  constructor(
    private readonly kafka: KafkaSettings,
    private readonly opensearchUrl: string,
  ) {}

  async mark(): Promise<TopicMarks> {
    const reader = await OffsetReader.connect(this.kafka, quietLogger);
    try {
      const offsets = await reader.readTopicOffsets(ALL_TOPICS);
      return new Map(
        ALL_TOPICS.map((topic) => [
          topic,
          offsets.filter((entry) => entry.topic === topic).map((entry) => ({ partition: entry.partition, offset: entry.end })),
        ]),
      );
    } finally {
      await reader.close();
    }
  }

  /** Ids of the expected releases searchable in their expected version (content hash); empty while OpenSearch does not answer. */
  async indexed(expected: Expected[]): Promise<Set<string>> {
    if (expected.length === 0) return new Set();
    const body = {
      size: expected.length,
      _source: false,
      query: {
        bool: {
          filter: [
            { ids: { values: expected.map((item) => item.id) } },
            { terms: { content_hash: expected.map((item) => item.contentHash) } },
          ],
        },
      },
    };
    const result = await this.search<{ hits: { hits: { _id: string }[] } }>(body);
    return new Set(result?.hits.hits.map((hit) => hit._id) ?? []);
  }

  /** Documents of the source beyond one per content: the same release indexed twice. */
  async duplicateDocuments(source: string): Promise<number> {
    const result = await this.search<{ aggregations: { twice: { buckets: { doc_count: number }[] } } }>({
      size: 0,
      query: { term: { source } },
      aggs: { twice: { terms: { field: 'content_hash', min_doc_count: 2, size: 10_000 } } },
    });
    if (!result) throw new Error('OpenSearch did not answer the duplicate count');
    return result.aggregations.twice.buckets.reduce((sum, bucket) => sum + bucket.doc_count - 1, 0);
  }

  /** Messages published more than once for the same release on the raw, clean and enriched topics since the marks. */
  async duplicateMessages(marks: TopicMarks, keys: Set<string>): Promise<number> {
    let duplicates = 0;
    for (const topic of STREAM_TOPICS) {
      const counts = new Map<string, number>();
      for (const message of await readTopicSince(this.kafka, topic, marks.get(topic) ?? [], 120_000, quietLogger)) {
        const id = releaseIdOf(message);
        if (id !== null && keys.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      for (const count of counts.values()) duplicates += count - 1;
    }
    return duplicates;
  }

  /** Dead letters of the given keys since the marks, by key (the last letter of a key wins). */
  async deadLetters(marks: TopicMarks, keys: Set<string>): Promise<Map<string, DeadLetterSeen>> {
    const found = new Map<string, DeadLetterSeen>();
    for (const message of await readTopicSince(this.kafka, TOPICS.deadLetter, marks.get(TOPICS.deadLetter) ?? [], 60_000, quietLogger)) {
      const id = releaseIdOf(message);
      if (id === null || !keys.has(id) || message.value === null) continue;
      const letter = parseDeadLetter(JSON.parse(message.value.toString('utf8')));
      found.set(id, { stage: letter.stage, reason: letter.reason });
    }
    return found;
  }

  /** A search of what is acknowledged: the index is refreshed first, so no look waits for the refresh interval. */
  private async search<T>(body: object): Promise<T | null> {
    const client = createSearchClient({ node: this.opensearchUrl, requestTimeoutMs: 5000 });
    try {
      await refreshReleases(client);
      const response = await fetch(`${this.opensearchUrl}/presswatch-releases/_search`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(5000),
      });
      return response.ok ? ((await response.json()) as T) : null;
    } catch {
      return null;
    } finally {
      await client.close();
    }
  }
}

/** The release a message is about: raw releases (and their dead letters) carry it in a header, being keyed by source. */
function releaseIdOf(message: IncomingMessage): string | null {
  return message.headers[HEADERS.releaseId] ?? message.key;
}
