import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ServiceMetrics } from './metrics.js';

/** The value of the exposition line with exactly these labels, whatever order prom-client wrote them in. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...match[2]!.matchAll(/(\w+)="([^"]*)"/g)].map((pair) => [pair[1], pair[2]]));
    if (JSON.stringify(Object.entries(found).sort()) === JSON.stringify(Object.entries(labels).sort())) return Number(match[3]);
  }
  return undefined;
}

test('stage hooks show up in the scrape with the project prefix, base units and _total counters', async () => {
  const metrics = new ServiceMetrics('cleaner');
  metrics.consumed('presswatch.releases.raw.v1', 'ok', 3);
  metrics.consumed('presswatch.releases.raw.v1', 'dead-lettered', 1);
  metrics.deadLettered('presswatch.releases.raw.v1', 'cleaner', 1);
  metrics.produced('presswatch.releases.clean.v1', 3);
  metrics.processed('presswatch.releases.raw.v1', 0.02);
  const text = await metrics.registry.metrics();
  const raw = 'presswatch.releases.raw.v1';
  assert.equal(sample(text, 'presswatch_messages_consumed_total', { topic: raw, outcome: 'ok', service: 'cleaner' }), 3);
  assert.equal(sample(text, 'presswatch_messages_consumed_total', { topic: raw, outcome: 'dead-lettered', service: 'cleaner' }), 1);
  assert.equal(sample(text, 'presswatch_dead_letters_total', { topic: raw, stage: 'cleaner', service: 'cleaner' }), 1);
  assert.equal(sample(text, 'presswatch_messages_produced_total', { topic: 'presswatch.releases.clean.v1', service: 'cleaner' }), 3);
  assert.equal(sample(text, 'presswatch_message_processing_duration_seconds_count', { topic: raw, service: 'cleaner' }), 1);
  assert.match(text, /^presswatch_process_cpu_seconds_total/m);
});

test('nothing dead-lettered: no series with a zero count is invented', async () => {
  const metrics = new ServiceMetrics('indexer');
  metrics.deadLettered('t', 'indexer', 0);
  assert.doesNotMatch(await metrics.registry.metrics(), /^presswatch_dead_letters_total\{/m);
});

test('a subscribed input topic has its consumed and dead-letter series at 0, so the first increment is an increase', async () => {
  const metrics = new ServiceMetrics('enricher');
  metrics.subscribed('presswatch.releases.clean.v1', 'enricher');
  const text = await metrics.registry.metrics();
  for (const outcome of ['ok', 'dead-lettered', 'retried']) {
    assert.equal(
      sample(text, 'presswatch_messages_consumed_total', { topic: 'presswatch.releases.clean.v1', outcome, service: 'enricher' }),
      0,
      outcome,
    );
  }
  assert.equal(
    sample(text, 'presswatch_dead_letters_total', { topic: 'presswatch.releases.clean.v1', stage: 'enricher', service: 'enricher' }),
    0,
  );
  metrics.deadLettered('presswatch.releases.clean.v1', 'enricher', 2);
  assert.equal(
    sample(await metrics.registry.metrics(), 'presswatch_dead_letters_total', {
      topic: 'presswatch.releases.clean.v1',
      stage: 'enricher',
      service: 'enricher',
    }),
    2,
  );
});

test('service-specific histograms get the prefix and their buckets', async () => {
  const metrics = new ServiceMetrics('indexer');
  metrics.histogram('bulk_documents', 'Documents per bulk request.', [], [1, 10, 100]).observe(42);
  const text = await metrics.registry.metrics();
  assert.equal(sample(text, 'presswatch_bulk_documents_bucket', { le: '10', service: 'indexer' }), 0);
  assert.equal(sample(text, 'presswatch_bulk_documents_bucket', { le: '100', service: 'indexer' }), 1);
});
