import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { METRIC_PREFIX } from '@presswatch/service-runtime';
import { ROOT } from '../support/environment.js';
import { LAG_EXPORTER, TARGET_LABELS, declaredMetrics, scrapedMetrics, type Catalogue } from './metric-catalogue.js';
import { PROMQL_FUNCTIONS, promqlNames } from './promql-names.js';

const DIR = join(ROOT, 'deploy', 'observability');

interface Expression {
  where: string;
  expr: string;
  /** Labels an alert's annotations read from its result ($labels.x). */
  templateLabels?: string[];
}

function dashboardExpressions(): Expression[] {
  interface Panel {
    title?: string;
    targets?: { expr?: string }[];
    panels?: Panel[];
  }
  const dashboard = JSON.parse(readFileSync(join(DIR, 'grafana-dashboard.json'), 'utf8')) as {
    panels: Panel[];
    templating: { list: { name: string; query?: unknown }[] };
  };
  const panels = dashboard.panels.flatMap((panel) => [panel, ...(panel.panels ?? [])]);
  const fromPanels = panels.flatMap((panel) =>
    (panel.targets ?? []).flatMap((target) => (target.expr ? [{ where: `panel "${panel.title}"`, expr: target.expr }] : [])),
  );
  const fromVariables = dashboard.templating.list.flatMap((variable) => {
    const query = typeof variable.query === 'object' && variable.query !== null ? (variable.query as { query?: string }).query : undefined;
    return query?.includes('(') ? [{ where: `variable $${variable.name}`, expr: query }] : [];
  });
  return [...fromPanels, ...fromVariables];
}

