import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { kafkaSecurityEnvSchema, kafkaSecurityFromEnv } from './security.js';

const SOME_FILE = fileURLToPath(import.meta.url);
const problems = (env: Record<string, string>) => {
  const result = kafkaSecurityEnvSchema.safeParse(env);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('Kafka security settings from the environment', () => {
  it('defaults to plaintext without SASL (the local broker)', () => {
    assert.deepEqual(kafkaSecurityFromEnv({}), { ssl: undefined, sasl: undefined });
  });

  it('reads TLS with a CA file and SCRAM credentials', () => {
    const env = {
      KAFKA_SSL: 'true',
      KAFKA_SSL_CA_FILE: SOME_FILE,
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'presswatch-cleaner',
      KAFKA_SASL_PASSWORD: 's3cret',
    };
    assert.deepEqual(kafkaSecurityFromEnv(env), {
      ssl: { caFile: SOME_FILE },
      sasl: { mechanism: 'scram-sha-512', username: 'presswatch-cleaner', password: 's3cret' },
    });
    assert.deepEqual(kafkaSecurityFromEnv({ KAFKA_SSL: '1' }), { ssl: { caFile: undefined }, sasl: undefined });
  });

  it('refuses SASL without TLS, half-given credentials, a CA without TLS and a missing CA file, naming the variable', () => {
    assert.deepEqual(problems({ KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p' }), [
      'KAFKA_SASL_MECHANISM: SASL needs KAFKA_SSL=true (credentials and data must not cross the network in clear)',
    ]);
    assert.deepEqual(problems({ KAFKA_SSL: 'true', KAFKA_SASL_MECHANISM: 'scram-sha-512' }), [
      'KAFKA_SASL_USERNAME: required with KAFKA_SASL_MECHANISM=scram-sha-512',
      'KAFKA_SASL_PASSWORD: required with KAFKA_SASL_MECHANISM=scram-sha-512',
    ]);
    assert.deepEqual(problems({ KAFKA_SSL: 'true', KAFKA_SASL_USERNAME: 'u' }), [
      'KAFKA_SASL_MECHANISM: set it (scram-sha-512 or scram-sha-256) to use KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD',
    ]);
    assert.deepEqual(problems({ KAFKA_SSL_CA_FILE: SOME_FILE }), ['KAFKA_SSL_CA_FILE: set KAFKA_SSL=true to use a CA file']);
    assert.deepEqual(problems({ KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: '/nonexistent/ca.pem' }), [
      'KAFKA_SSL_CA_FILE: no such file: /nonexistent/ca.pem',
    ]);
    assert.equal(problems({ KAFKA_SSL: 'yes' }).length, 1);
    assert.equal(
      problems({ KAFKA_SSL: 'true', KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p' }).length,
      1,
    );
    assert.throws(() => kafkaSecurityFromEnv({ KAFKA_SASL_USERNAME: 'u' }), /invalid Kafka settings:\n {2}KAFKA_SASL_MECHANISM/);
  });
});
