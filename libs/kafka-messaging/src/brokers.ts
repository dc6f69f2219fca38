import { z } from 'zod';

/** A local broker: the default of the services' KAFKA_BROKERS and of the CLI's --brokers. */
export const DEFAULT_KAFKA_BROKERS = '127.0.0.1:9092';

/** A comma-separated list of host:port (spaces and empty entries ignored), as an array of at least one. */
export const brokerListSchema = (message = 'expected host:port[,host:port...]') =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((broker) => broker.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[^:\s]+:\d+$/, message)).min(1, message));
