import type { StructuredLogger } from '@presswatch/kafka-messaging';

const ignore = (): void => undefined;
/** Kafka client chatter is not test output. */
export const quietLogger: StructuredLogger = { debug: ignore, info: ignore, warn: ignore, error: ignore };
