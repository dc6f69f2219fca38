/** Why the consumer is not doing its work, or null when it is (or has nothing to do). */
export interface ConsumerVerdict {
  live: boolean;
  reason: string | null;
}

export interface PartitionPosition {
  topic: string;
  partition: number;
  /** Messages between the committed offset and the last high watermark seen: what the stage still owes. */
  lag: number;
}

/**
 * What the stage transport knows about its consumer without asking Kafka: whether it is a member of its
 * group, which partitions it owns, the high watermark of each (from fetched batches) and what it committed.
 * Liveness is judged from this alone, so /health/live answers at once whatever Kafka is doing.
 *
 * A consumer is stalled when it is not a member of its group (stopped, crashed, evicted, rejoining) or
 * when it owes messages and has committed nothing, for longer than the window.
 */
export class ConsumerProgress {
  private member = false;
  private state = 'starting';
  private notMemberSince: number;
  private stalledSince: number | null = null;
  private readonly positions = new Map<string, { topic: string; partition: number; highWatermark: bigint; committed: bigint }>();

  constructor(private readonly now: () => number = Date.now) {
    this.notMemberSince = now();
  }

  /** The group assigned these partitions to this member (a join or a rebalance completed). */
  joined(assignment: Record<string, number[]>): void {
    this.member = true;
    this.state = 'member';
    const owned = new Set(
      Object.entries(assignment).flatMap(([topic, partitions]) => partitions.map((partition) => key(topic, partition))),
    );
    for (const name of [...this.positions.keys()]) if (!owned.has(name)) this.positions.delete(name);
    this.update(true);
  }

  /** The consumer is out of its group for now: rebalancing, evicted, crashed or stopped. */
  left(state: 'rebalancing' | 'membership-lost' | 'crashed' | 'stopped'): void {
    if (this.member) this.notMemberSince = this.now();
    this.member = false;
    this.state = state;
  }

  /** A batch was fetched: the partition's high watermark, and where this member is reading from. */
  fetched(topic: string, partition: number, highWatermark: string, firstOffset: string): void {
    const name = key(topic, partition);
    const known = this.positions.get(name);
    const committed = known?.committed ?? BigInt(firstOffset);
    this.positions.set(name, { topic, partition, highWatermark: BigInt(highWatermark), committed });
    this.update(false);
  }

  /** Offsets up to `nextOffset` are committed: progress. */
  committed(topic: string, partition: number, nextOffset: string): void {
    const name = key(topic, partition);
    const known = this.positions.get(name);
    const offset = BigInt(nextOffset);
    const highWatermark = known && known.highWatermark > offset ? known.highWatermark : offset;
    this.positions.set(name, { topic, partition, highWatermark, committed: offset });
    this.update(true);
  }

  lag(): PartitionPosition[] {
    return [...this.positions.values()].map(({ topic, partition, highWatermark, committed }) => ({
      topic,
      partition,
      lag: Number(highWatermark > committed ? highWatermark - committed : 0n),
    }));
  }

  /** Seconds the consumer has been out of its group, or behind without committing (0 when neither). */
  stalledSeconds(): number {
    const since = !this.member ? this.notMemberSince : this.stalledSince;
    return since === null ? 0 : Math.max(0, (this.now() - since) / 1000);
  }

  isMember(): boolean {
    return this.member;
  }

  verdict(windowMs: number): ConsumerVerdict {
    const stalled = this.stalledSeconds();
    if (stalled * 1000 <= windowMs) return { live: true, reason: null };
    if (!this.member) return { live: false, reason: `not a member of its consumer group for ${Math.round(stalled)} s (${this.state})` };
    const behind = this.lag().reduce((sum, position) => sum + position.lag, 0);
    return { live: false, reason: `no offset committed for ${Math.round(stalled)} s while ${behind} messages behind` };
  }

  private update(progressed: boolean): void {
    const behind = this.lag().some((position) => position.lag > 0);
    if (!behind) this.stalledSince = null;
    else if (progressed || this.stalledSince === null) this.stalledSince = this.now();
  }
}

const key = (topic: string, partition: number): string => `${topic}\u0000${partition}`;
