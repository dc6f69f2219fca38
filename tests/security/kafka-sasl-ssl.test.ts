import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { KAFKA_USERS, TOPICS, parseDeadLetter, parseEnrichedRelease, pipelineTopics, type CleanRelease } from '@presswatch/contracts';
import { MessageProducer, createKafkaClient, ensureTopics, grantAcls, readTopic, type KafkaSettings } from '@presswatch/kafka-messaging';
import { buildRawRelease } from '@presswatch/fetching';
import { cleanRelease } from '@presswatch/release-processing';
import { runCli } from '../support/child-process.js';
import { requireEnv, testPort } from '../support/environment.js';
import { quietLogger } from '../support/quiet-logger.js';
import { ServiceProcess } from '../support/service-process.js';

/** What deploy/local/kafka.sh writes for its SASL_SSL listener (KAFKA_SASL_SSL=1). */
const credentialsSchema = z.object({
  brokers: z.string(),
  caFile: z.string(),
  mechanism: z.literal('scram-sha-512'),
  users: z.record(z.string(), z.string()),
});

/**
 * The services and the CLI against the local broker's SASL_SSL listener (TLS with a local CA, SCRAM-SHA-512,
 * StandardAuthorizer denying what no ACL allows), each Kafka user holding exactly the ACLs production
 * grants it (KAFKA_USERS of libs/contracts, which tests/deploy checks the Strimzi KafkaUsers against).
 */
