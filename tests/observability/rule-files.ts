import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { ROOT } from '../support/environment.js';

export const RULES_FILE = join(ROOT, 'deploy', 'observability', 'prometheus-rules.yaml');
export const ALERT_TESTS_DIR = join(ROOT, 'tests', 'observability', 'alerts');
/** The name the promtool test files give in `rule_files`. */
export const EXTRACTED_NAME = 'presswatch-rules.yaml';

const ruleSchema = z.strictObject({
  alert: z.string().optional(),
  record: z.string().optional(),
  expr: z.string(),
  for: z.string().optional(),
  labels: z.record(z.string(), z.string()).optional(),
  annotations: z.record(z.string(), z.string()).optional(),
});
const groupSchema = z.strictObject({ name: z.string(), interval: z.string().optional(), rules: z.array(ruleSchema).min(1) });
export type RuleGroup = z.infer<typeof groupSchema>;
export type Rule = z.infer<typeof ruleSchema>;

const prometheusRuleSchema = z.object({
  apiVersion: z.literal('monitoring.coreos.com/v1'),
  kind: z.literal('PrometheusRule'),
  spec: z.strictObject({ groups: z.array(groupSchema).min(1) }),
});

/** The rule groups of the shipped PrometheusRule: what the Prometheus Operator hands to Prometheus. */
export function shippedRuleGroups(): RuleGroup[] {
  return prometheusRuleSchema.parse(parse(readFileSync(RULES_FILE, 'utf8'))).spec.groups;
}

/** A Prometheus rule file (`groups:`), the form promtool and Prometheus read. */
export function ruleFileText(groups: RuleGroup[]): string {
  return stringify({ groups });
}

/** promtool from Debian's package, installed on first use by the same script that runs Prometheus. */
export function promtool(args: string[], cwd: string): { status: number | null; output: string } {
  const result = spawnSync(join(ROOT, 'deploy', 'local', 'prometheus.sh'), ['promtool', ...args], { cwd, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export function alertTestFiles(): string[] {
  return readdirSync(ALERT_TESTS_DIR)
    .filter((name) => name.endsWith('.test.yaml'))
    .sort();
}

/** A folder holding the promtool test files and the given rule groups under the name they expect. */
export function stageRuleTests(groups: RuleGroup[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'presswatch-rules-'));
  writeFileSync(join(dir, EXTRACTED_NAME), ruleFileText(groups));
  for (const name of alertTestFiles()) copyFileSync(join(ALERT_TESTS_DIR, name), join(dir, name));
  return dir;
}

const alertTestSchema = z.object({
  rule_files: z.array(z.string()),
  tests: z.array(
    z.object({
      name: z.string(),
      alert_rule_test: z
        .array(z.object({ alertname: z.string(), eval_time: z.string(), exp_alerts: z.array(z.unknown()).nullish() }))
        .default([]),
    }),
  ),
});

/** Each alert's expectations in the promtool files: how many say it fires, how many that it does not. */
export function alertExpectations(): Map<string, { fires: number; silent: number; files: Set<string> }> {
  const found = new Map<string, { fires: number; silent: number; files: Set<string> }>();
  for (const file of alertTestFiles()) {
    const spec = alertTestSchema.parse(parse(readFileSync(join(ALERT_TESTS_DIR, file), 'utf8')));
    if (!spec.rule_files.includes(EXTRACTED_NAME)) throw new Error(`${file}: rule_files must name ${EXTRACTED_NAME}`);
    for (const check of spec.tests.flatMap((test) => test.alert_rule_test)) {
      const entry = found.get(check.alertname) ?? { fires: 0, silent: 0, files: new Set<string>() };
      if ((check.exp_alerts ?? []).length > 0) entry.fires += 1;
      else entry.silent += 1;
      entry.files.add(file);
      found.set(check.alertname, entry);
    }
  }
  return found;
}