interface Rule {
  alert?: string;
  record?: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

function rules(): { document: { apiVersion: string; kind: string; spec: { groups: { name: string; rules: Rule[] }[] } }; list: Rule[] } {
  const document = parse(readFileSync(join(DIR, 'prometheus-rules.yaml'), 'utf8')) as {
    apiVersion: string;
    kind: string;
    spec: { groups: { name: string; rules: Rule[] }[] };
  };
  return { document, list: document.spec.groups.flatMap((group) => group.rules) };
}

function ruleExpressions(): Expression[] {
  return rules().list.map((rule) => ({
    where: `rule ${rule.alert ?? rule.record}`,
    expr: rule.expr,
    templateLabels: [
      ...Object.values(rule.annotations ?? {})
        .join(' ')
        .matchAll(/\$labels\.([A-Za-z_][A-Za-z0-9_]*)/g),
    ].map((match) => match[1]!),
  }));
}

async function catalogue(): Promise<Catalogue> {
  const all: Catalogue = new Map(LAG_EXPORTER);
  for (const [name, labels] of [...(await scrapedMetrics()), ...declaredMetrics(METRIC_PREFIX)])
    all.set(name, new Set([...(all.get(name) ?? []), ...labels]));
  return all;
}

/** Every problem with the names an expression uses, as readable lines. */
function problems(expression: Expression, known: Catalogue): string[] {
  const names = promqlNames(expression.expr);
  const found: string[] = [];
  for (const name of names.functions) if (!PROMQL_FUNCTIONS.has(name)) found.push(`${expression.where}: unknown function ${name}`);
  for (const metric of names.metrics) {
    if (!known.has(metric))
      found.push(
        `${expression.where}: ${metric} is neither a ${METRIC_PREFIX} metric the services register nor one the lag exporter serves`,
      );
  }
  const available = new Set([...TARGET_LABELS, ...[...names.metrics].flatMap((metric) => [...(known.get(metric) ?? [])])]);
  for (const label of [...names.labels, ...(expression.templateLabels ?? [])]) {
    if (!available.has(label)) found.push(`${expression.where}: label "${label}" is not on ${[...names.metrics].join(', ')}`);
  }
  return found;
}

test('the scanner finds metrics, labels and functions, and the check flags unknown ones', async () => {
  const names = promqlNames(
    'sum by (stage) (increase(presswatch_dead_letters_total{topic=~"a.*",stage!="x"}[5m] offset 1h)) and on (stage) vector(1) > 0.5',
  );
  assert.deepEqual([...names.metrics], ['presswatch_dead_letters_total']);
  assert.deepEqual([...names.labels].sort(), ['stage', 'topic']);
  assert.deepEqual([...names.functions].sort(), ['increase', 'vector']);
  assert.deepEqual(
    [...promqlNames('label_values(kafka_consumergroup_lag{consumergroup=~"p-.*"}, consumergroup)').metrics],
    ['kafka_consumergroup_lag'],
  );
  const known = await catalogue();
  assert.deepEqual(problems({ where: 'x', expr: 'rate(presswatch_messages_consumed_total{outcome="ok"}[1m])' }, known), []);
  assert.equal(problems({ where: 'x', expr: 'rate(presswatch_releases_total[1m])' }, known).length, 1);
  assert.equal(problems({ where: 'x', expr: 'sum by (consumergroup) (presswatch_messages_produced_total)' }, known).length, 1);
  assert.equal(problems({ where: 'x', expr: 'kafka_consumergroup_lag', templateLabels: ['stage'] }, known).length, 1);
});

test('the catalogue holds the metrics the issue asks for, with their labels', async () => {
  const known = await catalogue();
  const expect = (name: string, labels: string[]) =>
    assert.deepEqual([...(known.get(name) ?? [])].sort(), [...labels, 'service'].sort(), name);
  expect('presswatch_messages_consumed_total', ['topic', 'outcome']);
  expect('presswatch_messages_produced_total', ['topic']);
  expect('presswatch_dead_letters_total', ['topic', 'stage']);
  expect('presswatch_message_processing_duration_seconds_bucket', ['topic', 'le']);
  expect('presswatch_bulk_documents_bucket', ['le']);
  expect('presswatch_bulk_duration_seconds_bucket', ['outcome', 'le']);
  expect('presswatch_fetch_documents_total', ['outcome']);
});

test('every metric and label the Grafana dashboard uses exists', async () => {
  const known = await catalogue();
  const expressions = dashboardExpressions();
  assert.ok(expressions.length >= 15, `only ${expressions.length} expressions found`);
  assert.deepEqual(
    expressions.flatMap((expression) => problems(expression, known)),
    [],
  );
  const used = new Set(expressions.flatMap((expression) => [...promqlNames(expression.expr).metrics]));
  const metrics = [
    'kafka_topic_partition_current_offset',
    'kafka_consumergroup_lag',
    'presswatch_dead_letters_total',
    'presswatch_bulk_documents_bucket',
    'presswatch_bulk_duration_seconds_bucket',
    'presswatch_fetch_documents_total',
  ];
  for (const metric of metrics) {
    assert.ok(used.has(metric), `the dashboard shows ${metric}`);
  }
});

test('the alert rules are a PrometheusRule whose metrics and labels exist', async () => {
  const { document, list } = rules();
  assert.equal(document.apiVersion, 'monitoring.coreos.com/v1');
  assert.equal(document.kind, 'PrometheusRule');
  for (const rule of list) {
    assert.ok(
      rule.alert && rule.labels?.['severity'] && rule.annotations?.['summary'],
      `rule ${rule.alert} has a name, a severity and a summary`,
    );
    if (rule.for !== undefined) assert.match(rule.for, /^\d+[smhd]$/);
  }
  const known = await catalogue();
  assert.deepEqual(
    ruleExpressions().flatMap((expression) => problems(expression, known)),
    [],
  );
  const metricsOf = (alert: string) => promqlNames(list.find((rule) => rule.alert === alert)?.expr ?? '').metrics;
  assert.ok(metricsOf('PresswatchConsumerLagGrowing').has('kafka_consumergroup_lag'), 'lag growing');
  assert.ok(metricsOf('PresswatchNoReleasesIn').has('kafka_topic_partition_current_offset'), 'no messages for too long');
  assert.ok(metricsOf('PresswatchDeadLetters').has('presswatch_dead_letters_total'), 'dead letters appearing');
});
