import { existsSync } from 'node:fs';
import { z } from 'zod';
import type { KafkaSecurity } from './types.js';

const empty = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', ''])
    .optional()
    .transform((value) => (value === undefined || value === '' ? fallback : value === 'true' || value === '1'));

/**
 * The Kafka client's security settings from the environment (services and CLI alike). Certificate
 * verification cannot be switched off: a private CA is given as a file instead.
 */
export const kafkaSecurityEnvShape = {
  /** TLS to the brokers, verified against the system CAs or KAFKA_SSL_CA_FILE. */
  KAFKA_SSL: flag(false),
  /** PEM file of the CA that signed the brokers' certificates (Strimzi: `<cluster>-cluster-ca-cert`, key ca.crt). */
  KAFKA_SSL_CA_FILE: z.string().optional().transform(empty),
  KAFKA_SASL_MECHANISM: z
    .enum(['scram-sha-512', 'scram-sha-256', ''])
    .optional()
    .transform((value) => (value ? value : undefined)),
  KAFKA_SASL_USERNAME: z.string().optional().transform(empty),
  KAFKA_SASL_PASSWORD: z.string().optional().transform(empty),
};

type SecurityEnv = { [K in keyof typeof kafkaSecurityEnvShape]: z.output<(typeof kafkaSecurityEnvShape)[K]> };

/** Cross-field rules, as a zod refinement so every problem is reported with the variable it concerns. */
export function checkKafkaSecurity(env: SecurityEnv, context: z.RefinementCtx): void {
  const issue = (path: keyof SecurityEnv, message: string) => context.addIssue({ code: 'custom', path: [path], message });
  if (env.KAFKA_SSL_CA_FILE !== undefined && !env.KAFKA_SSL) issue('KAFKA_SSL_CA_FILE', 'set KAFKA_SSL=true to use a CA file');
  if (env.KAFKA_SSL_CA_FILE !== undefined && !existsSync(env.KAFKA_SSL_CA_FILE))
    issue('KAFKA_SSL_CA_FILE', `no such file: ${env.KAFKA_SSL_CA_FILE}`);
  if (env.KAFKA_SASL_MECHANISM !== undefined) {
    if (!env.KAFKA_SSL)
      issue('KAFKA_SASL_MECHANISM', 'SASL needs KAFKA_SSL=true (credentials and data must not cross the network in clear)');
    if (env.KAFKA_SASL_USERNAME === undefined)
      issue('KAFKA_SASL_USERNAME', `required with KAFKA_SASL_MECHANISM=${env.KAFKA_SASL_MECHANISM}`);
    if (env.KAFKA_SASL_PASSWORD === undefined)
      issue('KAFKA_SASL_PASSWORD', `required with KAFKA_SASL_MECHANISM=${env.KAFKA_SASL_MECHANISM}`);
  } else if (env.KAFKA_SASL_USERNAME !== undefined || env.KAFKA_SASL_PASSWORD !== undefined) {
    issue('KAFKA_SASL_MECHANISM', 'set it (scram-sha-512 or scram-sha-256) to use KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD');
  }
}

export const kafkaSecurityEnvSchema = z.object(kafkaSecurityEnvShape).superRefine(checkKafkaSecurity);

/** The validated variables as client settings. */
export function kafkaSecurityOf(env: SecurityEnv): KafkaSecurity {
  return {
    ssl: env.KAFKA_SSL ? { caFile: env.KAFKA_SSL_CA_FILE } : undefined,
    sasl:
      env.KAFKA_SASL_MECHANISM && env.KAFKA_SASL_USERNAME && env.KAFKA_SASL_PASSWORD
        ? { mechanism: env.KAFKA_SASL_MECHANISM, username: env.KAFKA_SASL_USERNAME, password: env.KAFKA_SASL_PASSWORD }
        : undefined,
  };
}

/** For tools without a service config (the CLI): validates the environment or throws naming each bad variable. */
export function kafkaSecurityFromEnv(env: NodeJS.ProcessEnv = process.env): KafkaSecurity {
  const result = kafkaSecurityEnvSchema.safeParse(env);
  if (!result.success)
    throw new Error(
      `invalid Kafka settings:\n${result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`,
    );
  return kafkaSecurityOf(result.data);
}
