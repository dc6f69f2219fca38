/*
 * Kafka errors the pipeline treats differently from an outage. kafkajs wraps protocol errors (which carry
 * the broker's error `type`) in retry and non-retriable wrappers, so the type is looked up along `cause`.
 */

/** The group no longer counts this member, or is reassigning partitions: commits for its batch are void. */
const MEMBERSHIP_LOST = new Set([
  'REBALANCE_IN_PROGRESS',
  'ILLEGAL_GENERATION',
  'UNKNOWN_MEMBER_ID',
  'NOT_COORDINATOR_FOR_GROUP',
  'FENCED_INSTANCE_ID',
]);

/** The broker refuses these messages whatever the retries: too large or malformed. */
const MESSAGE_REFUSED = new Set(['MESSAGE_TOO_LARGE', 'RECORD_LIST_TOO_LARGE', 'INVALID_RECORD']);

interface TypedError extends Error {
  type: string;
}

/** The innermost error carrying a Kafka protocol error type, if any. */
function protocolError(error: unknown): TypedError | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 8; current = current.cause, depth++) {
    const type = (current as Partial<TypedError>).type;
    if (typeof type === 'string') return current as TypedError;
  }
  return undefined;
}

/**
 * The protocol error to hand back to kafkajs when the consumer lost its group membership (eviction, a
 * rebalance, a new generation): thrown out of the batch handler, it makes kafkajs rejoin the group, and the
 * uncommitted batch is delivered again to whichever member owns the partition next.
 */
export function membershipLost(error: unknown): Error | undefined {
  const found = protocolError(error);
  return found !== undefined && MEMBERSHIP_LOST.has(found.type) ? found : undefined;
}

/** True when the broker refused the messages for good (size, format): resending them can never succeed. */
export function messageRefused(error: unknown): boolean {
  const found = protocolError(error);
  return found !== undefined && MESSAGE_REFUSED.has(found.type);
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
