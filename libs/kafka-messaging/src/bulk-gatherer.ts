import type { Output } from './stage-outputs.js';
import type { DeadLetterRequest, IncomingMessage } from './types.js';

/** What one bulk's handler call gives back: outputs with the input they came from, and dead letters. */
export interface BulkOutcome {
  outgoing: Output[];
  deadLetters: DeadLetterRequest[];
}

/** One partition batch's share of the bulks it went into. */
export interface GatheredPart extends BulkOutcome {
  /** The submitted messages from this index on were not handled: left uncommitted for the next fetch. */
  deferredFrom?: number;
}

export interface Submission {
  /** A partition batch's messages, in offset order. */
  messages: IncomingMessage[];
  /** The partition holds more messages after these (lag beyond the batch). */
  moreBehind: boolean;
}

export interface BulkGathererOptions {
  /** Messages per bulk. */
  size: number;
  /** How long the first waiting message may wait for more before a partial bulk goes out. */
  lingerMs: number;
  /** The handler on one bulk; a throw fails every batch with messages in it (their stage servers retry). */
  run: (messages: IncomingMessage[]) => Promise<BulkOutcome>;
}

interface Participant {
  submission: Submission;
  queued: number;
  inFlight: number;
  outgoing: Output[];
  deadLetters: DeadLetterRequest[];
  deferredFrom?: number;
  settled: boolean;
  resolve: (part: GatheredPart) => void;
  reject: (error: unknown) => void;
}

interface Entry {
  message: IncomingMessage;
  participant: Participant;
  index: number;
}

/**
 * Fills bulks across partitions. kafkajs hands a stage one partition's batch at a time (a fetch of ~1 MB per
 * partition is ~170 enriched releases), so the partition batches being handled concurrently are pooled
 * here and cut into bulks of exactly `size`, run one at a time in arrival order. A batch settles once every
 * bulk holding its messages has succeeded; only then does its stage server commit it, so at-least-once
 * holds per partition.
 *
 * The part that does not fill a bulk waits `lingerMs` for more. Then, if a full bulk went out since the
 * last linger (the stage is under load) and a waiting batch's partition holds more messages, that batch's
 * waiting messages are deferred rather than sent in a small bulk: its stage server commits only what was
 * handled, and kafkajs fetches the rest again with what follows. Otherwise (caught up, or fetches too small
 * to fill a bulk) the partial bulk goes out, so every linger makes progress.
 */
export class BulkGatherer {
  private queue: Entry[] = [];
  private timer: NodeJS.Timeout | undefined;
  private fullSinceLinger = false;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly options: BulkGathererOptions) {}

  submit(submission: Submission): Promise<GatheredPart> {
    return new Promise((resolve, reject) => {
      const participant: Participant = {
        submission,
        queued: 0,
        inFlight: 0,
        outgoing: [],
        deadLetters: [],
        settled: false,
        resolve,
        reject,
      };
      submission.messages.forEach((message, index) => this.queue.push({ message, participant, index }));
      participant.queued = submission.messages.length;
      while (this.queue.length >= this.options.size) {
        this.fullSinceLinger = true;
        this.flush(this.queue.splice(0, this.options.size));
      }
      this.settleIfDone(participant);
      this.arm();
    });
  }

  private arm(): void {
    if (this.queue.length === 0) {
      clearTimeout(this.timer);
      this.timer = undefined;
    } else this.timer ??= setTimeout(() => this.linger(), this.options.lingerMs);
  }

  private linger(): void {
    this.timer = undefined;
    if (this.fullSinceLinger) {
      const kept: Entry[] = [];
      for (const entry of this.queue) {
        const { participant } = entry;
        if (!participant.submission.moreBehind) kept.push(entry);
        else {
          participant.deferredFrom = Math.min(participant.deferredFrom ?? entry.index, entry.index);
          participant.queued--;
          this.settleIfDone(participant);
        }
      }
      this.queue = kept;
    }
    this.fullSinceLinger = false;
    if (this.queue.length > 0) this.flush(this.queue.splice(0));
  }

  private flush(entries: Entry[]): void {
    const owners = new Map<IncomingMessage, Participant>();
    for (const { message, participant } of entries) {
      owners.set(message, participant);
      participant.queued--;
    }
    const participants = new Set(owners.values());
    for (const participant of participants) participant.inFlight++;
    this.chain = this.chain.then(async () => {
      try {
        const outcome = await this.options.run(entries.map((entry) => entry.message));
        const first = entries[0]!.participant;
        // An output whose input is unknown goes with the bulk's first batch: it is published before that commit.
        for (const output of outcome.outgoing) ((output.origin && owners.get(output.origin)) || first).outgoing.push(output);
        for (const letter of outcome.deadLetters) (owners.get(letter.message) ?? first).deadLetters.push(letter);
        for (const participant of participants) {
          participant.inFlight--;
          this.settleIfDone(participant);
        }
      } catch (error) {
        for (const participant of participants) this.fail(participant, error);
      }
    });
  }

  /** A failed bulk fails its batches whole; their messages still waiting are withdrawn (the retry resubmits them). */
  private fail(participant: Participant, error: unknown): void {
    if (participant.settled) return;
    participant.settled = true;
    this.queue = this.queue.filter((entry) => entry.participant !== participant);
    this.arm();
    participant.reject(error);
  }

  private settleIfDone(participant: Participant): void {
    if (participant.settled || participant.queued > 0 || participant.inFlight > 0) return;
    participant.settled = true;
    const { outgoing, deadLetters, deferredFrom } = participant;
    participant.resolve(deferredFrom === undefined ? { outgoing, deadLetters } : { outgoing, deadLetters, deferredFrom });
  }
}
