import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ROOT } from '../support/environment.js';

/**
 * What Grafana does to a Prometheus panel query before sending it, for the dashboard's own variables:
 * `$__interval` (the range over the panel's data points, rounded to Grafana's steps, never below the data
 * source's scrape interval), `$__rate_interval` (max($__interval + scrape interval, 4 × scrape interval),
 * Grafana's documented formula), `$__range`, and template variables (`All` → the variable's allValue; one
 * or several values → regex-escaped, several as `(a|b)`).
 */

const target = z.object({ refId: z.string(), expr: z.string(), legendFormat: z.string().optional() });
interface PanelShape {
  id: number;
  type: string;
  title: string;
  gridPos: { w: number };
  targets?: z.infer<typeof target>[];
  panels?: PanelShape[];
}
const panelSchema: z.ZodType<PanelShape> = z.lazy(() =>
  z.looseObject({
    id: z.number(),
    type: z.string(),
    title: z.string(),
    gridPos: z.looseObject({ w: z.number() }),
    targets: z.array(target).optional(),
    panels: z.array(panelSchema).optional(),
  }),
);
const dashboardSchema = z.looseObject({
  panels: z.array(panelSchema),
  templating: z.object({
    list: z.array(
      z.looseObject({
        name: z.string(),
        type: z.string(),
        query: z.union([z.string(), z.looseObject({ query: z.string() })]).optional(),
        allValue: z.string().optional(),
      }),
    ),
  }),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
export type Panel = PanelShape;

export function loadDashboard(): Dashboard {
  return dashboardSchema.parse(JSON.parse(readFileSync(join(ROOT, 'deploy', 'observability', 'grafana-dashboard.json'), 'utf8')));
}

/** Panels with queries, rows flattened. */
export function queryPanels(dashboard: Dashboard): Panel[] {
  return dashboard.panels.flatMap((panel) => [panel, ...(panel.panels ?? [])]).filter((panel) => (panel.targets ?? []).length > 0);
}

/** A query variable's PromQL (`label_values(metric, label)`), and its allValue. */
export function queryVariables(dashboard: Dashboard): { name: string; metric: string; label: string; allValue: string | undefined }[] {
  return dashboard.templating.list.flatMap((variable) => {
    const text = typeof variable.query === 'string' ? variable.query : variable.query?.query;
    const match = text && /^label_values\((.*),\s*([A-Za-z_]\w*)\)$/s.exec(text);
    return variable.type === 'query' && match
      ? [{ name: variable.name, metric: match[1]!.trim(), label: match[2]!, allValue: variable.allValue }]
      : [];
  });
}

/** Grafana's interval rounding (rangeutil roundInterval): the nice step nearest below the raw interval. */
export function roundInterval(ms: number): number {
  const steps: [number, number][] = [
    [15, 10],
    [35, 20],
    [75, 50],
    [150, 100],
    [350, 200],
    [750, 500],
    [1500, 1000],
    [3500, 2000],
    [7500, 5000],
    [12500, 10000],
    [17500, 15000],
    [25000, 20000],
    [45000, 30000],
    [90000, 60000],
    [210000, 120000],
    [450000, 300000],
    [750000, 600000],
    [1050000, 900000],
    [1500000, 1200000],
    [2700000, 1800000],
    [5400000, 3600000],
    [9000000, 7200000],
    [16200000, 10800000],
    [32400000, 21600000],
    [86400000, 43200000],
    [604800000, 86400000],
    [1814400000, 604800000],
    [3628800000, 2592000000],
  ];
  return steps.find(([below]) => ms < below)?.[1] ?? 31536000000;
}

export interface GrafanaView {
  /** Dashboard time range, epoch ms. */
  from: number;
  to: number;
  /** The data source's scrape interval setting (Grafana's "Scrape interval"), ms. */
  scrapeIntervalMs: number;
  /** Width of the whole dashboard in pixels; a panel's data points are its share of it. */
  dashboardWidthPx: number;
  /** Template variables: 'All' or the selected values. */
  variables: Record<string, 'All' | string[]>;
}

export interface PanelQuery {
  expr: string;
  intervalMs: number;
  rateIntervalMs: number;
  /** Range query parameters as Grafana sends them (epoch seconds, step aligned). */
  start: number;
  end: number;
  step: number;
}

const seconds = (ms: number) => `${Math.round(ms / 1000)}s`;
const escapeRegex = (value: string) => value.replace(/[\\^$*+?.()|{}[\]]/g, '\\$&');

/** The query Grafana would send for one target of a panel of this width, in this view. */
export function panelQuery(expr: string, panel: Panel, view: GrafanaView, dashboard: Dashboard): PanelQuery {
  const maxDataPoints = Math.round((panel.gridPos.w / 24) * view.dashboardWidthPx);
  const intervalMs = Math.max(roundInterval((view.to - view.from) / maxDataPoints), view.scrapeIntervalMs);
  const rateIntervalMs = Math.max(intervalMs + view.scrapeIntervalMs, 4 * view.scrapeIntervalMs);
  const allValues = new Map(dashboard.templating.list.map((variable) => [variable.name, variable.allValue]));
  let text = expr
    .replaceAll('$__rate_interval', seconds(rateIntervalMs))
    .replaceAll('$__interval', seconds(intervalMs))
    .replaceAll('$__range', seconds(view.to - view.from));
  for (const [name, selection] of Object.entries(view.variables)) {
    const value =
      selection === 'All'
        ? (allValues.get(name) ?? '.*')
        : selection.length === 1
          ? escapeRegex(selection[0]!)
          : `(${selection.map(escapeRegex).join('|')})`;
    text = text.replaceAll(`\${${name}}`, value).replace(new RegExp(`\\$${name}\\b`, 'g'), value);
  }
  if (/\$\w/.test(text)) throw new Error(`unsubstituted variable in ${text}`);
  const step = intervalMs / 1000;
  return {
    expr: text,
    intervalMs,
    rateIntervalMs,
    step,
    start: Math.floor(view.from / 1000 / step) * step,
    end: Math.floor(view.to / 1000 / step) * step,
  };
}

/** Labels a legend format reads ({{topic}} ...). */
export function legendLabels(legendFormat: string | undefined): string[] {
  return [...(legendFormat ?? '').matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]!);
}