describe('Kafka over SASL_SSL with per-service users and ACLs', { timeout: 240_000 }, () => {
  const credentials = credentialsSchema.parse(JSON.parse(readFileSync(requireEnv('PRESSWATCH_TEST_KAFKA_CREDENTIALS'), 'utf8')));
  const as = (user: string, password = credentials.users[user] ?? ''): KafkaSettings => ({
    brokers: [credentials.brokers],
    clientId: user,
    ssl: { caFile: credentials.caFile },
    sasl: { mechanism: 'scram-sha-512', username: user, password },
  });
  /** The environment a service or the CLI reads its client settings from. */
  const envOf = (user: string): Record<string, string> => ({
    KAFKA_BROKERS: credentials.brokers,
    KAFKA_SSL: 'true',
    KAFKA_SSL_CA_FILE: credentials.caFile,
    KAFKA_SASL_MECHANISM: 'scram-sha-512',
    KAFKA_SASL_USERNAME: user,
    KAFKA_SASL_PASSWORD: credentials.users[user] ?? '',
  });
  const marker = `sasl-${process.pid}-${Date.now()}`;
  let folder: string;
  let enricher: ServiceProcess;
  let good: CleanRelease;

  before(async () => {
    assert.deepEqual(
      Object.keys(KAFKA_USERS).filter((user) => !(user in credentials.users)),
      [],
      'every production user exists on the local broker',
    );
    folder = await mkdtemp(join(tmpdir(), 'presswatch-sasl-'));
    // The admin (a super user) creates the topics and grants each user its production ACLs, as Strimzi would.
    await ensureTopics(as('presswatch-admin'), pipelineTopics(), quietLogger);
    for (const [user, acls] of Object.entries(KAFKA_USERS)) await grantAcls(as('presswatch-admin'), user, acls, quietLogger);
    const body = `Relief over TLS\nGenève – ${'Teams delivered water and shelter kits to families in Honduras after the floods. '.repeat(6)}`;
    const raw = buildRawRelease({ source: marker, location: 'sasl.txt', url: null, fetchedAt: new Date(), body });
    good = cleanRelease(raw);
    // The real enricher: stage server consuming and producing over SASL_SSL as presswatch-enricher, topics not created.
    enricher = new ServiceProcess(
      'enricher',
      testPort(14153),
      { ...envOf('presswatch-enricher'), KAFKA_CREATE_TOPICS: 'false' },
      join(folder, 'enricher.log'),
    );
    await enricher.start();
  });
  after(async () => {
    await enricher?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it('runs a stage over TLS + SCRAM with only its own ACLs: input consumed, output and dead letter produced', async () => {
    const producer = new MessageProducer(createKafkaClient(as('presswatch-cleaner'), quietLogger));
    await producer.connect();
    try {
      await producer.send([
        { topic: TOPICS.clean, key: good.id, value: JSON.stringify(good) },
        { topic: TOPICS.clean, key: `${marker}-broken`, value: Buffer.from([0xff, 0x00, 0x7b]) },
      ]);
    } finally {
      await producer.disconnect();
    }
    const [enriched] = await readTopic(
      as('presswatch-admin'),
      TOPICS.enriched,
      { limit: 1, timeoutMs: 90_000, filter: (message) => message.key === good.id },
      quietLogger,
    );
    assert.ok(enriched, 'the enricher published the release');
    assert.equal(parseEnrichedRelease(JSON.parse(enriched.value!.toString('utf8'))).source, marker);
    const [letter] = await readTopic(
      as('presswatch-admin'),
      TOPICS.deadLetter,
      { limit: 1, timeoutMs: 60_000, filter: (message) => message.key === `${marker}-broken` },
      quietLogger,
    );
    assert.ok(letter, 'the enricher dead-lettered the broken message');
    assert.equal(parseDeadLetter(JSON.parse(letter.value!.toString('utf8'))).stage, 'enricher');
  });

  it('lets the CLI list and replay dead letters and read lag as presswatch-cli', async () => {
    const env = envOf('presswatch-cli');
    const list = await runCli(['dead-letters', 'list', '--json', '--stage', 'enricher', '--key', `${marker}-broken`], env);
    assert.equal(list.status, 0, list.stderr);
    const ours = list.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => parseDeadLetter(JSON.parse(line)))
      .filter((letter) => letter.original.key === `${marker}-broken`);
    assert.equal(ours.length, 1);
    assert.equal(Buffer.from(ours[0]!.original.valueBase64!, 'base64').toString('hex'), 'ff007b');
    const replay = await runCli(['dead-letters', 'replay', '--stage', 'enricher', '--key', `${marker}-broken`], env);
    assert.equal(replay.status, 0, replay.stderr);
    assert.deepEqual(JSON.parse(replay.stdout), { replayed: 1, skipped: 0 });
    const copies = await readTopic(
      as('presswatch-admin'),
      TOPICS.clean,
      { limit: 2, timeoutMs: 30_000, filter: (message) => message.key === `${marker}-broken` },
      quietLogger,
    );
    assert.deepEqual(
      copies.map((message) => message.value?.toString('hex')),
      ['ff007b', 'ff007b'],
      'the original and its replay, byte for byte',
    );
    const monitor = await runCli(['monitor', '--once', '--json', '--interval', '0.2'], env);
    assert.equal(monitor.status, 0, monitor.stderr);
    assert.match(monitor.stdout, /presswatch-enricher/);
  });

  it('refuses a wrong password', async () => {
    const admin = createKafkaClient(as('presswatch-cleaner', 'not-the-password'), quietLogger).admin();
    await assert.rejects(admin.connect(), /SASL SCRAM SHA512 authentication failed/);
    await admin.disconnect();
  });

  it("refuses what a user has no ACL for: writing another stage's output, reading the dead letters", async () => {
    const producer = new MessageProducer(createKafkaClient(as('presswatch-cleaner'), quietLogger));
    await producer.connect();
    try {
      await assert.rejects(producer.send([{ topic: TOPICS.enriched, key: `${marker}-forged`, value: '{}' }]), (error: Error) =>
        /not authorized|TOPIC_AUTHORIZATION_FAILED/i.test(`${error.message} ${(error as { type?: string }).type ?? ''}`),
      );
    } finally {
      await producer.disconnect();
    }
    await assert.rejects(
      readTopic(as('presswatch-fetcher'), TOPICS.deadLetter, { limit: 1, timeoutMs: 10_000 }, quietLogger),
      /not authorized|AUTHORIZATION_FAILED/i,
    );
  });
});
