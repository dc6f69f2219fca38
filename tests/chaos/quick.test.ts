import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireEnv, testPort } from '../support/environment.js';
import { PipelineObserver } from './observe.js';
import { SCENARIOS, type ChaosContext } from './scenarios.js';
import { supervisedStack } from './stack.js';
import type { Supervisor } from './supervisor.js';
import { baseTexts } from './workload.js';

/** What each hostile input must be dead-lettered for. */
const EXPECTED_REASONS: Record<string, RegExp> = {
  '1,046,000 random bytes': /cleaner: ContractViolation: RawRelease is invalid: value is not JSON/,
  '20 KB random binary': /cleaner: PermanentFailure: not-text: .*control characters/,
  '3 MB body': /cleaner: oversized: \d+ bytes/,
  '100,000 nested <div>s': /cleaner: PermanentFailure: (empty-body|no-article-text)/,
  'navigation-only page': /cleaner: PermanentFailure: no-article-text: only site navigation/,
};

/**
 * The fault-injection scenarios that take seconds, against the test infrastructure (never faulted here:
 * other test files use it): a poison message, the hostile bodies, a frozen indexer evicted from its group,
 * and kill -9 of the indexer mid-stream. `npm run chaos` runs them all, with the infrastructure faults.
 */
describe('fault injection: quick scenarios', { timeout: 900_000 }, () => {
  const kafkaBrokers = requireEnv('PRESSWATCH_TEST_KAFKA');
  const opensearchUrl = requireEnv('PRESSWATCH_TEST_OPENSEARCH');
  let supervisor: Supervisor | undefined;
  let context: ChaosContext;

  before(async () => {
    const workDir = await mkdtemp(join(tmpdir(), 'presswatch-chaos-'));
    supervisor = supervisedStack({
      kafkaBrokers,
      opensearchUrl,
      basePort: testPort(16001),
      workDir,
      services: ['cleaner', 'enricher', 'indexer'],
      // Short sessions so a frozen indexer is evicted in seconds.
      extraEnv: { KAFKA_SESSION_TIMEOUT_MS: '6000', INDEXER_BULK_TIMEOUT_MS: '3000' },
    });
    await supervisor.start();
    context = {
      kafka: { brokers: [kafkaBrokers], clientId: 'presswatch-chaos-test' },
      supervisor,
      infra: null,
      observer: new PipelineObserver({ brokers: [kafkaBrokers], clientId: 'presswatch-chaos-test' }, opensearchUrl),
      texts: baseTexts(false).texts,
      releases: 120,
      rate: 60,
      runId: `test${Date.now().toString(36)}`,
      workDir,
      recoveryTimeoutMs: 240_000,
      log: () => undefined,
    };
  });

  after(async () => {
    await supervisor?.stop();
  });

  for (const scenario of SCENARIOS.filter((candidate) => candidate.quick && !candidate.needsInfra)) {
    it(`${scenario.fault}: recovers on its own, nothing lost, nothing indexed twice`, async () => {
      const result = await scenario.run(context);
      const summary = JSON.stringify(result);
      assert.equal(result.manualSteps, 0, `did not recover: ${summary}`);
      assert.equal(result.lost, 0, summary);
      assert.equal(result.duplicateDocuments, 0, summary);
      assert.equal(result.hostileIndexed, 0, summary);
      assert.equal(result.indexed + result.deadLettered, result.sent, summary);
      for (const reason of result.reasons) {
        const expected = Object.entries(EXPECTED_REASONS).find(([what]) => reason.startsWith(`${what}:`));
        assert.ok(expected, `unexpected hostile input ${reason}`);
        assert.match(reason.slice(expected[0].length + 2), expected[1]);
      }
    });
  }
});
