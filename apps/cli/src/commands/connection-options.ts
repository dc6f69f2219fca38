import { DEFAULT_KAFKA_BROKERS } from '@presswatch/kafka-messaging';
import { DEFAULT_OPENSEARCH_URL } from '@presswatch/search-index';

/*
 * The --opensearch and --brokers options every command that reaches a node shares: the environment's
 * OPENSEARCH_URL / KAFKA_BROKERS (as the services read them), else the local defaults.
 */

export const OPENSEARCH_DEFAULT_HELP = `default: $OPENSEARCH_URL or ${DEFAULT_OPENSEARCH_URL}`;
export const BROKERS_DEFAULT_HELP = `default: $KAFKA_BROKERS or ${DEFAULT_KAFKA_BROKERS}`;

/** parseArgs option for --opensearch URL. */
export const opensearchOption = () => ({ type: 'string', default: process.env['OPENSEARCH_URL'] ?? DEFAULT_OPENSEARCH_URL }) as const;

/** parseArgs option for --brokers LIST. */
export const brokersOption = () => ({ type: 'string', default: process.env['KAFKA_BROKERS'] ?? DEFAULT_KAFKA_BROKERS }) as const;
