import { z } from 'zod';

/** The parts of Prometheus' HTTP API (v1) the live tests read, validated. */
const envelope = z.object({ status: z.literal('success'), data: z.unknown() });
const seriesSchema = z.object({ metric: z.record(z.string(), z.string()), values: z.array(z.tuple([z.number(), z.string()])) });
export type Series = z.infer<typeof seriesSchema>;

export class PrometheusApi {
  constructor(readonly url: string) {}

  private async get<T extends z.ZodType>(path: string, params: Record<string, string>, schema: T): Promise<z.infer<T>> {
    const response = await fetch(`${this.url}${path}?${new URLSearchParams(params).toString()}`);
    const body: unknown = await response.json();
    if (!response.ok) throw new Error(`${path} ${JSON.stringify(params)}: ${response.status} ${JSON.stringify(body)}`);
    return schema.parse(envelope.parse(body).data);
  }

  async queryRange(expr: string, start: number, end: number, step: number): Promise<Series[]> {
    const matrix = z.object({ resultType: z.literal('matrix'), result: z.array(seriesSchema) });
    const data = await this.get('/api/v1/query_range', { query: expr, start: String(start), end: String(end), step: String(step) }, matrix);
    return data.result;
  }

  async labelValues(label: string, match: string, fromMs: number, toMs: number): Promise<string[]> {
    const values = await this.get(
      `/api/v1/label/${label}/values`,
      { 'match[]': match, start: String(fromMs / 1000), end: String(toMs / 1000) },
      z.array(z.string()),
    );
    return [...values].sort();
  }

  async targets(): Promise<{ job: string; health: string; lastError: string }[]> {
    const target = z.object({ labels: z.record(z.string(), z.string()), health: z.string(), lastError: z.string() });
    const data = await this.get('/api/v1/targets', { state: 'active' }, z.object({ activeTargets: z.array(target) }));
    return data.activeTargets.map((target) => ({ job: target.labels['job'] ?? '', health: target.health, lastError: target.lastError }));
  }

  async ruleGroups(): Promise<{ name: string; rules: { name: string; health: string; state?: string | undefined }[] }[]> {
    const rule = z.object({ name: z.string(), health: z.string(), state: z.string().optional() });
    const data = await this.get('/api/v1/rules', {}, z.object({ groups: z.array(z.object({ name: z.string(), rules: z.array(rule) })) }));
    return data.groups;
  }

  async alerts(): Promise<{ labels: Record<string, string>; annotations: Record<string, string>; state: string }[]> {
    const alert = z.object({ labels: z.record(z.string(), z.string()), annotations: z.record(z.string(), z.string()), state: z.string() });
    const data = await this.get('/api/v1/alerts', {}, z.object({ alerts: z.array(alert) }));
    return data.alerts;
  }
}
