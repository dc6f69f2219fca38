import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import {
  EXTRACTED_NAME,
  alertExpectations,
  alertTestFiles,
  promtool,
  shippedRuleGroups,
  stageRuleTests,
  type RuleGroup,
} from './rule-files.js';

/** The shipped groups with every alert's expression rewritten (alerts read no other rule, so each mutation stays its own). */
function mutated(groups: RuleGroup[], expression: (original: string) => string): RuleGroup[] {
  return groups.map((group) => ({
    ...group,
    rules: group.rules.map((rule) => (rule.alert ? { ...rule, expr: expression(rule.expr) } : rule)),
  }));
}

test('the shipped alert rules pass promtool check rules and every promtool unit test', { timeout: 60_000 }, (t) => {
  const dir = stageRuleTests(shippedRuleGroups());
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const check = promtool(['check', 'rules', EXTRACTED_NAME], dir);
  assert.equal(check.status, 0, check.output);
  const run = promtool(['test', 'rules', ...alertTestFiles()], dir);
  assert.equal(run.status, 0, run.output);
  t.diagnostic(run.output.trim().replace(/\s+/g, ' '));
});

test('every alert has a promtool case that must fire it and one that must not', () => {
  const expectations = alertExpectations();
  const alerts = shippedRuleGroups().flatMap((group) => group.rules.flatMap((rule) => (rule.alert ? [rule.alert] : [])));
  assert.ok(alerts.length >= 8, `${alerts.length} alerts`);
  const missing = alerts.filter((alert) => !(expectations.get(alert)?.fires && expectations.get(alert)?.silent));
  assert.deepEqual(missing, [], 'alerts without both a firing and a silent case');
  assert.deepEqual(
    [...expectations.keys()].filter((alert) => !alerts.includes(alert)),
    [],
    'cases for alerts that do not exist',
  );
});

test('the promtool cases can fail: an alert that never fires, or always fires, breaks its own cases', { timeout: 60_000 }, (t) => {
  const alerts = [...alertExpectations().keys()].sort();
  for (const [mutation, expression] of [
    ['never fires', (original: string) => `(${original}) and on() vector(0) > 1`],
    ['always fires', (original: string) => `(${original}) or on() vector(1)`],
  ] as const) {
    const dir = stageRuleTests(mutated(shippedRuleGroups(), expression));
    try {
      const run = promtool(['test', 'rules', ...alertTestFiles()], dir);
      assert.notEqual(run.status, 0, `every alert mutated to "${mutation}" and promtool still passes`);
      const failed = new Set([...run.output.matchAll(/alertname: (\w+),/g)].map((match) => match[1]!));
      assert.deepEqual(
        alerts.filter((alert) => !failed.has(alert)),
        [],
        `alerts whose cases did not notice "${mutation}"`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  t.diagnostic(`${alerts.length} alerts: each one's cases fail when it never fires and when it always fires`);
});
